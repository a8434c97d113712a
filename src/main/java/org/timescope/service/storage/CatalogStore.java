package org.timescope.service.storage;

import java.util.List;
import java.util.Map;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;

/** Reads the catalogue: themes, organisations, places, people and sources, and counts over them. */
public interface CatalogStore {

    /** Themes in vocabulary order (which fixes each theme's colour slot). */
    List<Theme> themes();

    /** Every organisation, parents before their children, each with its aliases. */
    List<Organisation> organisations();

    /** Every place, parents before their children. */
    List<Place> places();

    /** Every person's name, alphabetically. */
    List<String> people();

    List<Source> sources();

    StoreStats stats();

    /** Events per theme name. */
    Map<String, Integer> eventsPerTheme();

    /** Events per organisation name (its own events, children not included). */
    Map<String, Integer> eventsPerOrganisation();

    /** How many events use each entry of a catalogue list ({@code kind}: organisation, theme, person, place, source). */
    Map<String, Integer> usage(String kind);
}
