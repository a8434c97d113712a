package org.timescope.exchange.article;

import java.time.MonthDay;
import org.timescope.model.PartialDate;

/**
 * A date found in a sentence: where it is, what it resolves to (null when the year cannot be known), and
 * how it was resolved. {@code until} is set for ranges such as "Dec 8-9". {@code openDay} is the month and
 * day of a date whose year the text does not settle ("On Wednesday 4 December" in an undated article):
 * reported so that the reader can complete it, never stored without a year.
 */
record DateMention(int start, int end, String text, PartialDate date, PartialDate until, boolean inferred,
                   boolean approximate, String note, MonthDay openDay, MonthDay openUntil) {

    DateMention(int start, int end, String text, PartialDate date, PartialDate until, boolean inferred,
                boolean approximate, String note) {
        this(start, end, text, date, until, inferred, approximate, note, null, null);
    }

    boolean resolved() {
        return date != null;
    }

    /** Resolved, or at least its month and day are known. */
    boolean placed() {
        return date != null || openDay != null;
    }
}
