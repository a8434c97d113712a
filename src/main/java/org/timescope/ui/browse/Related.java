package org.timescope.ui.browse;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.timescope.model.TimelineEvent;

/**
 * Related events: the same series (the title without ordinals, years and "2021"-style editions, e.g. the
 * sessions of one forum or editions of the same forum), then those sharing most organisations.
 */
final class Related {
    private static final Pattern EDITION = Pattern.compile("\\b(\\d{1,2}(st|nd|rd|th)|\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Related() {
    }

    static List<TimelineEvent> of(TimelineEvent event, List<TimelineEvent> all, int max) {
        Set<String> orgs = new HashSet<>(event.organisationNames());
        String series = series(event.title());
        return all.stream()
                .filter(e -> !e.key().equals(event.key()))
                .filter(e -> sameSeries(series, e) || shared(orgs, e) > 0)
                .sorted(Comparator.comparingInt((TimelineEvent e) -> sameSeries(series, e) ? 0 : 1)
                        .thenComparingInt(e -> -shared(orgs, e))
                        .thenComparing(e -> e.when()))
                .limit(max)
                .toList();
    }

    private static boolean sameSeries(String series, TimelineEvent e) {
        String other = series(e.title());
        return series.length() > 12 && (other.contains(series) || series.contains(other) && other.length() > 12);
    }

    private static int shared(Set<String> orgs, TimelineEvent e) {
        int n = 0;
        for (String o : e.organisationNames()) {
            if (orgs.contains(o)) {
                n++;
            }
        }
        return n;
    }

    static String series(String title) {
        return EDITION.matcher(title.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ")
                .replaceAll("\\b(opens|held|presented|sessions? of the|parallel session:)\\b", " ")
                .replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }
}
