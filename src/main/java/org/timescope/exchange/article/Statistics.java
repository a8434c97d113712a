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
            series = withVerbBefore(series, s.text(), m.start());
            String part = partOfYear(around(s.text(), m.start(), m.end()));
            if (part != null) {
                series += " (" + part + ")"; // a half-year's figure is not the year's: a series of its own
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

    /**
     * "China granted 433,000 invention patents": the verb that says what was done to the things counted comes before
     * the number, and the name gets it ("invention patents granted") unless the words after the number already
     * have one. Only verbs that report such a count are taken, the nearest before the number in its sentence.
     */
    static String withVerbBefore(String series, String sentence, int numberStart) {
        String[] words = series.split(" ");
        if (PARTICIPLE.matcher(words[words.length - 1]).matches()) {
            return series;
        }
        Matcher verb = COUNTING_VERB.matcher(sentence.substring(0, numberStart));
        String last = null;
        while (verb.find()) {
            last = verb.group(1).toLowerCase(Locale.ROOT);
        }
        return last == null ? series : series + " " + last;
    }

    private static final Pattern COUNTING_VERB = Pattern.compile("(?i)\\b(granted|filed|registered|received|handled|"
            + "accepted|approved|issued|concluded|seized|examined|investigated|heard|closed|settled|resolved|prosecuted|"
            + "authori[sz]ed|recorded)\\b");

    /**
     * The part of a year a sentence's figures cover ("in the first six months", "first half", "first quarter",
     * "January to May"), as the months it spans ("January–June"), or null (a whole year, or a point in time such as
     * "by the end of June", which a stock's figure has).
     */
    static String partOfYear(String sentence) {
        String t = sentence.toLowerCase(Locale.ROOT);
        Matcher m = FIRST_MONTHS.matcher(t);
        if (m.find()) {
            int n = number(m.group(1));
            return n >= 1 && n <= 11 ? span(1, n) : null;
        }
        m = HALF.matcher(t);
        if (m.find()) {
            return m.group(1) != null && m.group(1).startsWith("f") || "h1".equals(m.group(2)) ? span(1, 6) : span(7, 12);
        }
        m = QUARTERS.matcher(t);
        if (m.find()) {
            int n = number(m.group(1));
            return n >= 1 && n <= 3 ? span(1, 3 * n) : null;
        }
        m = QUARTER.matcher(t);
        if (m.find()) {
            int q = m.group(1) != null ? List.of("first", "second", "third", "fourth").indexOf(m.group(1)) + 1
                    : m.group(2).charAt(1) - '0';
            return span(3 * q - 2, 3 * q);
        }
        m = MONTH_RANGE.matcher(t);
        if (m.find()) {
            int from = MONTHS.indexOf(m.group(1)) + 1;
            int to = MONTHS.indexOf(m.group(2)) + 1;
            return from < to && !(from == 1 && to == 12) ? span(from, to) : null;
        }
        return null;
    }

    /**
     * What a figure's period can be read from: the sentence up to the number and its own clause after it ("…
     * granted in the first half", not "…, up 10% from the first half of 2021").
     */
    static String around(String sentence, int numberStart, int numberEnd) {
        int end = numberEnd;
        while (end < sentence.length() && ",;(".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        return sentence.substring(0, numberStart) + " " + sentence.substring(numberEnd, end);
    }

    private static String span(int from, int to) {
        return name(from) + "–" + name(to);
    }

    private static String name(int month) {
        String m = MONTHS.get(month - 1);
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    private static int number(String word) {
        int at = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve").indexOf(word);
        return at >= 0 ? at + 1 : Integer.parseInt(word);
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String COUNT = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    private static final Pattern FIRST_MONTHS = Pattern.compile("\\bfirst " + COUNT + " months\\b");
    private static final Pattern HALF = Pattern.compile("\\b(first|second) half\\b(?! of the (?:century|decade))|\\b(h[12])\\b");
    private static final Pattern QUARTERS = Pattern.compile("\\bfirst " + COUNT + " quarters\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b(first|second|third|fourth) quarter\\b|\\b(q[1-4])\\b");
    private static final Pattern MONTH_RANGE = Pattern.compile("\\b(" + String.join("|", MONTHS) + ")\\s*(?:to|through|-|–)\\s*("
            + String.join("|", MONTHS) + ")\\b");

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
