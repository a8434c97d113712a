package org.timescope.exchange.article;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tense a date is spoken of in, for resolving it: "on Monday" in "will open on Monday" is the Monday
 * after the reference, in "opened on Monday" the one before, and in "opens to the public on Wednesday" (the
 * news present for what is scheduled) the coming one. The verb of the date's clause decides, found by its
 * part of speech (OpenNLP, {@link Language}) and read by its form: a modal "will"/"shall" or "is to" / "is
 * set to" / "is expected to" looks ahead; a past tense or participle looks back; a present tense looks
 * ahead unless it reports speech ("says").
 */
final class Tenses {

    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|'ll|is to be|are to be|is scheduled to|"
            + "are scheduled to|is set to|are set to|is expected to|are expected to|is due to|are due to|"
            + "is going to|are going to|plans to|plan to|will be)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SPEECH = Set.of("says", "say", "tells", "notes", "adds", "stresses", "states",
            "reports", "shows", "indicates", "is", "are", "has", "have", "remains", "means", "marks");
    private static final Set<String> AHEAD = Set.of("will", "shall", "'ll", "wo");

    private Tenses() {
    }

    /** The tense of the clause the date at {@code at} is in. */
    static DateFinder.Tense at(String sentence, int at) {
        String before = sentence.substring(0, Math.max(0, Math.min(at, sentence.length())));
        int cut = Math.max(Math.max(before.lastIndexOf(" that "), before.lastIndexOf(';')), before.lastIndexOf(", "));
        String clause = cut >= 0 ? before.substring(cut) : before;
        if (FUTURE.matcher(clause).find()) {
            return DateFinder.Tense.FUTURE;
        }
        List<Language.Token> tokens = Language.tag(sentence);
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= at) {
            i++;
        }
        // the verb nearest the date in its clause: before it, else after it
        Language.Token verb = null;
        int verbAt = -1;
        for (int k = i - 1; k >= 0 && !boundary(tokens.get(k)); k--) {
            if (tokens.get(k).verb() || tokens.get(k).modal()) {
                verb = tokens.get(k);
                verbAt = k;
                break;
            }
        }
        if (verb == null) {
            int from = i;
            while (from < tokens.size() && boundary(tokens.get(from))) {
                from++; // "On July 15, 2022, Commissioner Lee delivered …"
            }
            for (int k = from; k < tokens.size() && !boundary(tokens.get(k)); k++) {
                if (tokens.get(k).verb() || tokens.get(k).modal()) {
                    verb = tokens.get(k);
                    verbAt = k;
                    break;
                }
            }
        }
        if (verb == null) {
            return DateFinder.Tense.PAST;
        }
        // "will be held", "is to open": the auxiliary before the verb says when
        for (int k = verbAt; k >= Math.max(0, verbAt - 3); k--) {
            Language.Token t = tokens.get(k);
            if (t.modal() && AHEAD.contains(t.lower())) {
                return DateFinder.Tense.FUTURE;
            }
            if (t.past()) {
                return DateFinder.Tense.PAST;
            }
        }
        if (verb.present() && !SPEECH.contains(verb.lower()) && sentence.strip().endsWith(".")) {
            return DateFinder.Tense.PRESENT;
        }
        return DateFinder.Tense.PAST;
    }

    private static boolean hasAuxiliaryBefore(List<Language.Token> tokens, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            String w = tokens.get(j).lower();
            if (Set.of("was", "were", "had", "has", "have", "been").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(Language.Token t) {
        return t.text().equals(",") || t.text().equals(";") || t.lower().equals("that") || t.text().equals("--");
    }

    /** Whether the sentence as a whole looks ahead (for telling an address's date from the text's). */
    static DateFinder.Tense of(String sentence) {
        return FUTURE.matcher(sentence).find() ? DateFinder.Tense.FUTURE : DateFinder.Tense.PAST;
    }
}
