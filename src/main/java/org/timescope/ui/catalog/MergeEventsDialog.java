package org.timescope.ui.catalog;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.catalog.EventMerge.Field;
import org.timescope.ui.catalog.EventMerge.Pick;

/**
 * Two events side by side, one row per field with a choice of side (lists: either or both), the evidence that is
 * kept, and a preview of the result. Merge runs {@code EventEdits.merge} on the shared undo stack, off the FX
 * thread; the dialog stays open with the reason if it fails.
 */
public final class MergeEventsDialog {
    private static final double VALUE_WIDTH = 330;

    private final Curation curation;
    private final EventMerge merge;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label preview = new Label();
    private final Label error = new Label();

    MergeEventsDialog(Curation curation, Window owner, TimelineEvent left, TimelineEvent right) {
        this.curation = curation;
        this.merge = new EventMerge(left, right);
        dialog.initOwner(owner);
        dialog.setTitle("Merge two events");
        dialog.setHeaderText("Pick each field from the left or the right event; the left event is kept, the right one"
                + " is removed.");
        dialog.setResizable(true);
        ButtonType mergeButton = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(mergeButton, ButtonType.CANCEL);
        dialog.getDialogPane().setId("merge-events");
        Looks.style(dialog.getDialogPane().getStylesheets(), owner);
        Button ok = (Button) dialog.getDialogPane().lookupButton(mergeButton);
        ok.setId("merge-events-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the merge is stored
            run(ok);
        });
        preview.setId("merge-preview");
        preview.setWrapText(true);
        preview.getStyleClass().add("ts-merge-preview");
        error.setId("merge-error");
        error.getStyleClass().add("ts-error");
        error.setWrapText(true);
        Label quotes = new Label("Evidence: " + merge.quotesText() + " — " + left.evidence().size() + " from the left, "
                + right.evidence().size() + " from the right");
        quotes.setId("merge-quotes");
        Label previewHeading = new Label("Result");
        previewHeading.getStyleClass().add("ts-detail-heading");
        VBox content = new VBox(10, grid(), quotes, previewHeading, preview, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        dialog.getDialogPane().setPrefSize(1040, 760);
        dialog.setOnShown(e -> { // some window managers open dialogs smaller than their content asks
            dialog.setWidth(Math.max(dialog.getWidth(), Math.min(1040, screenWidth(owner))));
            dialog.setHeight(Math.max(dialog.getHeight(), 760));
        });
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        updatePreview();
    }

    private static double screenWidth(Window owner) {
        return javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40;
    }

    public EventMerge merge() {
        return merge;
    }

    public void show() {
        dialog.show();
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("merge-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(118);
        field.setPercentWidth(14);
        ColumnConstraints side = new ColumnConstraints(160, VALUE_WIDTH, Double.MAX_VALUE);
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(38);
        ColumnConstraints both = new ColumnConstraints();
        both.setMinWidth(70);
        both.setPercentWidth(10);
        grid.getColumnConstraints().addAll(field, side, side, both);
        grid.add(heading(""), 0, 0);
        grid.add(heading("Left: kept\n" + merge.left().key()), 1, 0);
        grid.add(heading("Right: removed\n" + merge.right().key()), 2, 0);
        grid.add(heading("Lists"), 3, 0);
        int row = 1;
        for (Field f : Field.values()) {
            addRow(grid, f, row++);
        }
        return grid;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("ts-detail-heading");
        l.setWrapText(true);
        return l;
    }

    private void addRow(GridPane grid, Field f, int row) {
        Label name = new Label(f.label());
        name.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        ToggleGroup group = new ToggleGroup();
        RadioButton left = choice(f, Pick.LEFT, EventMerge.text(f, merge.left()), group);
        RadioButton right = choice(f, Pick.RIGHT, EventMerge.text(f, merge.right()), group);
        grid.add(left, 1, row);
        grid.add(right, 2, row);
        if (f.isList()) {
            grid.add(choice(f, Pick.BOTH, "both", group), 3, row);
        }
        boolean same = merge.same(f);
        group.getToggles().forEach(t -> ((RadioButton) t).setDisable(same));
        if (same) {
            name.getStyleClass().add("ts-muted");
        }
    }

    private RadioButton choice(Field f, Pick pick, String text, ToggleGroup group) {
        RadioButton b = new RadioButton(text.isEmpty() ? "(none)" : text);
        b.setId("pick-" + f.name().toLowerCase(java.util.Locale.ROOT) + "-" + pick.name().toLowerCase(java.util.Locale.ROOT));
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(b, VPos.TOP);
        b.setSelected(merge.pick(f) == pick);
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                merge.pick(f, pick);
                // picking the dates picks their flags and note too: show it
                choices.forEach((button, at) -> button.setSelected(merge.pick(at.field()) == at.pick()));
                updatePreview();
            }
        });
        choices.put(b, new Choice(f, pick));
        return b;
    }

    private record Choice(Field field, Pick pick) {
    }

    private final java.util.Map<RadioButton, Choice> choices = new java.util.LinkedHashMap<>();

    private void updatePreview() {
        preview.setText(merge.preview());
    }

    private void run(Button ok) {
        ok.setDisable(true);
        error.setText("");
        curation.run(merge.command(), r -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        }, message -> {
            ok.setDisable(false);
            error.setText("Not merged: " + message);
        });
    }
}
