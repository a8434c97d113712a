package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timescope.model.EventLink;
import org.timescope.service.edit.SeriesSuggestions;

/**
 * The series-link suggestions, each ticked: "Create links" makes the ticked ones (one undo step), an unticked one
 * is dismissed. Shown by Edit → Suggest series links….
 */
final class SeriesDialog {
    private SeriesDialog() {
    }

    static List<EventLink> ask(Window owner, List<SeriesSuggestions.Suggestion> suggestions) {
        Dialog<List<EventLink>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Series links");
        dialog.setHeaderText(suggestions.size() + (suggestions.size() == 1 ? " pair of events looks" : " pairs of events look")
                + " like editions of one series (titles that differ only by an ordinal or a year)");
        VBox list = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (SeriesSuggestions.Suggestion s : suggestions) {
            CheckBox box = new CheckBox(s.laterTitle() + "\n    edition of the same series as " + s.earlierTitle());
            box.setSelected(true);
            box.setWrapText(true);
            boxes.add(box);
            list.getChildren().add(box);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 44.0 * suggestions.size()));
        VBox content = new VBox(8, new Label("Untick the pairs that are not one series."), scroll);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create links", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            List<EventLink> accepted = new ArrayList<>();
            if (b == create) {
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).isSelected()) {
                        accepted.add(suggestions.get(i).link());
                    }
                }
            }
            return accepted;
        });
        return dialog.showAndWait().orElse(List.of());
    }
}
