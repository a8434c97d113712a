package org.timescope.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed link between two events, named by their keys: {@code from} {@code kind} {@code to} ("2021-forum follows
 * 2020-forum"), a note and the verbatim quotes that support it. One (from, to, kind) is one link; an event does not
 * link to itself.
 */
public record EventLink(String from, String to, LinkKind kind, String note, List<Evidence> evidence) {
    public EventLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.equals(to)) {
            throw new IllegalArgumentException("an event cannot be linked to itself ('" + from + "')");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        evidence = List.copyOf(evidence);
    }

    /** The link's name in the change log and on the command line: "from|kind|to". */
    public String key() {
        return key(from, kind, to);
    }

    public static String key(String from, LinkKind kind, String to) {
        return from + "|" + kind.label() + "|" + to;
    }

    /** The parts of a {@link #key()}: from, kind, to. */
    public static String[] parts(String key) {
        String[] p = key.split("\\|", -1);
        if (p.length != 3) {
            throw new IllegalArgumentException("'" + key + "' does not name a link (from|kind|to)");
        }
        return p;
    }

    /** Whether this link concerns the event. */
    public boolean touches(String event) {
        return from.equals(event) || to.equals(event);
    }

    /** The event at the other end, seen from {@code event}. */
    public String other(String event) {
        return from.equals(event) ? to : from;
    }

    /** Whether two links join the same pair the same way: same kind, and same direction when the kind has one. */
    public boolean sameAs(String otherFrom, String otherTo, LinkKind otherKind) {
        if (kind != otherKind) {
            return false;
        }
        return from.equals(otherFrom) && to.equals(otherTo)
                || !kind.directed() && from.equals(otherTo) && to.equals(otherFrom);
    }

    public EventLink withEnds(String newFrom, String newTo) {
        return new EventLink(newFrom, newTo, kind, note, evidence);
    }
}
