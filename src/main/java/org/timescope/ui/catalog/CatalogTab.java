package org.timescope.ui.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.service.edit.CatalogEdits;
import org.timescope.service.edit.Kind;
import org.timescope.ui.catalog.CatalogModel.Entry;

/**
 * One list of the catalogue: a searchable tree (by parent for organisations and places) with each entry's
 * usage, and the form of the selected entry with Save, Merge into… and Delete…. Writes go through the window.
 */
final class CatalogTab extends Tab {
    private final Kind kind;
    private final CatalogWindow window;
    private final TextField search = new TextField();
    private final TreeView<Entry> tree = new TreeView<>(new TreeItem<>());
    private final EntryPane pane;
    private final Label heading = new Label();
    private final Label usage = new Label();
    private final Label error = new Label();
    private final Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
    private final Button merge = new Button("Merge into…", new FontIcon("mdi2c-call-merge"));
    private final Button delete = new Button("Delete…", new FontIcon("mdi2d-delete-outline"));
    private CatalogModel catalog;
    private String selectNext;

    CatalogTab(Kind kind, CatalogWindow window) {
        super(title(kind));
        this.kind = kind;
        this.window = window;
        this.pane = new EntryPane(kind);
        setId("tab-" + kind.label());
        setClosable(false);
        search.setId(kind.label() + "-search");
        search.setPromptText("Search " + title(kind).toLowerCase());
        search.textProperty().addListener((o, a, b) -> fill());
        tree.setId(kind.label() + "-list");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.label()));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> show(item == null ? null : item.getValue()));
        VBox left = new VBox(8, search, tree);
        left.setPadding(new Insets(10));
        VBox.setVgrow(tree, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right());
        split.setDividerPositions(0.47);
        setContent(split);
        show(null);
    }

    static String title(Kind kind) {
        return switch (kind) {
            case ORGANISATION -> "Organisations";
            case THEME -> "Themes";
            case PERSON -> "People";
            case PLACE -> "Places";
            default -> "Sources";
        };
    }

    private BorderPane right() {
        heading.getStyleClass().add("ts-panel-title");
        heading.setId(kind.label() + "-heading");
        heading.setWrapText(true);
        usage.getStyleClass().add("ts-muted");
        usage.setId(kind.label() + "-usage");
        VBox head = new VBox(2, heading, usage);
        head.setPadding(new Insets(12, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        save.setId(kind.label() + "-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        save.getStyleClass().add("accent");
        merge.setId(kind.label() + "-merge");
        merge.setOnAction(e -> mergeInto());
        merge.setVisible(CatalogModel.merges(kind));
        merge.setManaged(CatalogModel.merges(kind));
        delete.setId(kind.label() + "-delete");
        delete.setOnAction(e -> delete());
        delete.getStyleClass().addAll("danger", "button-outlined");
        error.setId(kind.label() + "-error");
        error.getStyleClass().add("ts-error");
        error.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : new Button[] {save, merge, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // never "Del…": the window's minimum width leaves room for all three
        }
        HBox buttons = new HBox(8, save, spacer, merge, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox foot = new VBox(6, error, buttons);
        foot.setPadding(new Insets(8, 12, 12, 12));
        BorderPane right = new BorderPane(scroll, head, null, foot, null);
        return right;
    }

    Kind kind() {
        return kind;
    }

    /** Shows a catalogue just read, keeping the selected entry (or selecting the one named after a write). */
    void setCatalog(CatalogModel fresh) {
        Entry selected = selected();
        String keep = selectNext != null ? selectNext : selected == null ? null : selected.name();
        selectNext = null;
        catalog = fresh;
        fill();
        if (keep != null) {
            select(keep);
        }
        if (selected() == null && !tree.getRoot().getChildren().isEmpty()) {
            tree.getSelectionModel().select(0); // never an empty form when the list has entries
        } else if (selected() == null) {
            show(null);
        }
    }

    /** Selects an entry by name (after a rename or a merge, the one that stays). */
    void select(String name) {
        for (TreeItem<Entry> item : items(tree.getRoot())) {
            if (item.getValue() != null && item.getValue().name().equalsIgnoreCase(name)) {
                for (TreeItem<Entry> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                return;
            }
        }
    }

    private static List<TreeItem<Entry>> items(TreeItem<Entry> root) {
        List<TreeItem<Entry>> all = new java.util.ArrayList<>();
        for (TreeItem<Entry> child : root.getChildren()) {
            all.add(child);
            all.addAll(items(child));
        }
        return all;
    }

    private void fill() {
        if (catalog == null) {
            return;
        }
        String text = search.getText();
        boolean searching = text != null && !text.isBlank();
        TreeItem<Entry> root = new TreeItem<>();
        Map<String, TreeItem<Entry>> byName = new HashMap<>();
        for (Entry e : searching ? catalog.search(kind, text) : catalog.entries(kind)) {
            TreeItem<Entry> item = new TreeItem<>(e);
            byName.put(e.name(), item);
            TreeItem<Entry> parent = !searching && e.parent() != null ? byName.get(e.parent()) : null;
            (parent == null ? root : parent).getChildren().add(item);
            item.setExpanded(true);
        }
        tree.setRoot(root);
        if (searching && !root.getChildren().isEmpty()) {
            tree.getSelectionModel().select(0);
        }
    }

    Entry selected() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void show(Entry entry) {
        error.setText("");
        if (entry == null || catalog == null) {
            heading.setText("Nothing selected");
            usage.setText(catalog == null ? "Reading the catalogue …"
                    : catalog.entries(kind).isEmpty() ? "The list is empty" : "Choose an entry in the list");
            pane.clear();
            save.setDisable(true);
            merge.setDisable(true);
            delete.setDisable(true);
            return;
        }
        heading.setText(entry.title());
        usage.setText("Used by " + CatalogModel.events(entry.usage()));
        pane.show(catalog, entry);
        save.setDisable(false);
        merge.setDisable(false);
        delete.setDisable(false);
    }

    /** Saves the form as one command, or says in one line what stops it. */
    void save() {
        EntryForm form = pane.collect();
        if (form == null) {
            return;
        }
        if (!form.changed()) {
            error.setText("Nothing to save: no field was changed");
            return;
        }
        var problem = form.problem();
        if (problem.isPresent()) {
            error.setText(problem.get());
            return;
        }
        selectNext = form.after() instanceof String s ? s : form.name.strip();
        error.setText("");
        window.run(form.command(), error::setText);
    }

    /** Chooses the entry that stays, confirms what will happen, and merges. */
    void mergeInto() {
        Entry from = selected();
        if (from == null || !CatalogModel.merges(kind)) {
            return;
        }
        new Chooser<Entry>(window, "Merge into…", "Merge '" + from.title() + "' into …", "Merge into…", Entry::label,
                (text, answer) -> answer.accept(catalog.search(kind, text).stream()
                        .filter(e -> !e.name().equals(from.name())).toList()))
                .show(into -> confirmMerge(from, into));
    }

    private void confirmMerge(Entry from, Entry into) {
        ButtonType mergeButton = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, catalog.mergePreview(from, into), mergeButton, ButtonType.CANCEL);
        alert.initOwner(window);
        Looks.style(alert.getDialogPane().getStylesheets(), window);
        alert.setTitle("Merge");
        alert.setHeaderText("Merge '" + from.name() + "' into '" + into.name() + "'?");
        alert.getDialogPane().setId("merge-confirmation");
        alert.getDialogPane().setPrefWidth(560);
        alert.setOnHidden(e -> {
            if (alert.getResult() == mergeButton) {
                selectNext = into.name();
                window.run(CatalogEdits.merge(kind, from.name(), into.name()), error::setText);
            }
        });
        alert.show();
    }

    /** Deletes an unused entry after asking; one in use says how many events use it and offers a merge. */
    void delete() {
        Entry entry = selected();
        if (entry == null) {
            return;
        }
        var refusal = catalog.deleteRefusal(entry);
        ButtonType mergeButton = new ButtonType("Merge into…", ButtonBar.ButtonData.OK_DONE);
        ButtonType deleteButton = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert alert;
        if (refusal.isPresent()) {
            alert = CatalogModel.merges(kind) && entry.usage() > 0
                    ? new Alert(Alert.AlertType.INFORMATION, refusal.get() + ". Merge it into another "
                    + kind.label() + " instead: its events move there.", mergeButton, ButtonType.CANCEL)
                    : new Alert(Alert.AlertType.INFORMATION, refusal.get() + ".", ButtonType.OK);
            alert.setHeaderText("'" + entry.title() + "' cannot be deleted");
            alert.getDialogPane().setId("delete-refused");
        } else {
            String unscopes = catalog.deleteUnscopes(entry).map(u -> " " + u).orElse("");
            alert = new Alert(Alert.AlertType.CONFIRMATION, "No event uses it." + unscopes + " Undo brings "
                    + (unscopes.isEmpty() ? "it" : "all of it") + " back.", deleteButton, ButtonType.CANCEL);
            alert.setHeaderText("Delete " + kind.label() + " '" + entry.title() + "'?");
            alert.getDialogPane().setId("delete-confirmation");
        }
        alert.initOwner(window);
        Looks.style(alert.getDialogPane().getStylesheets(), window);
        alert.setTitle("Delete");
        alert.getDialogPane().setPrefWidth(520);
        alert.setOnHidden(e -> {
            if (alert.getResult() == mergeButton) {
                mergeInto();
            } else if (alert.getResult() == deleteButton) {
                window.run(CatalogEdits.delete(kind, entry.name()), error::setText);
            }
        });
        alert.show();
    }

    void focusSearch() {
        search.requestFocus();
    }
}
