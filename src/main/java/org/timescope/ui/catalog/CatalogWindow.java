package org.timescope.ui.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.Kind;

/**
 * The catalogue window (owned by the main window): one tab per list, each with its form. Saves, merges and
 * deletes run as commands on the window's shared undo stack off the FX thread; the lists are read again after
 * each, and after an undo. Ctrl+Enter saves the form shown, Ctrl+Z undoes the last step.
 */
public final class CatalogWindow extends Stage {
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final Curation curation;
    private final TabPane tabs = new TabPane();
    private final Map<Kind, CatalogTab> lists = new EnumMap<>(Kind.class);
    private final Label status = new Label();
    private final Button undo = new Button("Undo", new FontIcon("mdi2u-undo"));
    private CatalogModel catalog;

    CatalogWindow(Curation curation, Window owner) {
        this.curation = curation;
        initOwner(owner);
        setTitle("Catalogue — Timescope");
        for (Kind kind : CatalogModel.KINDS) {
            CatalogTab tab = new CatalogTab(kind, this);
            lists.put(kind, tab);
            tabs.getTabs().add(tab);
        }
        tabs.setId("catalogue-tabs");
        status.setId("catalogue-status");
        status.getStyleClass().add("ts-muted");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        undo.setId("catalogue-undo");
        undo.setOnAction(e -> undo());
        undo.setMaxWidth(460);
        undo.setMinWidth(80);
        HBox bottom = new HBox(10, status, undo);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(6, 10, 6, 10));
        bottom.getStyleClass().add("ts-status-bar");
        BorderPane root = new BorderPane(tabs, null, null, bottom, null);
        root.setId("catalogue");
        Scene scene = new Scene(root, 1120, 720);
        Looks.style(scene.getStylesheets(), owner);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                current().save();
                e.consume();
            } else if (UNDO.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                undo();
                e.consume();
            } else if (CLOSE.match(e) || e.getCode() == KeyCode.ESCAPE
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                close(); // as the statistics window and the article viewer close (a walk found no way from the keyboard)
                e.consume();
            }
        });
        setScene(scene);
        setMinWidth(760);
        setMinHeight(400);
        curation.undoStack().addListener(() -> javafx.application.Platform.runLater(this::updateUndo));
        updateUndo();
        refresh();
    }

    /** Reads the catalogue again (off the FX thread) and shows it in every list. */
    public void refresh() {
        curation.background().run(() -> CatalogModel.read(curation.workspace().catalog(),
                curation.workspace().eras().eras()), fresh -> {
            catalog = fresh;
            lists.values().forEach(t -> t.setCatalog(fresh));
        }, e -> status.setText("The catalogue could not be read: " + Background.message(e)));
    }

    /** The catalogue as last read (null before the first read finished). */
    public CatalogModel catalog() {
        return catalog;
    }

    /** Shows a list's tab and selects an entry in it. */
    public void select(Kind kind, String name) {
        tabs.getSelectionModel().select(lists.get(kind));
        lists.get(kind).select(name);
    }

    CatalogTab current() {
        return (CatalogTab) tabs.getSelectionModel().getSelectedItem();
    }

    /** Runs a command of a list; its failure is shown in that list's error line. */
    void run(EditCommand command, Consumer<String> failed) {
        status.setText("Saving …");
        curation.run(command, r -> status.setText(r.group() > 0 ? r.summary() + " · done" : "Nothing changed"),
                message -> {
                    status.setText("");
                    failed.accept(message);
                });
    }

    private void undo() {
        if (!curation.undoStack().canUndo()) {
            return;
        }
        curation.undo(r -> status.setText(r == null ? "" : r.summary()), message -> status.setText("Undo failed: " + message));
    }

    private void updateUndo() {
        undo.setText(curation.undoStack().undoText());
        undo.setDisable(!curation.undoStack().canUndo());
    }
}
