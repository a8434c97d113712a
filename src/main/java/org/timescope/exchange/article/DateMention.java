package org.timescope.exchange.article;

import org.timescope.model.PartialDate;

/**
 * A date found in a sentence: where it is, what it resolves to (null when the year cannot be known), and
 * how it was resolved. {@code end} is set for ranges such as "Dec 8-9".
 */
record DateMention(int start, int end, String text, PartialDate date, PartialDate until, boolean inferred,
                   boolean approximate, String note) {

    boolean resolved() {
        return date != null;
    }
}
