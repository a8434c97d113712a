package org.timescope.exchange.article;

import java.util.regex.Pattern;

/**
 * The tense a sentence speaks in, for resolving its relative dates: "on Monday" in "will open on Monday" is
 * the Monday after the reference, in "opened on Monday" the one before. Told from the auxiliaries and
 * phrases English news uses for what is still to come.
 */
final class Tenses {

    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|'ll|is to be|are to be|is scheduled to|"
            + "are scheduled to|is set to|are set to|is expected to|are expected to|is due to|are due to|"
            + "is going to|are going to|plans to|plan to|will be)\\b", Pattern.CASE_INSENSITIVE);

    private Tenses() {
    }

    /** The tense of the clause that leads up to position {@code at} ("said on Tuesday that … will" is past). */
    static DateFinder.Tense at(String sentence, int at) {
        String before = sentence.substring(0, Math.max(0, Math.min(at, sentence.length())));
        int cut = Math.max(Math.max(before.lastIndexOf(" that "), before.lastIndexOf(';')), before.lastIndexOf(", "));
        String clause = cut >= 0 ? before.substring(cut) : before;
        return FUTURE.matcher(clause).find() ? DateFinder.Tense.FUTURE : DateFinder.Tense.PAST;
    }

    static DateFinder.Tense of(String sentence) {
        return FUTURE.matcher(sentence).find() ? DateFinder.Tense.FUTURE : DateFinder.Tense.PAST;
    }
}
