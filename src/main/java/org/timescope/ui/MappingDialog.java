package org.timescope.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.timescope.exchange.importing.CsvReader;

/** For a CSV whose headers do not say which column is what: choose the column of each field. */
final class MappingDialog {
    private static final String NONE = "(none)";

    private MappingDialog() {
    }

    static Optional<Map<String, String>> ask(Window owner, Path file, String reason) {
        List<String> headers;
        try {
            headers = CsvReader.headers(Files.readString(file));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Map the columns of " + file.getFileName());
        dialog.setHeaderText(reason + "\nChoose which column holds what (start and title are needed).");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        Map<String, ChoiceBox<String>> choices = new LinkedHashMap<>();
        int row = 0;
        for (String field : CsvReader.fields()) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.getItems().add(NONE);
            box.getItems().addAll(headers);
            box.setValue(NONE);
            box.setId("map-" + field);
            choices.put(field, box);
            grid.addRow(row++, new Label(field), box);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("mapping-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        Map<String, String> map = new LinkedHashMap<>();
        choices.forEach((field, box) -> {
            if (!NONE.equals(box.getValue())) {
                map.put(field, box.getValue());
            }
        });
        return Optional.of(map);
    }
}
