package org.timescope.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which events to show, as the user named them: OR within each facet, AND across facets.
 * An empty facet does not restrict. Organisation and place names include their children.
 * The window and the command line share this one immutable value, so a view can be reproduced.
 */
public record EventFilter(Set<String> organisations, Set<String> themes, Set<String> people,
                          Set<String> places, PartialDate from, PartialDate to, String text) {

    public static final EventFilter ALL = new EventFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null);

    public EventFilter {
        organisations = copy(organisations);
        themes = copy(themes);
        people = copy(people);
        places = copy(places);
        text = text == null || text.isBlank() ? null : text.strip();
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    public boolean isEmpty() {
        return organisations.isEmpty() && themes.isEmpty() && people.isEmpty() && places.isEmpty()
                && from == null && to == null && text == null;
    }

    /** True when only facets that indicator observations also have (dates, place) are set. */
    public boolean appliesToIndicators() {
        return organisations.isEmpty() && themes.isEmpty() && people.isEmpty() && text == null;
    }

    /** The filter in words: "organisation WIPO and theme Copyright or Awards"; empty when nothing is set. */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!organisations.isEmpty()) {
            parts.add("organisation " + String.join(" or ", organisations));
        }
        if (!themes.isEmpty()) {
            parts.add("theme " + String.join(" or ", themes));
        }
        if (!people.isEmpty()) {
            parts.add("person " + String.join(" or ", people));
        }
        if (!places.isEmpty()) {
            parts.add("place " + String.join(" or ", places));
        }
        if (from != null || to != null) {
            parts.add("dates " + (from == null ? "…" : from.display()) + " – " + (to == null ? "…" : to.display()));
        }
        if (text != null) {
            parts.add("text “" + text + "”");
        }
        return String.join(" and ", parts);
    }

    public EventFilter withOrganisations(Set<String> value) {
        return new EventFilter(value, themes, people, places, from, to, text);
    }

    public EventFilter withThemes(Set<String> value) {
        return new EventFilter(organisations, value, people, places, from, to, text);
    }

    public EventFilter withPeople(Set<String> value) {
        return new EventFilter(organisations, themes, value, places, from, to, text);
    }

    public EventFilter withPlaces(Set<String> value) {
        return new EventFilter(organisations, themes, people, value, from, to, text);
    }

    public EventFilter withDates(PartialDate newFrom, PartialDate newTo) {
        return new EventFilter(organisations, themes, people, places, newFrom, newTo, text);
    }

    public EventFilter withText(String value) {
        return new EventFilter(organisations, themes, people, places, from, to, value);
    }
}
