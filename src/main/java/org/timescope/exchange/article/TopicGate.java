package org.timescope.exchange.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article is about the field of the collection it is imported into, so that a marathon, a metro line or
 * a film award yields no candidates however many dated openings and ceremonies it reports. The field's words are
 * the built-in vocabulary of intellectual property (patents, trademarks, copyright, designs, geographical
 * indications, piracy and infringement, IP offices) and the collection's own: its themes' names as phrases
 * ({@link ThemePhrases}) and the bodies of its catalogue (names, acronyms, aliases). An article is on topic when it
 * names the field at least twice.
 */
final class TopicGate {

    private static final Pattern TERMS = Pattern.compile("\\b(intellectual[\\s-]+property|patents?|patentees?|patented|"
            + "trademarks?|trade marks?|copyrights?|industrial designs?|design patents?|geographical indications?|"
            + "trade secrets?|utility models?|piracy|pirated|counterfeit(?:ing|s)?|infringements?|infringing|"
            + "Hague (?:Agreement|System)|Madrid (?:Agreement|Protocol|System)|plant variet(?:y|ies))\\b",
            Pattern.CASE_INSENSITIVE);
    /** The field's abbreviations, as written (capitals), so that "ip" in a word or an address does not count. */
    private static final Pattern ABBREVIATIONS = Pattern.compile("\\b(IPRs?|IP|GIs|WIPO|PCT|TRIPS|IP5)\\b");
    private static final Pattern OFFICE = Pattern.compile("\\b[A-Z]{1,5}IPO\\b|\\b(?:USPTO|JPO|SIPO|CNIPA|NIPA|NCAC|EPO|"
            + "KIPO|EUIPO|UKIPO)\\b");
    /** Mentions needed: one stray "copyright" line at a page's foot does not make a topic. */
    static final int MINIMUM = 2;

    private TopicGate() {
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "and", "of", "to", "in", "on", "a",
            "is", "was", "for", "with", "said", "by", "at", "its", "that", "were", "has");

    /**
     * Whether the text reads as English: most of its letters are Latin and its commonest words ("the", "of", "said")
     * are at least one in twenty of its words.
     */
    static boolean english(String text) {
        Matcher w = Pattern.compile("\\p{L}+").matcher(text);
        int words = 0;
        int common = 0;
        while (w.find() && words < 5_000) {
            words++;
            if (ENGLISH.contains(w.group().toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        long letters = text.codePoints().filter(Character::isLetter).limit(50_000).count();
        long latin = text.codePoints().filter(Character::isLetter).limit(50_000)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return latin * 2 >= letters && (words < 8 || common * 20 >= words);
    }

    /** Null when the article is on topic; else why it is not, in words for the import notes. */
    static String offTopic(String text, Gazetteer g) {
        int hits = 0;
        String cleaned = text.replaceAll("(?im)^.*(?:copyright\\s*©|©|all rights reserved).*$", " ");
        Matcher m = TERMS.matcher(cleaned);
        while (m.find() && hits < MINIMUM) {
            hits++;
        }
        m = ABBREVIATIONS.matcher(cleaned);
        while (m.find() && hits < MINIMUM) {
            hits++;
        }
        m = OFFICE.matcher(cleaned);
        while (m.find() && hits < MINIMUM) {
            hits++;
        }
        Pattern themes = hits < MINIMUM ? ThemePhrases.any(g.themes()) : null;
        if (themes != null) {
            m = themes.matcher(cleaned);
            while (m.find() && hits < MINIMUM) {
                hits++;
            }
        }
        if (hits < MINIMUM) {
            String lower = cleaned.toLowerCase(Locale.ROOT);
            for (String form : g.organisations().keySet()) {
                if (form.length() >= 4 && lower.contains(form.toLowerCase(Locale.ROOT)) && ++hits >= MINIMUM) {
                    break;
                }
            }
        }
        if (hits < MINIMUM && !english(cleaned)) {
            return "the article does not read as English (Timescope's rules read news in English): no candidates are "
                    + "proposed";
        }
        return hits >= MINIMUM ? null : "the article does not read as news of the collection's field (it names no patents, "
                + "trademarks, copyright or IP offices, and none of the collection's themes or catalogued bodies): no "
                + "candidates are proposed";
    }
}
