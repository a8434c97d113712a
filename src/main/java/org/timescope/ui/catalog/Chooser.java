package org.timescope.ui.catalog;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A searchable list to choose one item from: a search field over a list, Enter or a double click chooses. The
 * search may answer later (events are searched off the FX thread). Not modal-blocking: the choice is handed to a
 * callback, so the caller's FX thread is never held in a nested loop.
 */
final class Chooser<T> {
    private final Dialog<T> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final ListView<T> list = new ListView<>();
    private int generation;

    /**
     * @param search  given the text and a callback, answers the matching items (now or later, on the FX thread)
     */
    Chooser(Window owner, String title, String header, String chooseText, Function<T, String> label,
            BiConsumer<String, Consumer<List<T>>> search) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        ButtonType choose = new ButtonType(chooseText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(choose, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(choose).setId("chooser-ok");
        dialog.getDialogPane().lookupButton(choose).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        this.search.setId("chooser-search");
        this.search.setPromptText("Search");
        list.setId("chooser-list");
        list.setPrefSize(520, 340);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        this.search.textProperty().addListener((o, a, text) -> ask(search, text));
        this.search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(8, this.search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == choose ? list.getSelectionModel().getSelectedItem() : null);
        this.search.setOnAction(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                // closed after the key event: closing a window inside its own key handler crashes glass-gtk
                Platform.runLater(() -> dialog.setResult(item));
            }
        });
        ask(search, "");
    }

    private void ask(BiConsumer<String, Consumer<List<T>>> search, String text) {
        int asked = ++generation;
        search.accept(text, items -> {
            if (asked == generation) { // an older answer arriving late is dropped
                list.getItems().setAll(items);
                if (!text.isBlank() || items.size() == 1) {
                    list.getSelectionModel().selectFirst(); // the best match: Enter takes it
                }
            }
        });
    }

    /** Shows the dialog; {@code chosen} gets the item when one is chosen (not when cancelled). */
    void show(Consumer<T> chosen) {
        dialog.setOnHidden(e -> {
            T result = dialog.getResult();
            if (result != null) {
                Platform.runLater(() -> chosen.accept(result)); // the next window opens once this one is gone
            }
        });
        dialog.show();
        Platform.runLater(search::requestFocus);
    }
}
