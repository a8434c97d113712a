package org.timescope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The window's body: the filters (left), the centre (timeline over table) and the side pane (detail or form,
 * right), and which of the two outer panes are shown. View → Filters pane (Alt+1) and Details pane (Alt+2) hide
 * and show them, so that a small window gives the timeline and the table its whole width. A hidden pane comes back
 * as wide as it was; the split positions this class gives out, to be saved or carried to a rebuilt window, are
 * always those of all three panes.
 */
final class BodyPanes {

    private final SplitPane body;
    private Node filters;
    private final Node centre;
    private final Node side;
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(this, "filtersShown", true);
    private final BooleanProperty sideShown = new SimpleBooleanProperty(this, "sideShown", true);
    /** Where the filters end and the side pane begins, as fractions of the body's width, with all three shown. */
    private final double[] all = {0.21, 0.74};

    BodyPanes(SplitPane body, Node filters, Node centre, Node side) {
        this.body = body;
        this.filters = filters;
        this.centre = centre;
        this.side = side;
        body.getItems().setAll(filters, centre, side);
        body.setDividerPositions(all);
        filtersShown.addListener((o, was, now) -> arrange());
        sideShown.addListener((o, was, now) -> arrange());
    }

    BooleanProperty filtersShownProperty() {
        return filtersShown;
    }

    BooleanProperty sideShownProperty() {
        return sideShown;
    }

    /** The split positions of all three panes (a hidden one's as when it was last shown). */
    List<Double> dividers() {
        remember();
        return List.of(all[0], all[1]);
    }

    /** Sets the split positions of all three panes; a hidden pane takes its position when shown. */
    void setDividers(double filtersEnd, double sideStart) {
        all[0] = filtersEnd;
        all[1] = sideStart;
        apply();
    }

    /** The filter panel built again (the catalogue changed): in the same place, shown or not. */
    void replaceFilters(Node next) {
        int at = body.getItems().indexOf(filters);
        double[] positions = body.getDividerPositions();
        filters = next;
        if (at >= 0) {
            body.getItems().set(at, next);
            body.setDividerPositions(positions);
        }
    }

    /** Which divider is the side pane's left edge, or -1 when it is hidden. */
    int sideDivider() {
        return body.getItems().indexOf(side) - 1;
    }

    /** Takes this layout over from the window this one replaces: what is shown, and where. */
    void copy(BodyPanes from) {
        List<Double> positions = from.dividers();
        all[0] = positions.get(0);
        all[1] = positions.get(1);
        filtersShown.set(from.filtersShown.get());
        sideShown.set(from.sideShown.get());
        apply();
    }

    /** Reads the positions of the panes shown now into {@link #all}. */
    private void remember() {
        double[] d = body.getDividerPositions();
        List<Node> items = body.getItems();
        boolean f = items.contains(filters);
        boolean s = items.contains(side);
        if (f && s && d.length == 2) {
            all[0] = d[0];
            all[1] = d[1];
        } else if (f && d.length == 1) {
            all[0] = d[0];
        } else if (s && d.length == 1) {
            all[1] = d[0];
        }
    }

    private void arrange() {
        remember(); // the layout before this change: the pane about to go keeps its width
        List<Node> items = new ArrayList<>(3);
        if (filtersShown.get()) {
            items.add(filters);
        }
        items.add(centre);
        if (sideShown.get()) {
            items.add(side);
        }
        body.getItems().setAll(items);
        apply();
    }

    private void apply() {
        boolean f = filtersShown.get();
        boolean s = sideShown.get();
        if (f && s) {
            body.setDividerPositions(all[0], all[1]);
        } else if (f) {
            body.setDividerPositions(all[0]);
        } else if (s) {
            body.setDividerPositions(all[1]);
        }
    }
}
