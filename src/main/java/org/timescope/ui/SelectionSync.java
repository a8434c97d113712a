package org.timescope.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.TableView;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.timeline.TimelineView;

/**
 * One selection for timeline, table and detail pane: a change in any of them (the model's selection is what the
 * detail pane shows) is made in the others, without echoing back. A selection of several events is the table's
 * selected rows, whether made there (Shift/Ctrl-click, Ctrl+A) or on the timeline (Shift-click adds an event,
 * Ctrl-click toggles one); the timeline draws them marked, and the bulk edit takes them from the table.
 */
final class SelectionSync {
    private final BrowserModel model;
    private final TimelineView timeline;
    private final TableView<TimelineEvent> table;
    private final Runnable onSeveral;
    private boolean syncing;
    private boolean marking;

    /** {@code onSeveral} runs when a click on the timeline leaves several events selected (the bulk editor opens). */
    SelectionSync(BrowserModel model, TimelineView timeline, TableView<TimelineEvent> table, Runnable onSeveral) {
        this.model = model;
        this.timeline = timeline;
        this.table = table;
        this.onSeveral = onSeveral;
    }

    void wire() {
        timeline.onExtendProperty().set(this::extend);
        table.getSelectionModel().getSelectedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) c -> markSeveral());
        timeline.selectionProperty().addListener((o, a, e) -> select(e));
        timeline.markedProperty().addListener((o, a, marked) -> {
            if (!marking && marked.isEmpty() && table.getSelectionModel().getSelectedIndices().size() > 1) {
                // a plain click on the timeline selects that event alone
                TimelineEvent one = timeline.getSelection();
                table.getSelectionModel().clearSelection();
                select(one);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                select(e);
                timeline.revealSelection();
            }
        });
        model.selectionProperty().addListener((o, a, e) -> select(e));
    }

    /** Selects one event (or none) everywhere. */
    void select(TimelineEvent e) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            model.selectionProperty().set(e);
            if (!Objects.equals(timeline.getSelection(), e)) {
                timeline.select(e);
                timeline.revealSelection();
            }
            if (e == null) {
                table.getSelectionModel().clearSelection();
            } else if (!Objects.equals(table.getSelectionModel().getSelectedItem(), e)) {
                int row = table.getItems().indexOf(e);
                if (row >= 0) {
                    table.getSelectionModel().clearAndSelect(row);
                    table.scrollTo(row);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Scrolls the table to its selected row when that row is out of sight: after an edit that moved the event (a
     * new date sorts it elsewhere) the row stayed selected where the table no longer showed it.
     */
    void revealInTable() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row < 0) {
            return;
        }
        javafx.scene.Node flow = table.lookup(".virtual-flow");
        if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> v && v.getFirstVisibleCell() != null
                && v.getLastVisibleCell() != null) {
            int first = v.getFirstVisibleCell().getIndex();
            int last = v.getLastVisibleCell().getIndex();
            if (row > first && row < last) {
                return; // in sight, whole
            }
        }
        table.scrollTo(Math.max(0, row - 2));
    }

    /** Shift-click (the event joins the selection) or Ctrl-click (it joins or leaves it) on the timeline. */
    void extend(TimelineEvent e, TimelineView.Extend how) {
        int row = table.getItems().indexOf(e);
        if (row < 0) {
            return;
        }
        var rows = table.getSelectionModel();
        if (how == TimelineView.Extend.TOGGLE && rows.isSelected(row)) {
            rows.clearSelection(row);
            if (rows.getSelectedIndices().isEmpty()) {
                select(null);
            } else {
                select(table.getItems().get(rows.getSelectedIndices().get(rows.getSelectedIndices().size() - 1)));
            }
        } else {
            rows.select(row);
        }
        if (rows.getSelectedIndices().size() > 1) {
            onSeveral.run();
        }
    }

    /** The table's selected rows, when there are several, as index positions for the timeline to mark. */
    private void markSeveral() {
        var indices = table.getSelectionModel().getSelectedIndices();
        java.util.BitSet marked = new java.util.BitSet();
        if (indices.size() > 1 && table.getItems() instanceof org.timescope.ui.browse.LazyEvents lazy) {
            if (indices.size() == lazy.size()) {
                marked.set(0, lazy.size()); // select all: no need to look at each row
            } else {
                for (Integer row : indices) {
                    if (row != null && row >= 0 && row < lazy.size()) {
                        marked.set(lazy.position(row));
                    }
                }
            }
        }
        if (!marked.equals(timeline.markedProperty().get())) {
            marking = true;
            try {
                timeline.markedProperty().set(marked);
            } finally {
                marking = false;
            }
        }
    }

    /** The selected events: the table's rows when several are selected, else the one selection (or none). */
    List<TimelineEvent> selected() {
        List<TimelineEvent> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (rows.size() > 1) {
            return rows;
        }
        TimelineEvent e = model.selectionProperty().get();
        return e == null ? List.of() : List.of(e);
    }

    /** Selects these events (by key) in the table again, e.g. after a bulk edit. */
    void selectKeys(List<String> keys) {
        if (!(table.getItems() instanceof org.timescope.ui.browse.LazyEvents lazy)) {
            return;
        }
        int[] rows = keys.stream().mapToInt(lazy::rowOf).filter(r -> r >= 0).toArray();
        if (rows.length > 0) {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(rows[0], java.util.Arrays.copyOfRange(rows, 1, rows.length));
        }
    }
}
