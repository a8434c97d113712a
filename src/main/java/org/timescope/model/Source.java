package org.timescope.model;

import java.util.Objects;

/**
 * A document events are taken from. {@code text} is the full text that evidence offsets point into;
 * {@code published} may be partial or inferred, in which case {@code publishedNote} says how.
 * {@code key} is the stable identifier used in files ("seed-002").
 */
public record Source(String key, String title, String author, String publisher, String url,
                     PartialDate published, String publishedNote, String file, String text) {
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
    }
}
