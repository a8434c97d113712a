package org.timescope.model;

import java.util.Objects;

/**
 * One change of one field of one catalogue entry or event, as the change log keeps it: the entity kind
 * ({@code event}, {@code organisation}, {@code theme}, {@code person}, {@code place}, {@code source}), its
 * key at the time (an event's key, an entry's name, a source's key), the field and the values before and
 * after as JSON text. Field {@code *} is the whole entry: before is null when it was created, after is null
 * when it was deleted.
 */
public record Change(String entity, String key, String field, String before, String after) {
    public static final String WHOLE = "*";

    public Change {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(field, "field");
    }

    /** The same change the other way round. */
    public Change inverse() {
        return new Change(entity, key, field, after, before);
    }

    public boolean whole() {
        return WHOLE.equals(field);
    }
}
