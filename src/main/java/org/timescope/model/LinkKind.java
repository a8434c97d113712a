package org.timescope.model;

import java.util.Locale;

/**
 * The kinds of link between two events (decision 0032), with their direction and the words the detail pane uses
 * from either end. A directed link reads "from → to": {@code follows} — the from event follows from (comes after,
 * because of) the to event; {@code part-of} — from is part of to; {@code implements} — from implements to.
 * {@code series} (editions of one series) and {@code related} read the same from both ends.
 */
public enum LinkKind {
    SERIES("series", false, "edition of the same series as", "edition of the same series as"),
    FOLLOWS("follows", true, "follows from", "followed by"),
    PART_OF("part-of", true, "part of", "includes"),
    IMPLEMENTS("implements", true, "implements", "implemented by"),
    RELATED("related", false, "related to", "related to");

    private final String label;
    private final boolean directed;
    private final String outgoing;
    private final String incoming;

    LinkKind(String label, boolean directed, String outgoing, String incoming) {
        this.label = label;
        this.directed = directed;
        this.outgoing = outgoing;
        this.incoming = incoming;
    }

    /** The word files and the store use: series, follows, part-of, implements, related. */
    public String label() {
        return label;
    }

    /** Whether the link has a direction (an arrowhead on the timeline). */
    public boolean directed() {
        return directed;
    }

    /** The words for the other event, seen from the from event ("follows from") or the to event ("followed by"). */
    public String words(boolean fromSide) {
        return fromSide ? outgoing : incoming;
    }

    public static LinkKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LinkKind k : values()) {
            if (k.label.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a kind of link (series, follows, part-of, "
                + "implements or related)");
    }

    @Override
    public String toString() {
        return label;
    }
}
