package org.timescope.model;

import java.util.List;

/**
 * Everything one file or one export holds: the vocabulary it needs (themes, organisations, places),
 * its sources, its events, its indicator observations, its eras and the links between its events.
 */
public record Dataset(List<Theme> themes, List<Organisation> organisations, List<Place> places,
                      List<Source> sources, List<TimelineEvent> events, List<Indicator> indicators, List<Era> eras,
                      List<EventLink> links) {
    public Dataset {
        eras = List.copyOf(eras);
        links = List.copyOf(links);
        themes = List.copyOf(themes);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        indicators = List.copyOf(indicators);
    }

    /** A dataset without links. */
    public Dataset(List<Theme> themes, List<Organisation> organisations, List<Place> places, List<Source> sources,
                   List<TimelineEvent> events, List<Indicator> indicators, List<Era> eras) {
        this(themes, organisations, places, sources, events, indicators, eras, List.of());
    }

    /** A dataset without eras. */
    public Dataset(List<Theme> themes, List<Organisation> organisations, List<Place> places, List<Source> sources,
                   List<TimelineEvent> events, List<Indicator> indicators) {
        this(themes, organisations, places, sources, events, indicators, List.of());
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same dataset with these eras. */
    public Dataset withEras(List<Era> newEras) {
        return new Dataset(themes, organisations, places, sources, events, indicators, newEras, links);
    }

    /** The same dataset with these links between its events. */
    public Dataset withLinks(List<EventLink> newLinks) {
        return new Dataset(themes, organisations, places, sources, events, indicators, eras, newLinks);
    }
}
