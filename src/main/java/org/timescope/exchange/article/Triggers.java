package org.timescope.exchange.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words that make a dated sentence an event, with the kind of event and the participle for its title. */
final class Triggers {

    record Trigger(String word, String participle, String category, int start) {
    }

    private static final Pattern TRIGGER = Pattern.compile("\\b(held|opened|signed|inaugurated|inaugurate|"
            + "established|set up|presented|launched|met|released|issued|hosted|convened|unveiled|founded|graduated|"
            + "awarded|kicked off|concluded|announced|visited|said|says)\\b", Pattern.CASE_INSENSITIVE);
    /** "will hold", "plans to set up": intentions, not events. */
    private static final Pattern FUTURE = Pattern.compile("\\b(will|would|shall|plans? to|going to|aims? to|intends? to|"
            + "seeks? to|strives? to|wants? to|expected to)\\s+"
            + "(?:(?:also|further|jointly|continue to|strive to)\\s+)*$", Pattern.CASE_INSENSITIVE);
    /** "have issued", "has been awarded", "is well-established": states and records, not one dated event. */
    private static final Pattern PERFECT = Pattern.compile("\\b(has|have|had been|has been|have been|is|are|well-)\\s*"
            + "(?:(?:also|already|successfully|jointly)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "since the last forum was held": a clause that dates something else. */
    private static final Pattern CLAUSE = Pattern.compile("\\b(since|after|before|until|when|once)\\b[^,.;]{0,50}$",
            Pattern.CASE_INSENSITIVE);

    private Triggers() {
    }

    static Trigger find(String sentence) {
        Matcher m = TRIGGER.matcher(sentence);
        Trigger statement = null;
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            boolean speech = w.equals("said") || w.equals("says");
            if (!speech && PERFECT.matcher(before).find()) {
                return null; // "have issued …, established …": a record of achievements, not a dated event
            }
            if (!speech && (FUTURE.matcher(before).find() || CLAUSE.matcher(before).find())) {
                continue;
            }
            Trigger t = switch (w) {
                case "held", "hold", "hosted", "convened" -> new Trigger(w, "held", "meeting", m.start());
                case "opened", "kicked off" -> new Trigger(w, "opens", "forum", m.start());
                case "concluded" -> new Trigger(w, "concludes", "forum", m.start());
                case "signed" -> new Trigger(w, "signed", "agreement", m.start());
                case "inaugurated", "inaugurate" -> new Trigger(w, "inaugurated", "establishment", m.start());
                case "established", "set up", "founded", "unveiled" -> new Trigger(w, w, "establishment", m.start());
                case "launched" -> new Trigger(w, "launched", "programme", m.start());
                case "presented", "awarded" -> new Trigger(w, "presented", "award", m.start());
                case "met" -> new Trigger(w, "meeting", "meeting", m.start());
                case "released", "issued" -> new Trigger(w, "released", "publication", m.start());
                case "graduated" -> new Trigger(w, "graduate", "graduation", m.start());
                case "visited" -> new Trigger(w, "visit", "visit", m.start());
                default -> null;
            };
            if (t != null) {
                return t;
            }
            if (statement == null) {
                statement = new Trigger(w, "says", "statement", m.start());
            }
        }
        return statement;
    }
}
