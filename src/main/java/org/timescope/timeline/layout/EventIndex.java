package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.TimelineEvent;

/**
 * The filtered events in a form the layout can query fast: sorted by first day (then last day, then
 * key, so the order is deterministic), with each event's interval in days as primitive arrays.
 * An event covers [first, end): a month-precision event covers its whole month.
 */
public final class EventIndex {

    private final TimelineEvent[] events;
    private final double[] first;
    private final double[] end;
    private final int[] colour;
    private final double longest;
    private final Map<String, Integer> byKey = new HashMap<>();

    private EventIndex(List<TimelineEvent> sorted, List<String> themeOrder) {
        int n = sorted.size();
        events = sorted.toArray(TimelineEvent[]::new);
        first = new double[n];
        end = new double[n];
        colour = new int[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            TimelineEvent e = events[i];
            first[i] = e.when().firstDay().toEpochDay();
            end[i] = e.when().lastDay().toEpochDay() + 1;
            max = Math.max(max, end[i] - first[i]);
            colour[i] = e.themes().isEmpty() ? -1 : themeOrder.indexOf(e.themes().get(0));
            byKey.put(e.key(), i);
        }
        longest = max;
    }

    /** Indexes events; {@code themeOrder} fixes each theme's colour slot (the vocabulary order). */
    public static EventIndex of(List<TimelineEvent> events, List<String> themeOrder) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((TimelineEvent e) -> e.when().firstDay())
                .thenComparing(e -> e.when().lastDay())
                .thenComparing(TimelineEvent::key));
        return new EventIndex(sorted, themeOrder);
    }

    public static EventIndex empty() {
        return new EventIndex(List.of(), List.of());
    }

    public int size() {
        return events.length;
    }

    public TimelineEvent event(int i) {
        return events[i];
    }

    public double first(int i) {
        return first[i];
    }

    /** The day after the event's last day. */
    public double end(int i) {
        return end[i];
    }

    /** The event's colour slot: the position of its first theme in the vocabulary, or -1. */
    public int colour(int i) {
        return colour[i];
    }

    /** The position of the event with this key, or -1. */
    public int indexOf(String key) {
        return byKey.getOrDefault(key, -1);
    }

    /** The earliest first day, or NaN when empty. */
    public double minDay() {
        return events.length == 0 ? Double.NaN : first[0];
    }

    /** The latest end, or NaN when empty. */
    public double maxDay() {
        double max = Double.NaN;
        for (double e : end) {
            max = Double.isNaN(max) ? e : Math.max(max, e);
        }
        return max;
    }

    /** Events whose interval meets [fromDay, toDay), in index order. */
    public int[] overlapping(double fromDay, double toDay) {
        int lo = lowerBound(fromDay - longest);
        int hi = lowerBound(toDay);
        int[] out = new int[hi - lo];
        int n = 0;
        for (int i = lo; i < hi; i++) {
            if (end[i] > fromDay) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The first position whose first day is not below {@code day}. */
    private int lowerBound(double day) {
        int lo = 0;
        int hi = first.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many events start in each of {@code bins} equal slices of [fromDay, toDay). */
    public int[] histogram(double fromDay, double toDay, int bins) {
        int[] counts = new int[Math.max(bins, 1)];
        double width = (toDay - fromDay) / counts.length;
        if (!(width > 0)) {
            return counts;
        }
        for (double f : first) {
            int b = (int) Math.floor((f - fromDay) / width);
            if (b >= 0 && b < counts.length) {
                counts[b]++;
            }
        }
        return counts;
    }
}
