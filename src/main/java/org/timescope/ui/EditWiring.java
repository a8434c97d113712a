package org.timescope.ui;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.edit.EditActions;
import org.timescope.ui.timeline.TimelineView;

/**
 * Where the editing actions meet the window's controls: several rows selectable in the table, Enter and
 * double-click open the form (table and timeline), context menus on both (on the timeline "New event on" the
 * day clicked), and the keys of the Edit menu kept out of text fields (Delete, Ctrl+A and Ctrl+Z act on the
 * text being typed there).
 */
final class EditWiring {
    private final MainWindow window;
    private final TableView<TimelineEvent> table;
    private final TimelineView timeline;
    private final EditActions edits;

    EditWiring(MainWindow window, TableView<TimelineEvent> table, TimelineView timeline, EditActions edits) {
        this.window = window;
        this.table = table;
        this.timeline = timeline;
        this.edits = edits;
    }

    void wire() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> {
            TableRow<TimelineEvent> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edits.edit();
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                edits.edit();
            }
        });
        table.setContextMenu(new ContextMenu(item("Edit…", "mdi2p-pencil-outline", edits::edit),
                item("New event…", "mdi2p-plus-box-outline", () -> edits.create(null)),
                item("Duplicate", "mdi2c-content-copy", edits::duplicate),
                item("Delete…", "mdi2d-delete-outline", edits::delete)));
        timeline.onActivateProperty().set(e -> edits.edit());
        timeline.setOnContextMenuRequested(e -> {
            double day = timeline.dayAt(e.getX());
            PartialDate at = Double.isNaN(day) ? null : PartialDate.of(java.time.LocalDate.ofEpochDay((long) Math.floor(day)));
            ContextMenu menu = new ContextMenu();
            menu.setId("timeline-menu");
            MenuItem create = item(at == null ? "New event…" : "New event on " + at.display() + "…",
                    "mdi2p-plus-box-outline", () -> edits.create(at));
            create.setId("timeline-new-event");
            menu.getItems().add(create);
            if (timeline.getSelection() != null) {
                menu.getItems().addAll(new SeparatorMenuItem(), item("Edit…", "mdi2p-pencil-outline", edits::edit),
                        item("Duplicate", "mdi2c-content-copy", edits::duplicate),
                        item("Delete…", "mdi2d-delete-outline", edits::delete));
            }
            menu.show(timeline, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        window.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), this::redo);
            }
        });
    }

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    /**
     * Ctrl+Z and Ctrl+Shift+Z in the search field: its typing first, else the last edit. A text field takes both keys
     * for itself even with nothing to undo, so the menu's shortcuts never ran there — and the focus is in the search
     * field at the start and after a dialog closes (a walk pressed Ctrl+Z three times after adding a link: nothing).
     */
    void undoKeysIn(TextInputControl search) {
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e)) {
                e.consume();
                redo();
            } else if (UNDO.match(e)) {
                e.consume();
                undo();
            }
        });
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private TextInputControl typing() {
        Node focus = window.getScene() == null ? null : window.getScene().getFocusOwner();
        return focus instanceof TextInputControl t ? t : null;
    }

    /** Ctrl+Z: the typing in a text field first, else the last edit. */
    void undo() {
        TextInputControl t = typing();
        if (t != null && t.isUndoable()) {
            t.undo();
        } else {
            edits.undo();
        }
    }

    void redo() {
        TextInputControl t = typing();
        if (t != null && t.isRedoable()) {
            t.redo();
        } else {
            edits.redo();
        }
    }

    /** Delete: the character after the cursor in a text field, else the selected events (after asking). */
    void delete() {
        TextInputControl t = typing();
        if (t != null) {
            t.deleteNextChar();
        } else {
            edits.delete();
        }
    }

    /** Ctrl+A: all the text in a text field, else every row the table shows. */
    void selectAll() {
        TextInputControl t = typing();
        if (t != null) {
            t.selectAll();
        } else {
            table.getSelectionModel().selectAll();
            table.requestFocus();
        }
    }
}
