package org.timescope.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.ui.timeline.TimelineView;

/** The menu bar: every action has a keyboard shortcut, shown in the menu. */
final class Menus {
    private final MainWindow window;

    Menus(MainWindow window) {
        this.window = window;
    }

    private MenuBar bar;

    MenuBar bar() {
        if (bar == null) {
            bar = new MenuBar(file(), edit(), view(), go(), filter(), help());
            bar.setId("menu-bar");
        }
        return bar;
    }

    private static MenuItem item(String text, String shortcut, String icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu file() {
        MenuItem create = item("New collection…", "Shortcut+Shift+N", "mdi2f-file-plus-outline",
                () -> window.collections().newCollection());
        MenuItem open = item("Open collection…", "Shortcut+O", "mdi2f-folder-open-outline",
                () -> window.collections().openCollection());
        Menu recent = new Menu("Open recent", new FontIcon("mdi2h-history"));
        recent.setId("open-recent");
        Menu file = new Menu("_File", null, create, open, recent, new SeparatorMenuItem(),
                item("Import…", "Shortcut+I", "mdi2f-file-import-outline", window::importFiles),
                item("Export snapshot…", "Shortcut+Shift+S", "mdi2i-image-outline", window::exportSnapshot),
                item("Export data…", "Shortcut+Shift+E", "mdi2f-file-export-outline", window::exportData),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", "mdi2e-exit-to-app", Platform::exit));
        file.setOnShowing(e -> {
            create.setDisable(window.collections() == null); // a window built alone (tests) has no collections
            open.setDisable(window.collections() == null);
            fillRecent(recent);
        });
        return file;
    }

    /** The collections opened last: the one open now and files no longer there are shown, but disabled. */
    private void fillRecent(Menu recent) {
        CollectionWindow collections = window.collections();
        recent.getItems().clear();
        if (collections == null) {
            return;
        }
        java.nio.file.Path current = collections.current().orElse(null);
        for (java.nio.file.Path p : collections.recent()) {
            boolean open = p.equals(current);
            boolean missing = !java.nio.file.Files.isRegularFile(p);
            MenuItem item = new MenuItem(collections.name(p) + (open ? " — open" : missing ? " — missing" : ""));
            item.setMnemonicParsing(false); // file names may hold underscores
            item.setDisable(open || missing);
            item.setOnAction(e -> collections.openExisting(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Undo and redo (texts name the action), and the editing of events. */
    private Menu edit() {
        org.timescope.ui.edit.Curation c = window.curation();
        EditWiring keys = window.editWiring();
        MenuItem undo = item("Undo", "Shortcut+Z", "mdi2u-undo", keys::undo);
        undo.setId("menu-undo");
        undo.setMnemonicParsing(false); // "Undo import of dev17_nanjing.txt": the underscore is the file's
        undo.textProperty().bind(c.undoTextProperty());
        undo.disableProperty().bind(c.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "mdi2r-redo", keys::redo);
        redo.setId("menu-redo");
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(c.redoTextProperty());
        redo.disableProperty().bind(c.canRedoProperty().not());
        MenuItem edit = item("Edit selection…  (Enter)", null, "mdi2p-pencil-outline", () -> window.edits().edit());
        edit.setId("menu-edit-event");
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                item("New event…", "Shortcut+N", "mdi2p-plus-box-outline", () -> window.edits().create(null)),
                edit,
                item("Duplicate", "Shortcut+D", "mdi2c-content-copy", () -> window.edits().duplicate()),
                item("Delete…", "DELETE", "mdi2d-delete-outline", keys::delete),
                new SeparatorMenuItem(),
                item("Select all shown", "Shortcut+A", "mdi2s-select-all", keys::selectAll),
                new SeparatorMenuItem(),
                item("Catalogue…", "Shortcut+Shift+K", "mdi2b-bookshelf", window::openCatalogue),
                item("Merge two events…", "Shortcut+Shift+M", "mdi2c-call-merge", window::mergeTwoEvents),
                item("Find duplicates…", "Shortcut+Shift+U", "mdi2c-content-duplicate", window::findDuplicates),
                item("Suggest series links…", null, "mdi2l-link-variant", () -> window.edits().suggestSeries()),
                new SeparatorMenuItem(),
                preferences());
    }

    /** Edit → Preferences… (Ctrl+,); a window built alone (tests) has no collections and so no preferences. */
    private MenuItem preferences() {
        MenuItem item = item("Preferences…", "Shortcut+Comma", "mdi2c-cog-outline", () -> {
            if (window.collections() != null) {
                window.collections().openPreferences();
            }
        });
        item.setId("menu-preferences");
        return item;
    }

    private Menu view() {
        TimelineView t = window.timeline();
        Menu lanes = new Menu("Lanes");
        ToggleGroup group = new ToggleGroup();
        String[] keys = {"Shortcut+1", "Shortcut+2", "Shortcut+3"};
        for (LaneMode mode : LaneMode.values()) {
            RadioMenuItem item = new RadioMenuItem(mode.label());
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.keyCombination(keys[mode.ordinal()]));
            item.setSelected(t.getLaneMode() == mode);
            item.setOnAction(e -> t.setLaneMode(mode));
            t.laneModeProperty().addListener((o, a, m) -> item.setSelected(m == mode));
            lanes.getItems().add(item);
        }
        Menu look = new Menu("Appearance");
        ToggleGroup looks = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light");
        RadioMenuItem dark = new RadioMenuItem("Dark");
        RadioMenuItem system = new RadioMenuItem("Follow the system");
        for (RadioMenuItem r : new RadioMenuItem[] {light, dark, system}) {
            r.setToggleGroup(looks);
        }
        light.setSelected(!window.appearance().darkProperty().get());
        dark.setSelected(window.appearance().darkProperty().get());
        light.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        system.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Y"));
        light.setOnAction(e -> window.appearance().darkProperty().set(false));
        dark.setOnAction(e -> window.appearance().darkProperty().set(true));
        system.setOnAction(e -> window.appearance().darkProperty().set(Appearance.systemPrefersDark()));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        look.getItems().addAll(light, dark, system);
        return new Menu("_View", null,
                item("Zoom in", "Shortcut+EQUALS", "mdi2m-magnify-plus-outline", t::zoomIn),
                item("Zoom out", "Shortcut+MINUS", "mdi2m-magnify-minus-outline", t::zoomOut),
                item("Zoom to fit all", "Shortcut+0", "mdi2a-arrow-expand-horizontal", t::zoomToFit),
                item("Zoom to selection", "Shortcut+E", "mdi2t-target", t::zoomToSelection),
                item("Pan earlier", "Shortcut+Shift+LEFT", null, () -> t.panByFraction(-0.25)),
                item("Pan later", "Shortcut+Shift+RIGHT", null, () -> t.panByFraction(0.25)),
                new SeparatorMenuItem(), lanes, new ViewsMenu(window).menu(), look, new SeparatorMenuItem(),
                paneItem("Filters pane", "Alt+1", window.panes().filtersShownProperty()),
                paneItem("Details pane", "Alt+2", window.panes().sideShownProperty()), new SeparatorMenuItem(),
                item("Statistics…", "Shortcut+Shift+T", "mdi2c-chart-bar", window::openStatistics));
    }

    /** A pane shown while ticked: hidden, it leaves its width to the timeline and the table. */
    private static javafx.scene.control.CheckMenuItem paneItem(String text, String keys,
                                                               javafx.beans.property.BooleanProperty shown) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private Menu go() {
        TimelineView t = window.timeline();
        return new Menu("_Go", null,
                item("Previous event", "Alt+LEFT", "mdi2c-chevron-left", t::selectPrevious),
                item("Next event", "Alt+RIGHT", "mdi2c-chevron-right", t::selectNext),
                item("Clear selection", "Shortcut+Shift+A", null, () -> t.select(null)),
                item("Focus timeline", "Shortcut+T", null, t::requestFocus));
    }

    private Menu filter() {
        return new Menu("F_ilter", null,
                item("Search text", "Shortcut+F", "mdi2m-magnify", window::focusSearch),
                item("Clear all filters", "Shortcut+Shift+X", "mdi2f-filter-remove-outline", window::clearFilters),
                item("Copy as command line", "Shortcut+Shift+C", "mdi2c-console", this::copyCommand));
    }

    private void copyCommand() {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(window.commandLine());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private Menu help() {
        return new Menu("_Help", null, item("Keyboard shortcuts", "F1", "mdi2k-keyboard-outline", this::shortcuts));
    }

    /** The keys of the timeline, the table and the form, then every menu item that has a shortcut, by menu. */
    private void shortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(window.getScene() == null ? null : window.getScene().getWindow());
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(KEYS + menuShortcuts(bar()));
        text.setEditable(false);
        text.setId("shortcuts-text");
        text.setStyle("-fx-font-family: monospace");
        text.setPrefSize(820, 560); // the longest line whole, no sideways scrolling
        a.getDialogPane().setContent(text);
        // the dialog pane kept its own width (about 590 px) whatever its content asked: it is given the text's
        a.getDialogPane().setPrefWidth(860);
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.setResizable(true);
        a.getDialogPane().setId("shortcuts");
        a.showAndWait();
    }

    static final String KEYS = """
            On the timeline (click it or Ctrl+T first):
              + / −               zoom in / out around the pointer (the centre if it is elsewhere)
              mouse wheel         zoom around the pointer (Shift+wheel scrolls lanes)
              drag                pan in time and scroll lanes
              Left / Right        previous / next event
              Shift+Left/Right    pan
              Up / Down           scroll lanes
              Home                zoom to fit all events
              Enter               edit the selected event(s) (Ctrl+E zooms to it)
              Escape              clear the selection
              Shift+click         add an event to the selection
              Ctrl+click          add or remove an event
            In the table: Enter edits, Shift/Ctrl+click selects several (then Enter edits them all).
            In the event form: Tab next field, Ctrl+Enter save, Esc cancel.
            """;

    /** "File", then "  Ctrl+O   Open collection…" for each item with a shortcut, for every menu of the bar. */
    static String menuShortcuts(MenuBar bar) {
        StringBuilder sb = new StringBuilder("\nIn the menus:\n");
        for (Menu menu : bar.getMenus()) {
            List<String> lines = new java.util.ArrayList<>();
            collect(menu, lines);
            if (!lines.isEmpty()) {
                sb.append(menu.getText().replace("_", "")).append('\n');
                lines.forEach(l -> sb.append(l).append('\n'));
            }
        }
        return sb.toString();
    }

    private static void collect(Menu menu, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, lines);
            } else if (item.getAccelerator() != null) {
                lines.add(String.format("  %-20s%s", item.getAccelerator().getDisplayText(), item.getText()));
            }
        }
    }
}
