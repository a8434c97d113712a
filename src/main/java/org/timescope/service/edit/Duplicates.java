package org.timescope.service.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.timescope.model.Evidence;
import org.timescope.model.TimelineEvent;

/**
 * Pairs of events that are likely one event recorded twice, for a curator to merge: their dates meet (the
 * intervals overlap or are at most {@code windowDays} apart) and their titles are alike (token Jaccard
 * similarity at least {@code minTitle}, after lower-casing, dropping accents, punctuation and stop words) or
 * they cite the same quote of the same source.
 *
 * <p>Each pair is scored 0–1: {@code 0.6 × title similarity + 0.3 if a quote is shared + 0.1 × date closeness}
 * (1 for overlapping dates, falling linearly to 0 at the window's edge). Pairs come sorted by score (highest
 * first), then by the first event's date and the keys, so the same events always give the same list.
 *
 * <p>Events are sorted by first day and each is compared only with those that start before its last day plus the
 * window: about n log n plus the pairs that meet in time, not n² (100,000 events: about a second).
 */
public final class Duplicates {

    /** "Within a few days": the default gap allowed between two events' dates. */
    public static final int DEFAULT_WINDOW_DAYS = 3;
    public static final double DEFAULT_MIN_TITLE = 0.5;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "and", "or", "by", "with", "from", "as", "its", "is", "was", "are", "were", "be", "into", "over", "s");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int windowDays;
    private final double minTitle;

    public Duplicates() {
        this(DEFAULT_WINDOW_DAYS, DEFAULT_MIN_TITLE);
    }

    public Duplicates(int windowDays, double minTitle) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the date window cannot be negative (" + windowDays + " days)");
        }
        if (minTitle <= 0 || minTitle > 1) {
            throw new IllegalArgumentException("the title similarity must be above 0 and at most 1 (" + minTitle + ")");
        }
        this.windowDays = windowDays;
        this.minTitle = minTitle;
    }

    /** Two likely duplicates: {@code first} is the earlier (then by key); what made them alike. */
    public record Pair(TimelineEvent first, TimelineEvent second, double score, double titleSimilarity,
                       boolean sharedQuote, long daysApart) {
    }

    /** The likely duplicate pairs among {@code events} scoring at least {@code minScore}, best first. */
    public List<Pair> find(List<TimelineEvent> events, double minScore) {
        int n = events.size();
        Integer[] order = new Integer[n];
        long[] first = new long[n];
        long[] last = new long[n];
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> quotes = new HashMap<>();
        int[][] tokens = new int[n][];
        int[][] cited = new int[n][];
        for (int i = 0; i < n; i++) {
            TimelineEvent e = events.get(i);
            order[i] = i;
            first[i] = e.when().firstDay().toEpochDay();
            last[i] = e.when().lastDay().toEpochDay();
            tokens[i] = ids(tokens(e.title()), words);
            cited[i] = ids(e.evidence().stream().map(Duplicates::quoteKey).toList(), quotes);
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> first[i]).thenComparing(i -> events.get(i).key()));
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int i = order[a];
            for (int b = a + 1; b < n && first[order[b]] <= last[i] + windowDays; b++) {
                int j = order[b];
                double title = jaccard(tokens[i], tokens[j]);
                boolean quote = intersects(cited[i], cited[j]);
                if (title < minTitle && !quote) {
                    continue;
                }
                long gap = Math.max(0, Math.max(first[j] - last[i], first[i] - last[j]));
                double score = Math.round((0.6 * title + (quote ? 0.3 : 0) + 0.1 * (1 - gap / (windowDays + 1.0))) * 100)
                        / 100.0;
                if (score >= minScore) {
                    pairs.add(new Pair(events.get(i), events.get(j), score, title, quote, gap));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparing(p -> p.first().when())
                .thenComparing(p -> p.first().key())
                .thenComparing(p -> p.second().key()));
        return pairs;
    }

    /** The words of a title that tell it apart: lower case, accents and punctuation dropped, no stop words. */
    static List<String> tokens(String title) {
        String plain = Normalizer.isNormalized(title, Normalizer.Form.NFD) ? title
                : MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(plain.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Token Jaccard similarity of two titles (0 when either has no words left). */
    public static double similarity(String a, String b) {
        Map<String, Integer> words = new HashMap<>();
        return jaccard(ids(tokens(a), words), ids(tokens(b), words));
    }

    private static String quoteKey(Evidence e) {
        return e.sourceKey().toLowerCase(Locale.ROOT) + "\n" + SPACES.matcher(e.quote().strip()).replaceAll(" ");
    }

    /** The distinct ids of the values, sorted. */
    private static int[] ids(List<String> values, Map<String, Integer> dictionary) {
        int[] out = new int[values.size()];
        for (int k = 0; k < out.length; k++) {
            Integer id = dictionary.get(values.get(k));
            if (id == null) {
                id = dictionary.size();
                dictionary.put(values.get(k), id);
            }
            out[k] = id;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int k = 0; k < out.length; k++) {
            if (k == 0 || out[k] != out[k - 1]) {
                out[distinct++] = out[k];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    private static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = common(a, b);
        return (double) common / (a.length + b.length - common);
    }

    private static boolean intersects(int[] a, int[] b) {
        return a.length > 0 && b.length > 0 && common(a, b) > 0;
    }

    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
