package org.timescope.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.timescope.ui.browse.DetailPane;

/**
 * The right-hand pane: the detail pane of the selection, or in its place the form an edit opened (the event
 * form, the bulk editor), widened to room for the form when it opens.
 */
final class SidePane extends BorderPane {
    /** The width the event form is given when it opens in a narrower pane. */
    private static final double FORM_WIDTH = 340;
    private final DetailPane detail;
    private SplitPane body;
    private BodyPanes panes;

    SidePane(DetailPane detail) {
        this.detail = detail;
        setId("side-pane");
        setCenter(detail);
    }

    /** The split this pane is in (it widens it for a form) and the panes that may have hidden it. */
    void placeIn(SplitPane body, BodyPanes panes) {
        this.body = body;
        this.panes = panes;
    }

    DetailPane detail() {
        return detail;
    }

    /** Shows a form in place of the detail pane (the pane itself shown, if hidden); null shows the detail pane again. */
    void show(Node node) {
        setCenter(node == null ? detail : node);
        if (node != null && panes != null) {
            panes.sideShownProperty().set(true); // a form opened (Ctrl+N, Enter) where it can be seen
        }
        double width = body == null ? 0 : body.getWidth();
        int divider = panes == null ? -1 : panes.sideDivider();
        if (node != null && width > 0 && divider >= 0 && getWidth() < FORM_WIDTH) {
            body.setDividerPosition(divider, Math.max(0.5, 1 - FORM_WIDTH / width)); // room for the form
        }
    }
}
