package org.timescope.ui;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timescope.service.Preferences;
import org.timescope.timeline.layout.LaneMode;

/**
 * Edit → Preferences…: the author name of the change log, the appearance, the lanes a collection opens with the
 * first time, and the list of recent collections (which can be forgotten). Gives back what was chosen; the
 * caller stores and applies it.
 */
final class PreferencesDialog {

    /** What the dialog gives back: the preferences, whether dark was chosen, whether to forget recent collections. */
    record Choice(Preferences preferences, boolean dark, boolean forgetRecent) {
    }

    private enum Look {
        LIGHT("Light"), DARK("Dark"), SYSTEM("As the system (GTK theme)");

        private final String label;

        Look(String label) {
            this.label = label;
        }
    }

    private PreferencesDialog() {
    }

    static Optional<Choice> ask(Window owner, Preferences current, boolean dark, int recentCount,
                                Map<String, String> env) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Preferences");
        dialog.getDialogPane().setId("preferences");

        TextField author = new TextField(current.author() == null ? "" : current.author());
        author.setId("preferences-author");
        author.setPromptText(System.getProperty("user.name", ""));
        author.setPrefColumnCount(24);
        String envAuthor = env.get("TIMESCOPE_AUTHOR");
        Label authorNote = new Label(envAuthor != null && !envAuthor.isBlank()
                ? "TIMESCOPE_AUTHOR is set: the change log names '" + envAuthor.strip() + "' while it is."
                : "Recorded in the change log with each edit; empty means your user name.");
        authorNote.setWrapText(true);
        authorNote.getStyleClass().add("text-muted");

        ChoiceBox<Look> look = new ChoiceBox<>();
        look.getItems().setAll(Look.values());
        look.setValue(dark ? Look.DARK : Look.LIGHT);
        look.setConverter(labels(l -> l.label));
        look.setId("preferences-appearance");

        ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
        lanes.getItems().setAll(LaneMode.values());
        lanes.setValue(laneMode(current.defaultLanes()));
        lanes.setConverter(labels(LaneMode::label));
        lanes.setId("preferences-lanes");
        Label lanesNote = new Label("For a collection opened the first time; each one then keeps its own.");
        lanesNote.setWrapText(true);
        lanesNote.getStyleClass().add("text-muted");

        boolean[] forget = new boolean[1];
        Label recent = new Label(recentCount == 1 ? "1 collection remembered" : recentCount + " collections remembered");
        Button forgetButton = new Button("Forget them");
        forgetButton.setId("preferences-forget-recent");
        forgetButton.setDisable(recentCount == 0);
        forgetButton.setOnAction(e -> {
            forget[0] = true;
            recent.setText("Forgotten when you press OK");
            forgetButton.setDisable(true);
        });

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, name("Author name"), author);
        grid.add(authorNote, 1, 1);
        grid.addRow(2, name("Appearance"), look);
        grid.addRow(3, name("Lanes"), lanes);
        grid.add(lanesNote, 1, 4);
        javafx.scene.layout.HBox recentRow = new javafx.scene.layout.HBox(10, recent, forgetButton);
        recentRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(5, name("Recent collections"), recentRow);
        grid.setPrefWidth(560);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new Choice(new Preferences(author.getText(), lanes.getValue().name()),
                        look.getValue() == Look.SYSTEM ? Appearance.systemPrefersDark() : look.getValue() == Look.DARK,
                        forget[0]));
        // typing goes into the first field, as in any form (the OK button had the focus: Enter saved nothing typed)
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            author.requestFocus();
            author.end();
        }));
        return dialog.showAndWait();
    }

    /** A field's name, never shortened: the column is as wide as the longest. */
    private static Label name(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static LaneMode laneMode(String name) {
        try {
            return LaneMode.valueOf(name);
        } catch (RuntimeException e) {
            return LaneMode.NONE;
        }
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
