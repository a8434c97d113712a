package org.timescope.exchange.article;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PersonRole;

/**
 * A short title for a candidate: the named thing the sentence is about ("19th Shanghai International
 * Intellectual Property Forum", "Shanghai IP Protection Center", "cooperation agreement") and what
 * happened to it; for statements, who spoke and the first words; otherwise the sentence's first words.
 */
final class Titles {
    private static final String NOUNS = "Forum|Conference|Meeting|Summit|Ceremony|Awards|Award|Agreement|Week|"
            + "Session|Sessions|Exhibition|Fair|Expo|Seminar|Symposium|Workshop|Round-table|Round Table|Center|Centre|"
            + "Office|Offices|College|Programme|Program|Plan|Festival|Competition";
    // a phrase starts where no word character (or ' ’ ( ) & -) is before it and takes each word whole, so a
    // long token is tried once rather than from each of its characters (time in the square of its length)
    private static final Pattern NAMED = Pattern.compile("(?<![\\w'’()&-])((?:\\d{4}\\s+|\\d{1,3}(?:st|nd|rd|th)\\s+)?"
            + "(?:\\(?[A-Z0-9][\\w'’()&-]*+\\s+){0,9}(?:" + NOUNS + ")(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?"
            + "(?:[A-Z][\\w'’&-]*\\s*){1,8})?)");
    private static final Pattern COMMON = Pattern.compile("\\b((?:(?<![\\w-])(?:[a-z0-9][\\w-]*+\\s+){1,4})?)((?i:round table meeting|round-table meeting|forum|meeting|agreement|conference|"
            + "ceremony|round table|round-table|offices?|centre|center|college|programme|awards?|sessions?))\\b");
    private static final Set<String> DROP = Set.of("a", "an", "the", "two", "sides", "signed", "held", "set", "up",
            "jointly", "was", "were", "also", "and", "its", "their", "of", "to", "on", "in", "by", "with", "has", "have",
            "they", "it", "we", "he", "she", "this", "that", "these", "those", "visited", "his", "her", "our", "team");

    private Titles() {
    }

    /** The named thing a sentence is about ("19th Shanghai International … Forum"), or null. */
    static String phrase(String sentence) {
        Matcher m = NAMED.matcher(sentence);
        String best = null;
        while (m.find()) {
            String phrase = m.group(1).replaceFirst("^(The|This|That|A|An)\\s+", "").strip();
            if (phrase.split("\\s+").length >= 2 && (best == null || phrase.length() > best.length())) {
                best = phrase;
            }
        }
        return best;
    }

    /** The event word of a phrase ("Forum"), for recognising "the forum" in later sentences. */
    static String head(String phrase) {
        Matcher m = Pattern.compile("(?i)\\b(" + NOUNS + ")\\b").matcher(phrase);
        return m.find() ? m.group(1) : null;
    }

    static String make(String sentence, Triggers.Trigger trigger, List<PersonRole> people) {
        if (trigger.category().equals("statement")) {
            String who = people.isEmpty() ? null : (people.get(0).role() == null ? "" : people.get(0).role() + " ")
                    + people.get(0).name();
            Matcher that = Pattern.compile("\\b(?:said|says|announced)\\b[^.]*?\\bthat\\s+(.+)").matcher(sentence);
            String content = that.find() ? that.group(1) : sentence.replaceFirst("^[“\"]", "");
            String what = words(content, 9);
            return who == null ? what : who + ": " + what;
        }
        String best = about(sentence, trigger.start());
        if (best == null) {
            return words(sentence, 10);
        }
        String title = (best + " " + trigger.participle()).replaceAll("\\s+", " ");
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /**
     * What the event is about: the first named or common event noun phrase after the trigger ("held a
     * round-table", "presented the 4th … Awards"), else the last one before it ("The 19th … Forum … was opened").
     */
    static String about(String sentence, int trigger) {
        record Found(int start, String text) {
        }
        java.util.List<Found> found = new java.util.ArrayList<>();
        Matcher m = NAMED.matcher(sentence);
        while (m.find()) {
            String p = m.group(1).replaceFirst("^(The|This|That|A|An)\\s+", "").strip();
            if (p.split("\\s+").length >= 2) {
                found.add(new Found(m.start(1) + m.group(1).indexOf(p), p));
            }
        }
        Matcher c = COMMON.matcher(sentence);
        while (c.find()) {
            StringBuilder sb = new StringBuilder();
            for (String w : c.group(1).strip().split("\\s+")) {
                if (!w.isEmpty() && !DROP.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    sb.append(w).append(' ');
                }
            }
            int at = c.start(2);
            if (found.stream().noneMatch(f -> at >= f.start() && at < f.start() + f.text().length())) {
                found.add(new Found(c.start(2), (sb + c.group(2)).strip()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        boolean passive = sentence.substring(Math.min(sentence.length(), trigger)).matches("(?s)^\\S+\\s+by\\b.*");
        for (Found f : found) {
            if (f.start() > trigger && !passive) {
                return f.text();
            }
        }
        if (passive) {
            Found before = null;
            for (Found f : found) {
                if (f.start() < trigger) {
                    before = f;
                }
            }
            if (before != null) {
                return before.text();
            }
        }
        return found.isEmpty() ? null : found.get(found.size() - 1).text();
    }

    private static String words(String sentence, int n) {
        String[] w = sentence.strip().split("\\s+");
        if (w.length <= n) {
            return sentence.strip().replaceAll("[.,;:]$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[.,;:]$", "") + "…";
    }
}
