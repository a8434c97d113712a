package org.timescope.ui.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.RangeSlider;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Theme;
import org.timescope.render.PaintStyle;
import org.timescope.render.Rgb;
import org.timescope.service.FacetFilter;

/**
 * The filter panel: organisations (by hierarchy), themes (with their colours), people and places as
 * searchable checklists with counts, and a year range. OR within a list, AND across lists.
 */
public final class FilterPanel extends ScrollPane {

    private final BrowserModel model;
    private final FacetList organisations;
    private final FacetList themes;
    private final FacetList people;
    private final FacetList places;
    private final RangeSlider years;
    private final Label yearLabel = new Label();
    private final int minYear;
    private final int maxYear;
    private boolean syncing;

    public FilterPanel(BrowserModel model, PaintStyle style) {
        this.model = model;
        setId("filters");
        getStyleClass().add("ts-filter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        organisations = new FacetList("org-filter", "Search organisations", orgRows(model.organisations()),
                names -> model.update(f -> f.withOrganisations(names)));
        themes = new FacetList("theme-filter", "Search themes", themeRows(model.themes(), style),
                names -> model.update(f -> f.withThemes(names)));
        people = new FacetList("person-filter", "Search people",
                model.people().stream().map(p -> new FacetList.Row(p, 0, null, null, null)).toList(),
                names -> model.update(f -> f.withPeople(names)));
        places = new FacetList("place-filter", "Search places", placeRows(model.places()),
                names -> model.update(f -> f.withPlaces(names)));
        int[] range = yearRange(model.all());
        minYear = range[0];
        maxYear = range[1];
        years = new RangeSlider(minYear, maxYear, minYear, maxYear);
        years.setId("year-range");
        years.setShowTickLabels(true);
        years.setShowTickMarks(true);
        years.setMajorTickUnit(Math.max(1, Math.ceil((maxYear - minYear) / 4.0))); // whole years
        years.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number year) {
                return Long.toString(Math.round(year.doubleValue())); // 2016, not "2,016"
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text.strip());
            }
        });
        years.setMinorTickCount(0);
        years.setSnapToTicks(false);
        years.setBlockIncrement(1);
        years.lowValueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                applyYears();
            }
        });
        years.highValueChangingProperty().addListener((o, a, changing) -> {
            if (!changing) {
                applyYears();
            }
        });
        years.lowValueProperty().addListener((o, a, b) -> showYears());
        years.highValueProperty().addListener((o, a, b) -> showYears());

        Button clear = new Button("Clear all");
        clear.setId("clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.setFilter(EventFilter.ALL.withText(model.getFilter().text())));
        Label title = new Label("Filters");
        title.getStyleClass().add("ts-panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(title, spacer, clear);
        head.setAlignment(Pos.CENTER_LEFT);
        Label semantics = new Label("Any ticked value within a list; all lists together.");
        semantics.getStyleClass().add("ts-muted");
        semantics.setWrapText(true);

        VBox dates = new VBox(6, yearLabel, years);
        dates.setPadding(new Insets(4, 10, 14, 10));
        VBox content = new VBox(6, head, semantics,
                pane("Organisations", organisations, true), pane("Themes", themes, true),
                pane("Dates", dates, true), pane("People", people, false), pane("Places", places, false));
        content.setPadding(new Insets(8));
        setContent(content);

        model.filterProperty().addListener((o, a, f) -> sync(f));
        model.countsProperty().addListener((o, a, c) -> counts(c));
        sync(model.getFilter());
        counts(model.countsProperty().get());
    }

    private static TitledPane pane(String title, javafx.scene.Node content, boolean expanded) {
        TitledPane pane = new TitledPane(title, content);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        pane.getStyleClass().add(Styles.DENSE); // room for names, not for padding
        return pane;
    }

    private void counts(FacetFilter.Counts c) {
        organisations.setCounts(c.organisations());
        themes.setCounts(c.themes());
        people.setCounts(c.people());
        places.setCounts(c.places());
    }

    private void sync(EventFilter f) {
        syncing = true;
        try {
            organisations.setSelected(f.organisations());
            themes.setSelected(f.themes());
            people.setSelected(f.people());
            places.setSelected(f.places());
            years.setLowValue(f.from() == null ? minYear : Math.max(minYear, f.from().year()));
            years.setHighValue(f.to() == null ? maxYear : Math.min(maxYear, f.to().year()));
            showYears();
        } finally {
            syncing = false;
        }
    }

    private void showYears() {
        yearLabel.setText(Math.round(years.getLowValue()) + " – " + Math.round(years.getHighValue()));
    }

    private void applyYears() {
        if (syncing) {
            return;
        }
        int low = (int) Math.round(years.getLowValue());
        int high = (int) Math.round(years.getHighValue());
        PartialDate from = low <= minYear ? null : PartialDate.ofYear(low);
        PartialDate to = high >= maxYear ? null : PartialDate.ofYear(high);
        EventFilter f = model.getFilter();
        if (!Objects.equals(from, f.from()) || !Objects.equals(to, f.to())) {
            model.update(x -> x.withDates(from, to));
        }
    }

    private static int[] yearRange(org.timescope.timeline.layout.EventIndex all) {
        if (all.size() == 0) {
            int now = LocalDate.now().getYear();
            return new int[] {now - 1, now};
        }
        int min = LocalDate.ofEpochDay((long) all.minDay()).getYear();
        int max = LocalDate.ofEpochDay((long) all.maxDay() - 1).getYear();
        return new int[] {min, Math.max(max, min + 1)};
    }

    static List<FacetList.Row> orgRows(List<Organisation> organisations) {
        return tree(organisations, Organisation::name, Organisation::parent,
                o -> o.kind().label() + (o.acronym() == null ? "" : " · " + o.acronym())
                        + (o.aliases().isEmpty() ? "" : "\nAlso: " + String.join("; ", o.aliases())));
    }

    static List<FacetList.Row> placeRows(List<Place> places) {
        return tree(places, Place::name, Place::parent, Place::kind);
    }

    private static List<FacetList.Row> themeRows(List<Theme> themes, PaintStyle style) {
        List<FacetList.Row> rows = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            Rgb c = style.theme(i);
            rows.add(new FacetList.Row(themes.get(i).name(), 0, null, Color.rgb(c.r(), c.g(), c.b()),
                    themes.get(i).description()));
        }
        return rows;
    }

    /** Rows in tree order: each parent followed by its children, siblings alphabetically. */
    private static <T> List<FacetList.Row> tree(List<T> items, Function<T, String> name, Function<T, String> parent,
                                                Function<T, String> description) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name, NaturalOrder.INSTANCE));
        // each name's children (null: the top level) in one pass, not a scan of all items for every item
        Map<String, List<T>> children = new HashMap<>();
        for (T item : sorted) {
            children.computeIfAbsent(parent.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<FacetList.Row> rows = new ArrayList<>();
        addChildren(rows, children, null, 0, name, description);
        return rows;
    }

    private static <T> void addChildren(List<FacetList.Row> rows, Map<String, List<T>> children, String of, int depth,
                                        Function<T, String> name, Function<T, String> description) {
        for (T item : children.getOrDefault(of, List.of())) {
            rows.add(new FacetList.Row(name.apply(item), depth, of, null, description.apply(item)));
            addChildren(rows, children, name.apply(item), depth + 1, name, description);
        }
    }

    /** For tests: the counts the lists show. */
    Map<String, Integer> organisationCounts() {
        return model.countsProperty().get().organisations();
    }
}
