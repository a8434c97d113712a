package org.timescope.ui.browse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts for a facet's values over a set of events, where a value also counts the events of the values
 * below it (an organisation counts its offices' events), each event once per value.
 */
final class Facets {
    private Facets() {
    }

    static <E> Map<String, Integer> count(List<E> events, Function<E, List<String>> values, Map<String, String> parents) {
        Map<String, Integer> counts = new HashMap<>();
        for (E e : events) {
            Set<String> seen = new HashSet<>();
            for (String v : values.apply(e)) {
                for (String at = v; at != null && seen.add(at.toLowerCase(java.util.Locale.ROOT)); at = parents.get(at)) {
                    counts.merge(at, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
