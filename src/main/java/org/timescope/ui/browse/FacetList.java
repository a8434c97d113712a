package org.timescope.ui.browse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A searchable checklist of one facet's values with event counts, indented by hierarchy. The set of
 * ticked names is the truth (searching hides rows, never unticks them). A ticked parent includes its
 * children: they show ticked and greyed. ControlsFX's CheckListView was not used because its check state
 * lives in the item list and is lost when the list is narrowed by a search.
 */
final class FacetList extends VBox {

    /** One value: its name, hierarchy depth, parent, an optional colour swatch and a description. */
    record Row(String name, int depth, String parent, Color swatch, String description) {
    }

    private final List<Row> rows;
    private final Map<String, String> parents = new HashMap<>();
    private final TextField search = new TextField();
    private final ListView<Row> list = new ListView<>();
    private final Consumer<Set<String>> onChange;
    private Set<String> selected = new LinkedHashSet<>();
    private Map<String, Integer> counts = Map.of();
    /** Bumped when ticks or counts change: the visible cells redraw themselves. (ListView.refresh()
     *  would throw every cell away and build new ones: most of a tick's time at a million events.) */
    private final javafx.beans.property.IntegerProperty redraw = new javafx.beans.property.SimpleIntegerProperty();

    FacetList(String id, String prompt, List<Row> rows, Consumer<Set<String>> onChange) {
        super(4);
        this.rows = rows;
        this.onChange = onChange;
        rows.forEach(r -> parents.put(r.name(), r.parent()));
        setId(id);
        search.setPromptText(prompt);
        search.getStyleClass().add("ts-facet-search");
        search.textProperty().addListener((o, a, b) -> refill());
        list.setCellFactory(v -> new RowCell());
        list.setPrefHeight(Math.min(rows.size(), 9) * 26 + 4);
        list.setMinHeight(60);
        list.getStyleClass().add("ts-facet-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);
        refill();
    }

    void setSelected(Set<String> names) {
        selected = new LinkedHashSet<>(names);
        redraw.set(redraw.get() + 1);
    }

    void setCounts(Map<String, Integer> values) {
        counts = values;
        redraw.set(redraw.get() + 1);
    }

    private void refill() {
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        List<Row> shown = new ArrayList<>();
        for (Row r : rows) {
            if (q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q)
                    || (r.description() != null && r.description().toLowerCase(Locale.ROOT).contains(q))) {
                shown.add(r);
            }
        }
        list.setItems(FXCollections.observableArrayList(shown));
    }

    private boolean includedByAncestor(String name) {
        for (String p = parents.get(name); p != null; p = parents.get(p)) {
            if (selected.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private void toggle(String name, boolean on) {
        Set<String> next = new LinkedHashSet<>(selected);
        if (on) {
            next.add(name);
        } else {
            next.remove(name);
        }
        selected = next;
        onChange.accept(next);
    }

    private final class RowCell extends ListCell<Row> {
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label count = new Label();
        private final Rectangle swatch = new Rectangle(10, 10);
        private final HBox content = new HBox(6);
        private final Text measure = new Text();
        private final Tooltip tooltip = new Tooltip();

        RowCell() {
            setPrefWidth(0); // follow the list's width: long names wrap, never scroll sideways
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(20);
            name.setWrapText(true);
            HBox.setHgrow(name, Priority.ALWAYS);
            count.getStyleClass().add("ts-facet-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            HBox.setMargin(swatch, new Insets(4, 0, 0, 0)); // level with the first line of the name
            HBox.setMargin(count, new Insets(1, 0, 0, 0));
            redraw.addListener((o, a, b) -> updateItem(getItem(), isEmpty()));
            content.setAlignment(Pos.TOP_LEFT);
            box.setOnAction(e -> {
                if (getItem() != null) {
                    toggle(getItem().name(), box.isSelected());
                }
            });
        }

        private double longestWord(String text) {
            measure.setFont(name.getFont());
            double widest = 20;
            for (String word : text.split("\\s+")) {
                measure.setText(word);
                widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()) + 2);
            }
            return widest;
        }

        /** The graphic's height at the cell's width, so that a wrapped name gets its second line. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            double inside = width - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + content.prefHeight(inside) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            boolean inherited = includedByAncestor(row.name());
            box.setSelected(selected.contains(row.name()) || inherited);
            box.setDisable(inherited);
            name.setText(row.name());
            name.setMinWidth(Math.min(longestWord(row.name()), 150)); // wrap between words, not inside one
            int n = counts.getOrDefault(row.name(), 0);
            count.setText(Integer.toString(n));
            content.setOpacity(n == 0 && !box.isSelected() ? 0.55 : 1);
            content.setPadding(new Insets(0, 0, 0, row.depth() * 14));
            content.getChildren().setAll(box);
            if (row.swatch() != null) {
                swatch.setFill(row.swatch());
                content.getChildren().add(swatch);
            }
            content.getChildren().addAll(name, count);
            setGraphic(content);
            setText(null);
            String tip = row.name() + (row.description() == null ? "" : "\n" + row.description())
                    + (inherited ? "\nIncluded through " + parents.get(row.name()) : "");
            tooltip.setText(tip); // one tooltip per cell: making one per update cost more than the counts
            setTooltip(tooltip);
        }
    }
}
