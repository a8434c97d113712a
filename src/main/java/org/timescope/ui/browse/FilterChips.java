package org.timescope.ui.browse;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;

/**
 * The active filters as removable chips ("Theme: Copyright ×") with a "Clear all" at the end; hidden,
 * and taking no room, when nothing is filtered.
 */
public final class FilterChips extends FlowPane {

    private final BrowserModel model;
    private final Runnable clearText;
    private final Runnable clearAll;

    /**
     * @param clearText removes the text filter (the search field owns it)
     * @param clearAll  removes every filter, text included
     */
    public FilterChips(BrowserModel model, Runnable clearText, Runnable clearAll) {
        super(6, 4);
        this.model = model;
        this.clearText = clearText;
        this.clearAll = clearAll;
        setId("chips");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("ts-chips");
        managedProperty().bind(visibleProperty());
        model.filterProperty().addListener((o, a, f) -> show(f));
        show(model.getFilter());
    }

    private void show(EventFilter f) {
        getChildren().clear();
        f.organisations().forEach(v -> getChildren().add(chip("Organisation", v,
                () -> model.update(x -> x.withOrganisations(minus(x.organisations(), v))))));
        f.themes().forEach(v -> getChildren().add(chip("Theme", v,
                () -> model.update(x -> x.withThemes(minus(x.themes(), v))))));
        f.people().forEach(v -> getChildren().add(chip("Person", v,
                () -> model.update(x -> x.withPeople(minus(x.people(), v))))));
        f.places().forEach(v -> getChildren().add(chip("Place", v,
                () -> model.update(x -> x.withPlaces(minus(x.places(), v))))));
        if (f.from() != null || f.to() != null) {
            getChildren().add(chip("Dates", range(f.from(), f.to()), () -> model.update(x -> x.withDates(null, null))));
        }
        if (f.text() != null) {
            getChildren().add(chip("Text", "“" + f.text() + "”", clearText));
            // a long query is cut on the chip: its tooltip has it whole
            ((Button) getChildren().get(getChildren().size() - 1)).setTooltip(new Tooltip("“" + f.text()
                    + "” — remove this filter"));
        }
        if (!getChildren().isEmpty()) {
            Button clear = new Button("Clear all");
            clear.getStyleClass().addAll("flat", "small");
            clear.setOnAction(e -> clearAll.run());
            getChildren().add(clear);
        }
        setVisible(!getChildren().isEmpty());
    }

    /** The most characters of a value a chip shows (its tooltip has it whole). */
    static final int CHIP_MAX_CHARS = 48;

    private static String range(PartialDate from, PartialDate to) {
        return (from == null ? "…" : from.display()) + " – " + (to == null ? "…" : to.display());
    }

    private static Button chip(String facet, String value, Runnable remove) {
        // a long value (a pasted paragraph searched) ends in "…", so the row of chips keeps the window's width
        String shown = value.length() > CHIP_MAX_CHARS ? value.substring(0, CHIP_MAX_CHARS - 1).strip() + "…" : value;
        Button b = new Button(facet + ": " + shown, new FontIcon("mdi2c-close"));
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.getStyleClass().addAll("ts-chip", "small");
        b.setTooltip(new Tooltip("Remove this filter"));
        b.setOnAction(e -> remove.run());
        return b;
    }

    private static Set<String> minus(Set<String> set, String value) {
        Set<String> next = new LinkedHashSet<>(set);
        next.remove(value);
        return next;
    }
}
