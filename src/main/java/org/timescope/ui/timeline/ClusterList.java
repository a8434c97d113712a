package org.timescope.ui.timeline;

import atlantafx.base.controls.Popover;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * The events of a clicked cluster, listed in a popover (AtlantaFX's, styled with the appearance): one row per
 * event, date and title, in date order. Clicking a row or pressing Enter on it chooses the event. The list is
 * a view over the cluster's slice of the lane, and the list view creates cells only for the visible rows, so
 * a cluster of 100,000 events opens as fast as one of three.
 */
final class ClusterList {

    static final String ID = "cluster-list";
    private static final double ROW_HEIGHT = 26;
    private static final int VISIBLE_ROWS = 12;
    private static final double WIDTH = 560;

    private final Popover popover = new Popover();
    private final ListView<Integer> list;

    /** @param choose receives the chosen event (its position in the index); the popover then closes */
    ClusterList(EventIndex index, TimelineLayout.Members events, String lane, IntConsumer choose) {
        list = new ListView<>(new Slice(events));
        list.setId(ID);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(Math.min(events.size(), VISIBLE_ROWS) * ROW_HEIGHT + 4);
        list.setPrefWidth(WIDTH);
        list.setMinWidth(WIDTH);
        list.setCellFactory(v -> new Row(index));
        list.getSelectionModel().selectFirst();
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node n && rowOf(n) != null
                    && !rowOf(n).isEmpty()) {
                chooseSelected(choose);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected(choose);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popover.hide(Duration.ONE);
                e.consume();
            }
        });
        popover.setContentNode(list);
        popover.setTitle(events.size() + (events.size() == 1 ? " event" : " events") + (lane == null ? "" : " · " + lane));
        popover.setHeaderAlwaysVisible(true);
        popover.setDetachable(false);
        popover.setAutoHide(true);
        popover.setArrowLocation(Popover.ArrowLocation.TOP_CENTER);
        // square, no arrow (and no shadow, in app.css): the list fills its popup window edge to edge, which
        // a window system without a compositor would otherwise frame in white around the dark list
        popover.setArrowSize(0);
        popover.setCornerRadius(0);
    }

    /**
     * Shows the list with its arrow at a point of the screen, within a frame: a fade of 1 ms (a fade of zero
     * never runs, and the popover would stay transparent).
     */
    void show(Node owner, double screenX, double screenY) {
        popover.show(owner, screenX, screenY, Duration.ONE);
        list.requestFocus();
    }

    void hide() {
        popover.hide(Duration.ONE);
    }

    boolean isShowing() {
        return popover.isShowing();
    }

    private void chooseSelected(IntConsumer choose) {
        Integer event = list.getSelectionModel().getSelectedItem();
        if (event != null) {
            hide();
            choose.accept(event);
        }
    }

    private static ListCell<?> rowOf(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at instanceof ListCell<?> cell) {
                return cell;
            }
        }
        return null;
    }

    /** The cluster's events as a read-only list, read from the slice when a row asks. */
    private static final class Slice extends ObservableListBase<Integer> {
        private final TimelineLayout.Members events;

        Slice(TimelineLayout.Members events) {
            this.events = events;
        }

        @Override
        public Integer get(int i) {
            return events.get(i);
        }

        @Override
        public int size() {
            return events.size();
        }
    }

    /** "12 April 2021 — title": the date at its precision (~ approximate, * inferred, as in the table). */
    private static final class Row extends ListCell<Integer> {
        private final EventIndex index;

        Row(EventIndex index) {
            this.index = index;
            // as wide as the list, not as the text: a long title ends in "…" instead of a horizontal scrollbar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Integer event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setText(null);
                return;
            }
            String flags = (index.approximate(event) ? " ~" : "") + (index.inferred(event) ? " *" : "");
            setText(index.when(event).display() + flags + " — " + index.title(event));
            setTooltip(new javafx.scene.control.Tooltip(index.title(event)));
        }
    }
}
