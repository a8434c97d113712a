package org.timescope.service.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.EventLink;
import org.timescope.model.LinkKind;

/**
 * Suggests "edition of the same series" links (decision 0032): events whose titles are the same once their edition
 * numbers are set aside — an ordinal ("19th", "Second") or a year ("… 2022") — and whose numbers differ. Each
 * edition is linked to the next one found (by edition number, then date): 18th → 19th → 20th, not every pair.
 * Titles are compared lower-cased, without accents or punctuation. Pairs already linked as a series are left out.
 */
public final class SeriesSuggestions {

    /** What the suggester needs of an event: its key, title and first day (epoch day). */
    public record Edition(String key, String title, long firstDay) {
    }

    /** A suggested link from the later edition to the earlier one, with both titles for the list. */
    public record Suggestion(EventLink link, String laterTitle, String earlierTitle) {
    }

    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,3})(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(1[6-9]|20)\\d\\d");
    private static final Set<String> IGNORED = Set.of("the", "a", "an");

    private SeriesSuggestions() {
    }

    /** The suggestions among these events, in date order of the later edition; {@code linked} says a pair is linked. */
    public static List<Suggestion> among(List<Edition> events, Predicate<EventLink> linked) {
        Map<String, List<Numbered>> series = new LinkedHashMap<>();
        for (Edition e : events) {
            Numbered n = numbered(e);
            if (n != null) {
                series.computeIfAbsent(n.signature(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (List<Numbered> editions : series.values()) {
            editions.sort(Comparator.comparing(Numbered::number).thenComparingLong(n -> n.event().firstDay())
                    .thenComparing(n -> n.event().key()));
            for (int i = 1; i < editions.size(); i++) {
                Numbered earlier = editions.get(i - 1);
                Numbered later = editions.get(i);
                if (earlier.number().equals(later.number())) {
                    continue; // the same edition twice: a duplicate, not a series
                }
                EventLink link = new EventLink(later.event().key(), earlier.event().key(), LinkKind.SERIES, null, List.of());
                if (!linked.test(link)) {
                    out.add(new Suggestion(link, later.event().title(), earlier.event().title()));
                }
            }
        }
        Map<String, Long> days = new LinkedHashMap<>();
        events.forEach(e -> days.put(e.key(), e.firstDay()));
        out.sort(Comparator.comparingLong((Suggestion s) -> days.get(s.link().from())).thenComparing(s -> s.link().key()));
        return out;
    }

    /** A title with its edition numbers set aside: the series' signature and the numbers, or null if it has none. */
    private record Numbered(Edition event, String signature, Key number) {
    }

    /** The edition numbers of a title in order, compared one by one. */
    private record Key(List<Integer> values) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            for (int i = 0; i < Math.min(values.size(), o.values.size()); i++) {
                int c = Integer.compare(values.get(i), o.values.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(values.size(), o.values.size());
        }
    }

    static Numbered numbered(Edition e) {
        String plain = Normalizer.normalize(e.title(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder signature = new StringBuilder();
        List<Integer> numbers = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || IGNORED.contains(word)) {
                continue;
            }
            Matcher m = NUMERIC.matcher(word);
            int ordinal = WORDS.indexOf(word);
            String token;
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
                token = "#ord";
            } else if (ordinal >= 0) {
                numbers.add(ordinal + 1);
                token = "#ord";
            } else if (YEAR.matcher(word).matches()) {
                numbers.add(Integer.parseInt(word));
                token = "#year";
            } else {
                token = word;
            }
            signature.append(token).append(' ');
        }
        return numbers.isEmpty() ? null : new Numbered(e, signature.toString(), new Key(numbers));
    }
}
