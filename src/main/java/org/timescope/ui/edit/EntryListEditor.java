package org.timescope.ui.edit;

import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One editable list of the form (organisations with roles, people with their title at the event, themes,
 * places): a row per entry with completion from the catalogue, "new" beside a name the catalogue lacks
 * (saving creates it), a remove button, and "Add …" at the end.
 */
final class EntryListEditor extends VBox {

    private final ObservableList<EventDraft.Entry> entries;
    private final Vocabulary.Kind kind;
    private final Vocabulary vocabulary;
    private final String rolePrompt;
    private final VBox rows = new VBox(4);

    /** {@code rolePrompt} is null for lists without roles (themes, places). */
    EntryListEditor(String heading, Vocabulary.Kind kind, ObservableList<EventDraft.Entry> entries, Vocabulary vocabulary,
                    String rolePrompt) {
        super(4);
        this.entries = entries;
        this.kind = kind;
        this.vocabulary = vocabulary;
        this.rolePrompt = rolePrompt;
        setId("edit-" + kind.label() + "s");
        Label label = new Label(heading);
        label.getStyleClass().add(EditStyles.LABEL);
        Button add = new Button("Add " + kind.label(), new FontIcon("mdi2p-plus"));
        add.setId("add-" + kind.label());
        add.getStyleClass().addAll("flat", "small");
        add.setOnAction(e -> {
            entries.add(new EventDraft.Entry("", ""));
            focusLast();
        });
        entries.addListener((ListChangeListener<EventDraft.Entry>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
        getChildren().addAll(label, rows, add);
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (EventDraft.Entry entry : entries) {
            rows.getChildren().add(row(entry));
        }
    }

    /** A name with "new" and ×; under it, indented, the role (a narrow pane keeps both legible). */
    private VBox row(EventDraft.Entry entry) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(entry.nameProperty());
        name.setPromptText(kind.label().substring(0, 1).toUpperCase() + kind.label().substring(1));
        name.getStyleClass().add("ts-entry-name");
        // the names the event's other rows hold are not offered again
        vocabulary.completeIn(name, kind, () -> {
            try { // ControlsFX asks for suggestions off the FX thread: a row added meanwhile only costs this filter
                return List.copyOf(entries).stream().filter(x -> x != entry)
                        .map(x -> x.nameProperty().get() == null ? "" : x.nameProperty().get().strip()).toList();
            } catch (java.util.ConcurrentModificationException changing) {
                return List.of();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMinWidth(80);
        Label fresh = new Label("new");
        fresh.getStyleClass().add(EditStyles.NEW);
        fresh.setMinWidth(Region.USE_PREF_SIZE);
        fresh.setTooltip(new Tooltip("Not in the catalogue yet: saving creates this " + kind.label()));
        fresh.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vocabulary.isNew(kind, entry.nameProperty().get()), entry.nameProperty()));
        fresh.managedProperty().bind(fresh.visibleProperty());
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "small", "button-icon");
        remove.setTooltip(new Tooltip("Remove this " + kind.label()));
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> entries.remove(entry));
        HBox line = new HBox(4, name, fresh, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, line);
        row.getStyleClass().add("ts-entry-row");
        if (rolePrompt != null) {
            TextField role = new TextField();
            role.textProperty().bindBidirectional(entry.roleProperty());
            role.setPromptText(rolePrompt);
            role.getStyleClass().addAll("ts-entry-role", "small");
            VBox.setMargin(role, new javafx.geometry.Insets(0, 34, 4, 18));
            row.getChildren().add(role);
        }
        return row;
    }

    private void focusLast() {
        Platform.runLater(() -> {
            if (!rows.getChildren().isEmpty() && rows.getChildren().get(rows.getChildren().size() - 1) instanceof VBox row
                    && row.getChildren().get(0) instanceof HBox line) {
                line.getChildren().get(0).requestFocus();
            }
        });
    }
}
