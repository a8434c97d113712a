package org.timescope.service.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.Change;

/**
 * What one run, undo or redo did: the change group it logged and its changes, so that the window updates
 * only what changed (the events named, the catalogue when an entry changed) instead of reading all again.
 */
public record EditResult(long group, String action, String summary, List<Change> changes) {
    public EditResult {
        changes = List.copyOf(changes);
    }

    /** The keys of the events created, changed or removed, or whose links a merge moved. */
    public Set<String> eventKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c.entity().equals("event")) {
                keys.add(c.key());
            } else if (c.field().equals(LinkMove.FIELD)) {
                LinkMove.parse(c.before()).forEach(r -> keys.add(r.event()));
            }
        }
        return keys;
    }

    /** True when a catalogue entry (organisation, theme, person, place, source) changed. */
    public boolean catalogueChanged() {
        return changes.stream().anyMatch(c -> !c.entity().equals("event") && !c.entity().equals("link"));
    }

    /** True when an era was created, changed or removed. */
    public boolean erasChanged() {
        return changes.stream().anyMatch(c -> c.entity().equals("era"));
    }

    /** True when a link between events was created, changed or removed (a deleted event's links too). */
    public boolean linksChanged() {
        return changes.stream().anyMatch(c -> c.entity().equals("link"));
    }

    /** True when this took an import back (many events may be gone). */
    public boolean importUndone() {
        return changes.stream().anyMatch(c -> c.entity().equals("collection"));
    }
}
