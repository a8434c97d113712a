package org.timescope.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;

/**
 * What the window restores on the next start: its size, split positions and appearance, whether the filters and
 * details panes are shown ({@code null}, in files saved before, is shown), and for each database the lane mode,
 * filters, time window and statistics strips last used with it.
 */
public record WindowState(double width, double height, boolean maximized, List<Double> bodyDividers,
                          List<Double> centreDividers, Boolean dark, Map<String, View> views,
                          Map<String, String> exportChoices, Boolean filtersPane, Boolean detailsPane) {

    /**
     * The per-database part. Dates and filters as text, so the file stays readable; {@code series} are the
     * statistics series drawn as strips under the timeline, in the order chosen (null in files saved before).
     */
    public record View(String laneMode, List<String> organisations, List<String> themes, List<String> people,
                       List<String> places, String from, String to, String text, Double windowStart,
                       Double windowEnd, List<String> series) {

        static View of(EventFilter f, String laneMode, Double windowStart, Double windowEnd, List<String> series) {
            return new View(laneMode, List.copyOf(f.organisations()), List.copyOf(f.themes()),
                    List.copyOf(f.people()), List.copyOf(f.places()),
                    f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(),
                    f.text(), windowStart, windowEnd, List.copyOf(series));
        }

        EventFilter filter() {
            return new EventFilter(set(organisations), set(themes), set(people), set(places), date(from), date(to), text);
        }

        private static Set<String> set(List<String> values) {
            return values == null ? Set.of() : new java.util.LinkedHashSet<>(values);
        }

        private static PartialDate date(String s) {
            return s == null ? null : PartialDate.parse(s);
        }
    }

    public static WindowState initial() {
        return new WindowState(1440, 900, false, null, null, null, new LinkedHashMap<>(), new LinkedHashMap<>(), null,
                null);
    }

    public WindowState withView(String database, View view) {
        Map<String, View> next = new LinkedHashMap<>(views == null ? Map.of() : views);
        next.put(database, view);
        return new WindowState(width, height, maximized, bodyDividers, centreDividers, dark, next, exportChoices,
                filtersPane, detailsPane);
    }
}
