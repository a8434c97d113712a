package org.timescope.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.TableView;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.timeline.TimelineView;

/**
 * One selection for timeline, table and detail pane: a change in any of them (the model's selection is what the
 * detail pane shows) is made in the others, without echoing back.
 */
final class SelectionSync {
    private final BrowserModel model;
    private final TimelineView timeline;
    private final TableView<TimelineEvent> table;
    private boolean syncing;

    SelectionSync(BrowserModel model, TimelineView timeline, TableView<TimelineEvent> table) {
        this.model = model;
        this.timeline = timeline;
        this.table = table;
    }

    void wire() {
        timeline.selectionProperty().addListener((o, a, e) -> select(e));
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
