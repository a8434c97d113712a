package org.timescope.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.StackPane;
import org.timescope.model.Indicator;

/**
 * The review dialog's Statistics tab: the figures an article reports (indicator observations), each ticked to
 * import or not and its series renamed in place; what is ticked goes in with the events ({@link #reviewed}). The
 * dialog marks a selected figure's sentence in the article; this tab says what importing it stores ({@link #about}).
 */
final class ReviewStatistics {

    /** A figure the article reports, as the reviewer leaves it: ticked or not, its series possibly renamed. */
    static final class StatisticRow {
        final Indicator indicator;
        final SimpleBooleanProperty accepted = new SimpleBooleanProperty(true);
        final SimpleStringProperty series;

        StatisticRow(Indicator indicator) {
            this.indicator = indicator;
            this.series = new SimpleStringProperty(indicator.series());
        }

        /** The observation as reviewed (a blank series name keeps the one found). */
        Indicator reviewed() {
            String name = series.get() == null || series.get().isBlank() ? indicator.series() : series.get().strip();
            Indicator i = indicator;
            return new Indicator(name, i.place(), i.period(), i.value(), i.unit(), i.qualifier(), i.note(), i.evidence());
        }

        String value() {
            double v = indicator.value();
            String number = v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                    : String.format(Locale.ROOT, "%,.2f", v);
            return (indicator.qualifier() == null ? "" : indicator.qualifier() + " ") + number
                    + (indicator.unit() == null ? "" : " " + indicator.unit());
        }

        /** Unticked, or its series renamed: something a re-read would lose. */
        boolean edited() {
            return !accepted.get() || !series.get().equals(indicator.series());
        }
    }

    private final ObservableList<StatisticRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.accepted, r.series});
    private final TableView<StatisticRow> table = new TableView<>(rows);

    /** @param selected told of the row selected (null when none) */
    ReviewStatistics(Consumer<StatisticRow> selected) {
        table.setId("statistics");
        table.setEditable(true);
        table.setPlaceholder(new Label("The article reports no figures Timescope could read"));
        TableColumn<StatisticRow, Boolean> take = importColumn(r -> r.accepted);
        TableColumn<StatisticRow, String> series = new TableColumn<>("Series (double-click to rename)");
        series.setCellValueFactory(c -> c.getValue().series);
        series.setCellFactory(TextFieldTableCell.forTableColumn());
        series.setPrefWidth(280);
        TableColumn<StatisticRow, String> period = new TableColumn<>("Period");
        period.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().indicator.period().toString()));
        period.setPrefWidth(90);
        TableColumn<StatisticRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value()));
        value.setPrefWidth(130);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<StatisticRow, String> place = new TableColumn<>("Place");
        place.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().indicator.place() == null ? "" : c.getValue().indicator.place()));
        place.setPrefWidth(140);
        table.getColumns().addAll(List.of(take, series, period, value, place));
        take.setMaxWidth(take.getMinWidth());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS); // as the Events tab's
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> selected.accept(row));
    }

    /** The tick that says whether a row is imported (the Events tab's too). */
    static <R> TableColumn<R, Boolean> importColumn(Function<R, BooleanProperty> accepted) {
        TableColumn<R, Boolean> take = new TableColumn<>("Import");
        take.setCellValueFactory(c -> accepted.apply(c.getValue()));
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setPrefWidth(70);
        take.setMinWidth(70);
        return take;
    }

    TableView<StatisticRow> table() {
        return table;
    }

    /** Shows these figures, every one ticked. */
    void fill(List<Indicator> figures) {
        rows.setAll(figures.stream().map(StatisticRow::new).toList());
    }

    int size() {
        return rows.size();
    }

    /** Calls {@code changed} whenever a figure is ticked, unticked or renamed, or the figures are replaced. */
    void onChange(Runnable changed) {
        rows.addListener((ListChangeListener<StatisticRow>) c -> changed.run());
    }

    boolean anyTicked() {
        return rows.stream().anyMatch(r -> r.accepted.get());
    }

    /** How many figures the reviewer has unticked or renamed. */
    long edited() {
        return rows.stream().filter(StatisticRow::edited).count();
    }

    /** The ticked figures, as reviewed. */
    List<Indicator> reviewed() {
        return rows.stream().filter(r -> r.accepted.get()).map(StatisticRow::reviewed).toList();
    }

    /** Selects the first figure when none is (nothing happens without figures). */
    void selectFirstIfNone() {
        if (selected() == null && !rows.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    StatisticRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** What importing {@code row} stores, for the pane beside the table. */
    static Label about(StatisticRow row) {
        Label about = new Label("A figure is stored as an observation of its series (Statistics in the View menu), "
                + "with this sentence as its evidence: " + row.value() + " for " + row.indicator.period()
                + (row.indicator.place() == null ? "" : " in " + row.indicator.place())
                + (row.indicator.note() == null ? "" : " — " + row.indicator.note())
                + ". Untick it to leave it out; double-click its series to rename it.");
        about.setWrapText(true);
        about.setPadding(new Insets(10));
        StackPane.setAlignment(about, Pos.TOP_LEFT);
        return about;
    }
}
