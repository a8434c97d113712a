package org.timescope.model;

import java.util.List;
import java.util.Objects;

/**
 * One dated event. {@code key} is its stable identifier in files; {@code when} its date at the precision
 * the sources support. {@code approximate} marks a date the source gives loosely; {@code inferred} marks a
 * date (or part of it) not stated outright, with {@code dateNote} saying how it was worked out.
 * Named TimelineEvent so it never clashes with javafx.event.Event.
 */
public record TimelineEvent(String key, String title, String summary, String category, DateSpan when,
                            boolean approximate, boolean inferred, String dateNote,
                            List<String> places, List<OrganisationRole> organisations, List<String> themes,
                            List<PersonRole> people, List<Evidence> evidence) {
    public TimelineEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
        themes = List.copyOf(themes);
        people = List.copyOf(people);
        evidence = List.copyOf(evidence);
    }

    /** Each organisation once, in the order first named. */
    public List<String> organisationNames() {
        return organisations.stream().map(OrganisationRole::organisation).distinct().toList();
    }
}
