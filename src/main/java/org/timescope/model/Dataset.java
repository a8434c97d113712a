package org.timescope.model;

import java.util.List;

/**
 * Everything one file or one export holds: the vocabulary it needs (themes, organisations, places),
 * its sources, its events and its indicator observations.
 */
public record Dataset(List<Theme> themes, List<Organisation> organisations, List<Place> places,
                      List<Source> sources, List<TimelineEvent> events, List<Indicator> indicators) {
    public Dataset {
        themes = List.copyOf(themes);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        indicators = List.copyOf(indicators);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
