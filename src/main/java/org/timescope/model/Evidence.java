package org.timescope.model;

import java.util.Objects;

/**
 * A verbatim quote from a source that supports an event or an observation. {@code start} and
 * {@code end} are character offsets (UTF-16 code units, as in {@link String#substring(int, int)})
 * into the source's text, or -1 when the source has no stored text.
 */
public record Evidence(String sourceKey, String quote, int start, int end) {
    public Evidence {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(quote, "quote");
        if (start >= 0 && end - start != quote.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span the quote's "
                    + quote.length() + " characters");
        }
    }

    public static Evidence at(String sourceKey, String quote, int start) {
        return new Evidence(sourceKey, quote, start, start < 0 ? -1 : start + quote.length());
    }

    public boolean hasOffsets() {
        return start >= 0;
    }
}
