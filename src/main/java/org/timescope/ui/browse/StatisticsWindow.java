package org.timescope.ui.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timescope.model.Indicator;
import org.timescope.model.PartialDate;
import org.timescope.timeline.layout.SeriesStrip;

/**
 * The statistics table: every indicator observation, sortable by any column, narrowed by series, place, period
 * (from / to, as a researcher writes dates) and by words found anywhere in it (series, value, place, note,
 * quote). On the left, the series to draw in strips under the timeline. Enter or a double click opens the
 * source at the observation's quote; Esc or Ctrl+W closes the window.
 */
public final class StatisticsWindow extends Stage {

    private static final String ALL = "All";
    private final StatisticsModel model;
    private final TableView<Indicator> table = new TableView<>();
    private final TextField search = new TextField();
    private final ComboBox<String> series = new ComboBox<>();
    private final ComboBox<String> place = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label count = new Label();
    private final VBox strips = new VBox(6);
    private final FilteredList<Indicator> shown;

    public StatisticsWindow(StatisticsModel model, Window owner, Consumer<Indicator> open) {
        this.model = model;
        initOwner(owner);
        setTitle("Statistics — Timescope");
        shown = new FilteredList<>(FXCollections.observableArrayList(model.allProperty().get()));
        SortedList<Indicator> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("statistics-table");
        table.setPlaceholder(new Label("No observation matches."));
        columns();
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        search.setId("statistics-search");
        search.setPromptText("Search series, values, places, quotes…");
        series.setId("statistics-series");
        place.setId("statistics-place");
        from.setId("statistics-from");
        to.setId("statistics-to");
        from.setPromptText("from");
        to.setPromptText("to");
        from.setPrefColumnCount(9);
        to.setPrefColumnCount(9);
        count.setId("statistics-count");
        count.getStyleClass().add("ts-muted");
        search.setMaxWidth(Double.MAX_VALUE);
        series.setPrefWidth(320);
        series.setMinWidth(160);
        place.setPrefWidth(150);
        place.setMinWidth(100);
        from.setMinWidth(90);
        to.setMinWidth(90);
        HBox narrow = new HBox(8, label("Series"), series, label("Place"), place, label("Period"), from, label("–"), to);
        narrow.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, search, narrow);
        filters.setPadding(new Insets(8, 10, 8, 10));
        for (var changed : List.of(search.textProperty(), from.textProperty(), to.textProperty())) {
            changed.addListener((o, a, b) -> refilter());
        }
        series.valueProperty().addListener((o, a, b) -> refilter());
        place.valueProperty().addListener((o, a, b) -> refilter());

        Label stripsTitle = new Label("Strips under the timeline");
        stripsTitle.getStyleClass().add("ts-section-title");
        Label stripsHint = new Label("Each ticked series is drawn on the timeline's axis and follows its date and"
                + " place filters.");
        stripsHint.setWrapText(true);
        stripsHint.getStyleClass().add("ts-muted");
        strips.setId("statistics-strips");
        VBox left = new VBox(8, stripsTitle, stripsHint, strips);
        left.setPadding(new Insets(10));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setMinWidth(220);

        VBox centre = new VBox(filters, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setMargin(count, new Insets(4, 10, 6, 10));
        SplitPane split = new SplitPane(leftScroll, centre);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(leftScroll, false);
        BorderPane root = new BorderPane(split);
        root.setId("statistics");
        Scene scene = new Scene(root, 1180, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        KeyCombination close = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || close.match(e)) {
                close();
                e.consume();
            }
        });
        setScene(scene);
        setMinWidth(760);
        setMinHeight(360);
        model.allProperty().addListener((o, a, b) -> reload());
        reload();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** The observations the table lists now, in its order (for tests and export). */
    public List<Indicator> listed() {
        return List.copyOf(table.getItems());
    }

    private void columns() {
        TableColumn<Indicator, String> name = column("Series", 300, Indicator::series);
        TableColumn<Indicator, PartialDate> period = new TableColumn<>("Period");
        period.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().period()));
        period.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(PartialDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.display());
            }
        });
        period.setPrefWidth(110);
        TableColumn<Indicator, String> where = column("Place", 110, i -> i.place() == null ? "" : i.place());
        TableColumn<Indicator, Indicator> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        value.setComparator(Comparator.comparingDouble(Indicator::value));
        value.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Indicator item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : SeriesStrip.valueText(item));
            }
        });
        value.setPrefWidth(200);
        TableColumn<Indicator, String> quote = column("Quote", 420, i -> "\u201c" + i.evidence().quote() + "\u201d");
        TableColumn<Indicator, String> note = column("Note", 260, i -> i.note() == null ? "" : i.note());
        table.getColumns().addAll(List.of(name, period, where, value, quote, note));
        table.getSortOrder().add(name);
    }

    private static TableColumn<Indicator, String> column(String title, double width,
                                                         java.util.function.Function<Indicator, String> text) {
        TableColumn<Indicator, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(text.apply(v.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void reload() {
        List<Indicator> all = model.allProperty().get();
        ((javafx.collections.ObservableList<Indicator>) shown.getSource()).setAll(all);
        List<String> names = new ArrayList<>(List.of(ALL));
        names.addAll(model.series());
        series.getItems().setAll(names);
        series.setValue(ALL);
        List<String> places = new ArrayList<>(List.of(ALL));
        places.addAll(new TreeSet<>(all.stream().map(Indicator::place).filter(p -> p != null && !p.isBlank()).toList()));
        place.getItems().setAll(places);
        place.setValue(ALL);
        strips.getChildren().clear();
        for (String s : model.series()) {
            long n = all.stream().filter(i -> i.series().equals(s)).count();
            CheckBox box = new CheckBox(s + " (" + n + ")");
            box.setWrapText(true);
            box.setSelected(model.chosen().contains(s));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on && !model.chosen().contains(s)) {
                    model.chosen().add(s);
                } else if (!on) {
                    model.chosen().remove(s);
                }
            });
            strips.getChildren().add(box);
        }
        refilter();
    }

    private void refilter() {
        String words = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        String chosenSeries = series.getValue();
        String chosenPlace = place.getValue();
        PartialDate start = date(from);
        PartialDate end = date(to);
        shown.setPredicate(i -> (chosenSeries == null || chosenSeries.equals(ALL) || i.series().equals(chosenSeries))
                && (chosenPlace == null || chosenPlace.equals(ALL) || chosenPlace.equals(i.place()))
                && (start == null || !i.period().lastDay().isBefore(start.firstDay()))
                && (end == null || !i.period().firstDay().isAfter(end.lastDay()))
                && matches(i, words));
        count.setText(table.getItems().size() + " of " + model.allProperty().get().size() + " observations"
                + (start == null && !from.getText().isBlank() ? " — 'from' is not a date I can read" : "")
                + (end == null && !to.getText().isBlank() ? " — 'to' is not a date I can read" : ""));
    }

    private static PartialDate date(TextField field) {
        String text = field.getText() == null ? "" : field.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        org.timescope.service.edit.DateText.Result r = org.timescope.service.edit.DateText.parse(text);
        return r.ok() ? r.date() : null;
    }

    private static boolean matches(Indicator i, String words) {
        if (words.isEmpty()) {
            return true;
        }
        String all = String.join(" ", i.series(), SeriesStrip.valueText(i), i.period().display(),
                i.place() == null ? "" : i.place(), i.note() == null ? "" : i.note(), i.evidence().quote())
                .toLowerCase(Locale.ROOT);
        for (String w : words.split("\\s+")) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
