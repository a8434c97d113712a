package org.timescope.ui.edit;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timescope.model.Era;

/**
 * A small dialog to create or edit an era: name, start and end (the event editor's date fields, read the same
 * way), colour, scope and notes. OK stays disabled until the draft is valid; the era's quotes are kept as they are.
 */
public final class EraForm {

    private EraForm() {
    }

    /** Shows the form; the era typed, or null when cancelled. */
    public static Era ask(Window owner, EraDraft draft, List<String> themes, List<String> organisations) {
        Dialog<Era> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(draft.isNew() ? "New era" : "Edit era");
        dialog.setHeaderText(draft.isNew() ? "A period drawn behind the events" : "Edit the era");
        TextField name = EventForm.field("era-name", draft.nameProperty(), "14th Five-Year Plan");
        TextField start = EventForm.field("era-start", draft.startProperty(), "2021, June 2021, 11 June 2021, 2021-06-11");
        TextField end = EventForm.field("era-end", draft.endProperty(), "2025 (blank: the start's own period)");
        TextField colour = EventForm.field("era-colour", draft.colourProperty(), "#8c6d1f (blank: from the palette)");
        ComboBox<String> scope = new ComboBox<>();
        scope.setId("era-scope");
        scope.getItems().add(EraDraft.ALL);
        themes.forEach(t -> scope.getItems().add("Theme: " + t));
        organisations.forEach(o -> scope.getItems().add("Organisation: " + o));
        scope.valueProperty().bindBidirectional(draft.scopeProperty());
        scope.setMaxWidth(Double.MAX_VALUE);
        TextArea notes = new TextArea();
        notes.setId("era-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(draft.notesProperty());
        VBox form = new VBox(4, EventForm.label("Name"), name,
                EventForm.error(draft.nameErrorProperty(), "era-name-error"), EventForm.label("Start"), start,
                EventForm.info(draft.startInfoProperty(), "era-start-info"),
                EventForm.error(draft.startErrorProperty(), "era-start-error"), EventForm.label("End"), end,
                EventForm.info(draft.endInfoProperty(), "era-end-info"),
                EventForm.error(draft.endErrorProperty(), "era-end-error"), EventForm.label("Colour"), colour,
                EventForm.error(draft.colourErrorProperty(), "era-colour-error"),
                EventForm.label("Scope"), scope, EventForm.label("Notes"), notes);
        form.setPrefWidth(460);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(draft.validProperty().not());
        dialog.setResultConverter(b -> b == ButtonType.OK ? draft.toEra() : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
