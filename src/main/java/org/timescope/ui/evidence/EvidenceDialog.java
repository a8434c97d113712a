package org.timescope.ui.evidence;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timescope.model.Source;
import org.timescope.ui.Styles;

/**
 * Quote a source: pick a stored source or add one (title, publisher, URL, date, pasted text), select the
 * passage in its text, and "Use quote" gives the verbatim quote with its offsets (and the new source, if any).
 */
public final class EvidenceDialog {
    private EvidenceDialog() {
    }

    public static Optional<PassagePicker.Chosen> ask(Window owner, List<Source> sources) {
        PassagePicker picker = new PassagePicker(sources);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a quote");
        dialog.setResizable(true);
        ButtonType use = new ButtonType("Use quote", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(use, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        ToggleGroup mode = new ToggleGroup();
        RadioButton fromStored = new RadioButton("A source in the collection");
        RadioButton fromNew = new RadioButton("A new source (paste its text)");
        fromStored.setToggleGroup(mode);
        fromNew.setToggleGroup(mode);
        fromStored.setId("evidence-stored");
        fromNew.setId("evidence-new");

        ComboBox<Source> chooser = new ComboBox<>();
        chooser.getItems().setAll(picker.quotable());
        chooser.setId("evidence-source");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(l -> new SourceCell());
        chooser.setButtonCell(new SourceCell());
        chooser.setPromptText("Choose a source");

        TextField title = field("Title", "evidence-title");
        TextField publisher = field("Publisher", "evidence-publisher");
        TextField url = field("https://…", "evidence-url");
        TextField published = field("YYYY, YYYY-MM or YYYY-MM-DD", "evidence-published");
        GridPane newFields = new GridPane();
        newFields.setHgap(8);
        newFields.setVgap(6);
        newFields.addRow(0, new Label("Title"), title);
        newFields.addRow(1, new Label("Publisher"), publisher);
        newFields.addRow(2, new Label("URL"), url);
        newFields.addRow(3, new Label("Published"), published);
        GridPane.setHgrow(title, Priority.ALWAYS);

        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setId("evidence-text");
        text.setPrefRowCount(18);
        Label status = new Label();
        status.getStyleClass().add(Styles.MUTED);
        status.setId("evidence-status");
        status.setWrapText(true);

        Runnable update = () -> {
            if (fromNew.isSelected()) {
                picker.addNew(title.getText(), publisher.getText(), url.getText(), published.getText(), text.getText());
            }
            picker.select(text.getSelection().getStart(), text.getSelection().getEnd());
            status.setText(picker.describe());
            dialog.getDialogPane().lookupButton(use).setDisable(picker.problem() != null);
        };
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            boolean adding = b == fromNew;
            newFields.setDisable(!adding);
            chooser.setDisable(adding);
            text.setEditable(adding);
            if (adding) {
                text.clear();
                text.setPromptText("Paste the source's text here, then select the passage to quote.");
            } else {
                Source s = chooser.getValue();
                if (s != null) {
                    picker.choose(s);
                }
                text.setText(picker.text());
            }
            update.run();
        });
        chooser.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                picker.choose(b);
                text.setText(picker.text());
                text.positionCaret(0);
            }
            update.run();
        });
        text.selectionProperty().addListener((o, a, b) -> update.run());
        text.textProperty().addListener((o, a, b) -> update.run());
        for (TextField f : List.of(title, publisher, url, published)) {
            f.textProperty().addListener((o, a, b) -> update.run());
        }

        VBox top = new VBox(6, fromStored, chooser, fromNew, newFields,
                new Label("Select the passage to quote:"));
        VBox.setMargin(chooser, new Insets(0, 0, 4, 22));
        VBox.setMargin(newFields, new Insets(0, 0, 4, 22));
        BorderPane content = new BorderPane(text, top, null, new HBox(status), null);
        BorderPane.setMargin(text, new Insets(6, 0, 6, 0));
        content.setPrefSize(720, 600);
        dialog.getDialogPane().setContent(content);
        (picker.quotable().isEmpty() ? fromNew : fromStored).setSelected(true);
        update.run();
        return dialog.showAndWait().filter(b -> b == use).map(b -> picker.chosen());
    }

    private static TextField field(String prompt, String id) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setId(id);
        return f;
    }

    /** A source shown by its publisher and title. */
    private static final class SourceCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            String text = empty || s == null ? null : (s.publisher() == null ? "" : s.publisher() + " — ") + s.title();
            // long publishers and titles would make the list wider than the screen: shortened, whole in the tooltip
            setText(text == null || text.length() <= 90 ? text : text.substring(0, 89) + "…");
            setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text));
        }
    }
}
