package org.timescope.service.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.timescope.model.Change;
import org.timescope.service.storage.ConflictException;
import org.timescope.service.storage.EditSession;
import org.timescope.service.storage.ImportMarks;
import org.timescope.service.storage.StorageException;

/**
 * Applies logged changes in a session. Each change first checks that what it replaces is still there — the
 * value before, as the editor saw it — so an edit of something another window or program changed in the
 * meantime is refused ({@link ConflictException}) instead of overwriting it.
 */
final class Applier {
    private Applier() {
    }

    /**
     * Applies changes in order; consecutive changes of fields of one entry are applied together, so that fields
     * that must agree (a start and an end) are never checked half-changed.
     */
    static void applyAll(EditSession s, java.util.List<Change> changes) {
        int i = 0;
        while (i < changes.size()) {
            Change first = changes.get(i);
            int j = i + 1;
            if (groupable(first)) {
                while (j < changes.size() && groupable(changes.get(j)) && changes.get(j).entity().equals(first.entity())
                        && changes.get(j).key().equals(first.key())) {
                    j++;
                }
            }
            if (j - i > 1) {
                fields(s, Kind.of(first.entity()), changes.subList(i, j));
            } else {
                apply(s, first);
            }
            i = j;
        }
    }

    private static boolean groupable(Change c) {
        return !c.whole() && !c.entity().equals("collection") && !c.field().equals(LinkMove.FIELD)
                && !c.field().equals(Kind.of(c.entity()).keyField());
    }

    /** Several fields of one entry (none of them its name): all checked, then written at once. */
    private static void fields(EditSession s, Kind kind, java.util.List<Change> changes) {
        String key = changes.get(0).key();
        ObjectNode current = kind.read(s, key).orElseThrow(() -> new ConflictException(kind.label() + " '" + key
                + "' was removed or renamed elsewhere; nothing was saved"));
        for (Change c : changes) {
            JsonNode now = current.path(c.field());
            if (!same(now, Images.parse(c.before()))) {
                throw new ConflictException(kind.label() + " '" + key + "': " + c.field() + " was changed elsewhere (it is "
                        + "now " + (now.isMissingNode() || now.isNull() ? "empty" : Images.text(now)) + "); nothing was saved");
            }
        }
        for (Change c : changes) {
            current.set(c.field(), Images.parse(c.after()));
        }
        kind.update(s, key, current);
    }

    static void apply(EditSession s, Change c) {
        if (c.entity().equals("collection")) {
            applyImport(s, c);
            return;
        }
        if (c.field().equals(LinkMove.FIELD)) {
            s.replaceLinks(c.entity(), LinkMove.parse(c.before()), LinkMove.parse(c.after()));
            return;
        }
        Kind kind = Kind.of(c.entity());
        if (c.whole()) {
            whole(s, kind, c);
        } else {
            field(s, kind, c);
        }
    }

    private static void whole(EditSession s, Kind kind, Change c) {
        JsonNode before = Images.parse(c.before());
        JsonNode after = Images.parse(c.after());
        Optional<ObjectNode> current = kind.read(s, c.key());
        if (before.isNull()) {
            if (current.isPresent()) {
                throw new ConflictException(kind.label() + " '" + c.key() + "' already exists; nothing was saved");
            }
            kind.create(s, withoutId(after), after.path("id").asLong(0));
            return;
        }
        if (current.isEmpty()) {
            throw new ConflictException(kind.label() + " '" + c.key() + "' was removed elsewhere; nothing was saved");
        }
        if (!current.get().equals(withoutId(before))) {
            throw new ConflictException(kind.label() + " '" + c.key() + "' was changed elsewhere since it was read; "
                    + "nothing was saved");
        }
        if (after.isNull()) {
            kind.delete(s, c.key());
        } else {
            kind.update(s, c.key(), withoutId(after));
        }
    }

    private static void field(EditSession s, Kind kind, Change c) {
        JsonNode before = Images.parse(c.before());
        boolean rename = c.field().equals(kind.keyField());
        String key = rename ? before.asText() : c.key();
        ObjectNode current = kind.read(s, key).orElseThrow(() -> new ConflictException(kind.label() + " '" + key
                + "' was removed or renamed elsewhere; nothing was saved"));
        JsonNode now = current.path(c.field());
        if (!same(now, before)) {
            throw new ConflictException(kind.label() + " '" + key + "': " + c.field() + " was changed elsewhere (it is now "
                    + (now.isMissingNode() || now.isNull() ? "empty" : Images.text(now)) + "); nothing was saved");
        }
        current.set(c.field(), Images.parse(c.after()));
        kind.update(s, key, current);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isMissingNode() || a.isNull();
        boolean bEmpty = b == null || b.isMissingNode() || b.isNull();
        return aEmpty || bEmpty ? aEmpty == bEmpty : a.equals(b);
    }

    static ObjectNode withoutId(JsonNode image) {
        ObjectNode copy = ((ObjectNode) image).deepCopy();
        copy.remove("id");
        return copy;
    }

    private static void applyImport(EditSession s, Change c) {
        if (c.after() != null || c.before() == null) {
            throw new StorageException("an undone import cannot be redone from the log; import '" + c.key()
                    + "' again instead");
        }
        JsonNode m = Images.parse(c.before());
        java.util.Map<String, Long> before = new java.util.LinkedHashMap<>();
        m.path("before").fields().forEachRemaining(e -> before.put(e.getKey(), e.getValue().asLong()));
        s.removeImported(new ImportMarks(m.path("events").asInt(), m.path("first").asLong(), m.path("last").asLong(),
                before));
    }

    static boolean isNull(JsonNode n) {
        return n == null || n instanceof NullNode || n.isMissingNode();
    }
}
