package org.timescope.service.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.timescope.model.Change;
import org.timescope.service.storage.EditSession;

/** The changes one command will make, collected in order: whole entries created or removed, fields changed. */
final class Plan {
    private final EditSession session;
    private final List<Change> changes = new ArrayList<>();

    Plan(EditSession session) {
        this.session = session;
    }

    EditSession session() {
        return session;
    }

    /** A new entry; its change is applied at once so later changes of the plan can use it. */
    Plan create(Kind kind, String key, ObjectNode image) {
        return add(new Change(kind.label(), key, Change.WHOLE, null, Images.text(image)));
    }

    /** An entry removed: its whole image, with its store id so that undo puts it back where it was. */
    Plan delete(Kind kind, String key) {
        ObjectNode image = kind.read(session, key).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + kind.label() + " '" + key + "'"));
        image.put("id", session.idOf(kind.label(), key));
        return add(new Change(kind.label(), key, Change.WHOLE, Images.text(image), null));
    }

    /** Field changes from {@code before} to {@code after}; a renaming field comes last. */
    Plan diff(Kind kind, String key, JsonNode before, JsonNode after) {
        String rename = null;
        List<Change> fields = new ArrayList<>();
        for (String field : Images.fields(after)) {
            if (!same(before.get(field), after.get(field))) {
                if (field.equals(kind.keyField())) {
                    rename = field;
                } else {
                    fields.add(new Change(kind.label(), key, field, Images.text(before.get(field)),
                            Images.text(after.get(field))));
                }
            }
        }
        Applier.applyAll(session, fields); // together: a start and an end that must agree change as one
        changes.addAll(fields);
        if (rename != null) {
            add(new Change(kind.label(), key, rename, Images.text(before.get(rename)), Images.text(after.get(rename))));
        }
        return this;
    }

    /** Every event link of {@code from} moved to {@code into}: one change, however many events (see {@link LinkMove}). */
    Plan moveLinks(Kind kind, String from, String into) {
        List<org.timescope.service.storage.LinkRow> before = session.links(kind.label(), from, into);
        if (before.isEmpty()) {
            return this;
        }
        return add(new Change(kind.label(), from, LinkMove.FIELD, LinkMove.json(before),
                LinkMove.json(LinkMove.moved(before, from, into))));
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return Objects.equals(Applier.isNull(a) ? null : a, Applier.isNull(b) ? null : b);
    }

    private Plan add(Change change) {
        Applier.apply(session, change);
        changes.add(change);
        return this;
    }

    List<Change> changes() {
        return changes;
    }
}
