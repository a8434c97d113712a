package org.timescope.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import org.timescope.service.ViewService;

/**
 * View → Saved views: save the current view under a name, reopen one, rename or delete. The list is
 * read from the database each time the menu opens, so views saved from the command line appear too.
 */
final class ViewsMenu {
    private final MainWindow window;

    ViewsMenu(MainWindow window) {
        this.window = window;
    }

    Menu menu() {
        Menu menu = new Menu("Saved views");
        menu.setId("views-menu");
        menu.setOnShowing(e -> fill(menu));
        fill(menu);
        return menu;
    }

    private ViewService views() {
        return new ViewService(window.workspace());
    }

    private void fill(Menu menu) {
        MenuItem save = new MenuItem("Save current view…");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> save());
        MenuItem rename = new MenuItem("Rename a view…");
        rename.setOnAction(e -> rename());
        MenuItem delete = new MenuItem("Delete a view…");
        delete.setOnAction(e -> delete());
        menu.getItems().setAll(save, new SeparatorMenuItem());
        List<String> names = views().names();
        if (names.isEmpty()) {
            MenuItem none = new MenuItem("No saved views yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (String name : names) {
            MenuItem open = new MenuItem(name);
            open.setMnemonicParsing(false); // a view's name may hold underscores ("Forum_2021 focus")
            open.setOnAction(e -> window.apply(views().find(name)));
            menu.getItems().add(open);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), rename, delete);
        rename.setDisable(names.isEmpty());
        delete.setDisable(names.isEmpty());
    }

    private void save() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle("Save view");
        ask.setHeaderText("Save the filters, lanes, time window and selection under a name.\n"
                + "On the command line: --view NAME on snapshot and export.");
        ask.setContentText("Name");
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
            if (views().names().stream().anyMatch(n -> n.equalsIgnoreCase(name)) && !confirm("Replace the view '" + name + "'?")) {
                return;
            }
            views().save(window.currentView(name));
        });
    }

    private Optional<String> choose(String title) {
        List<String> names = views().names();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        return dialog.showAndWait();
    }

    private void rename() {
        choose("Rename a view").ifPresent(old -> {
            TextInputDialog ask = new TextInputDialog(old);
            ask.setTitle("Rename view");
            ask.setHeaderText("New name for '" + old + "'");
            ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
                try {
                    views().rename(old, name);
                } catch (RuntimeException ex) {
                    error(ex.getMessage());
                }
            });
        });
    }

    private void delete() {
        choose("Delete a view").ifPresent(name -> {
            if (confirm("Delete the view '" + name + "'? The events are not touched.")) {
                views().delete(name);
            }
        });
    }

    private static boolean confirm(String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private static void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(null);
        a.showAndWait();
    }
}
