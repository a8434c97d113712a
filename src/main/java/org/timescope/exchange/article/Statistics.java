package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.Precision;
import org.timescope.model.Source;

/**
 * Statistics in an article (a number of patents granted in a year, a ranking): sentences that report figures
 * are indicator observations, not events, and their numbers become indicator candidates with the
 * period, place and quote.
 */
final class Statistics {

    // a number starts where no digit, comma or point is before it, so a long run of digits is tried once
    // (from every position it would take time in the square of its length)
    private static final Pattern NUMBER = Pattern.compile("(?:(over|more than|about|nearly|almost|around|up to)\\s+)?"
            + "(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d++(?:\\.\\d++)?)\\s*(million|billion|percent|%)?");
    private static final Pattern FIGURES = Pattern.compile("(?<![\\d,.])\\d[\\d,.]*+\\s*(percent|%|million)|\\btop \\d+"
            + "|\\b\\d++(st|nd|rd|th)\\s+to\\s+|per 10,000|\\brank", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAT_WORDS = Pattern.compile("\\b(patents?|PCT|applications|cases|per 10,000|"
            + "seized|products|items|rank(?:ing|ed)?|growth|increase)\\b", Pattern.CASE_INSENSITIVE);

    /** Figures reported with a verb that could trigger an event: statistics, not events. */
    static boolean isStatistic(String sentence, Triggers.Trigger trigger) {
        boolean figures = FIGURES.matcher(sentence).find();
        return figures && Set.of("statement", "publication", "meeting").contains(trigger.category());
    }

    /** Numbers in a statistics sentence with its period: indicator candidates. */
    static List<Indicator> indicators(Sentences.Sentence s, List<DateMention> dates, Source source, Gazetteer g) {
        DateMention period = dates.stream().filter(DateMention::resolved).findFirst().orElse(null);
        if (period == null) {
            return List.of();
        }
        List<Indicator> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s.text());
        while (m.find()) {
            if (m.start(2) >= period.start() && m.end(2) <= period.end() || ArticleExtractor.YEAR_TOKEN.matcher(m.group(2)).matches()
                    && m.group(3) == null) {
                continue; // the period itself, or a year
            }
            double value = Double.parseDouble(m.group(2).replace(",", ""));
            String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            value *= scale.equals("million") ? 1e6 : scale.equals("billion") ? 1e9 : 1;
            String unit = scale.equals("percent") || scale.equals("%") ? "%" : null;
            String series = series(s.text(), m.end());
            if (series == null) {
                continue;
            }
            List<String> places = Entities.places(s.text(), g);
            out.add(new Indicator(series, places.isEmpty() ? null : places.get(0), period.date().truncatedTo(Precision.YEAR),
                    value, unit, m.group(1), period.inferred() ? period.note() : null,
                    Evidence.at(source.key(), source.text().substring(s.start(), s.end()), s.start())));
        }
        return out;
    }

    /** The words after a number, up to a comma or six words: "patents were granted in Shanghai". */
    /**
     * What a figure counts, named as a researcher would list it: the words after the number up to where the clause
     * goes on ("1,250 patent applications were filed by small firms in 2023" → "patent applications filed";
     * "4,300 patents granted in Harbour City" → "patents granted"): a verb's participle is kept, the place, agent
     * and period that follow are not (the observation has its own place and period).
     */
    static String series(String s, int from) {
        String rest = s.substring(from).strip();
        Matcher cut = Pattern.compile("^((?:[^,;.()]|(?<=\\d)[,.](?=\\d)){3,80})").matcher(rest);
        if (!cut.find()) {
            return null;
        }
        String[] words = cut.group(1).strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length && kept.size() < 6; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (AUXILIARY.contains(w)) {
                if (i + 1 < words.length && PARTICIPLE.matcher(words[i + 1]).matches()) {
                    kept.add(words[i + 1]); // "were filed" → "filed"
                }
                break;
            }
            if (!kept.isEmpty() && CLAUSE_GOES_ON.contains(w)) {
                break;
            }
            kept.add(words[i]);
            if (kept.size() > 1 && PARTICIPLE.matcher(words[i]).matches()) {
                break; // "patents granted in …": the participle ends the name
            }
        }
        String series = String.join(" ", kept);
        return STAT_WORDS.matcher(series).find() || series.matches("(?i)(percent|%).*") ? series : null;
    }

    /** Words after which a figure's name has ended and its clause goes on. */
    private static final Set<String> AUXILIARY = Set.of("were", "was", "are", "is", "have", "has", "had", "will",
            "would", "could", "can", "may", "be", "been");
    private static final Set<String> CLAUSE_GOES_ON = Set.of("in", "by", "at", "on", "during", "since", "from", "to",
            "between", "compared", "against", "than", "as", "over", "across", "within", "this", "last", "that",
            "which", "who", "and", "while", "according");
    /** A past participle that names what was done to the things counted (granted, filed, seized, handled …). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)[a-z]{3,}ed|seen|made|taken|given|brought|won|held");

    /** Whether a sentence talks about countable things (patents, cases, rankings …). */
    static boolean mentionsFigures(String sentence) {
        return STAT_WORDS.matcher(sentence).find();
    }

    private Statistics() {
    }
}
