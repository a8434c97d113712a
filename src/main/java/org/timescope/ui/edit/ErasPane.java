package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timescope.model.Era;
import org.timescope.model.EventFilter;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EraEdits;

/**
 * The eras of the collection, listed under the detail pane: each with its dates and scope and a check box that
 * shows or hides it; New…, Edit… (or a double click) and Delete run undoable commands through the edit session.
 * The eras drawn are those checked that the current filter concerns ({@link Era#concerns}).
 */
public final class ErasPane extends TitledPane {

    private final Curation curation;
    private final Consumer<List<Era>> shown;
    private final Supplier<EventFilter> filter;
    private final Supplier<List<String>> themes;
    private final Supplier<List<String>> organisations;
    private final ListView<Era> list = new ListView<>();
    private final Set<String> hidden = new HashSet<>();
    private final CheckBox showAll = new CheckBox("Show eras");
    private final Label problem = new Label();

    public ErasPane(Curation curation, Consumer<List<Era>> shown, Supplier<EventFilter> filter,
                    Supplier<List<String>> themes, Supplier<List<String>> organisations) {
        this.curation = curation;
        this.shown = shown;
        this.filter = filter;
        this.themes = themes;
        this.organisations = organisations;
        setText("Eras");
        setId("eras-pane");
        list.setId("era-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new EraCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit();
            }
        });
        showAll.setSelected(true);
        showAll.selectedProperty().addListener((o, a, b) -> publish());
        Button add = new Button("New…");
        add.setId("era-new");
        add.setOnAction(e -> create());
        Button change = new Button("Edit…");
        change.setOnAction(e -> edit());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> delete());
        change.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        problem.setWrapText(true);
        problem.getStyleClass().add(EditStyles.ERROR);
        for (Button b : List.of(add, change, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        showAll.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(6, add, change, delete);
        VBox content = new VBox(6, showAll, list, buttons, problem);
        content.setPadding(new Insets(6));
        setContent(content);
        reload();
    }

    /** Reads the eras again (after an edit, an undo or an import) and draws the ones to show. */
    public void reload() {
        curation.read(() -> curation.workspace().eras().eras(), eras -> {
            Era selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(eras);
            if (selected != null) {
                eras.stream().filter(e -> e.key().equals(selected.key())).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
            publish();
        }, problem::setText);
    }

    /** Draws the checked eras the current filter concerns. */
    public void publish() {
        List<Era> out = new ArrayList<>();
        if (showAll.isSelected()) {
            EventFilter f = filter.get();
            // each in its own colour, or that of its place among all: hiding one recolours no other
            for (Era e : org.timescope.render.EraPainter.colouredAll(list.getItems())) {
                if (!hidden.contains(e.key()) && e.concerns(f)) {
                    out.add(e);
                }
            }
        }
        shown.accept(List.copyOf(out));
    }

    private void create() {
        Era era = EraForm.ask(getScene().getWindow(), EraDraft.blank(), themes.get(), organisations.get());
        if (era != null) {
            run(EraEdits.create(era));
        }
    }

    private void edit() {
        Era before = list.getSelectionModel().getSelectedItem();
        Era after = before == null ? null
                : EraForm.ask(getScene().getWindow(), EraDraft.of(before), themes.get(), organisations.get());
        if (after != null && !after.equals(before)) {
            run(EraEdits.update(before, after));
        }
    }

    private void delete() {
        Era era = list.getSelectionModel().getSelectedItem();
        if (era != null) {
            run(EraEdits.delete(era));
        }
    }

    private void run(EditCommand command) {
        problem.setText("");
        curation.run(command, result -> reload(), problem::setText);
    }

    /**
     * One era: a check box (shown or hidden), its name, and its dates and scope under it, each wrapped over as many
     * lines as it needs at the list's width (never cut), and the whole in a tooltip.
     */
    private final class EraCell extends ListCell<Era> {
        private final CheckBox box = new CheckBox();
        private final javafx.scene.control.Label name = new javafx.scene.control.Label();
        private final javafx.scene.control.Label when = new javafx.scene.control.Label();
        private final javafx.scene.layout.HBox row;
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        private Era era;

        EraCell() {
            name.setWrapText(true);
            when.setWrapText(true);
            name.getStyleClass().add("era-name");
            when.getStyleClass().add("era-dates");
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            when.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(1, name, when);
            // the check box, the cell's padding and a scroll bar take about 60 px of the list's width
            text.prefWidthProperty().bind(list.widthProperty().subtract(60));
            text.maxWidthProperty().bind(text.prefWidthProperty());
            row = new javafx.scene.layout.HBox(6, box, text);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            box.selectedProperty().addListener((o, a, b) -> {
                if (era == null || b == !hidden.contains(era.key())) {
                    return;
                }
                if (b) {
                    hidden.remove(era.key());
                } else {
                    hidden.add(era.key());
                }
                publish();
            });
            setPrefWidth(0); // as wide as the list, never wider
        }

        @Override
        protected void updateItem(Era item, boolean empty) {
            super.updateItem(item, empty);
            era = empty ? null : item;
            setText(null);
            if (era == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.setSelected(!hidden.contains(era.key()));
            name.setText(era.name());
            when.setText(era.when().display()
                    + (era.theme() != null || era.organisation() != null ? " · " + era.scopeText() : ""));
            tip.setText(era.name() + "\n" + when.getText());
            setTooltip(tip);
            setGraphic(row);
        }
    }
}
