package org.timescope.service.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.timescope.model.Change;
import org.timescope.model.TimelineEvent;
import org.timescope.service.FacetFilter;
import org.timescope.service.storage.EventStore;
import org.timescope.timeline.layout.IndexEdit;

/**
 * Brings the window's in-memory index and filter bitsets up to date after an edit by reading only the events
 * the edit named: they leave the index and come back at their new date ({@link IndexEdit}), and the bitsets
 * shift ({@link FacetFilter#edited}). When an edit is too large for that (an undone import, a renamed or merged
 * catalogue entry, more than {@link FacetFilter#MOST_SHIFTED} events) the caller reads everything again.
 */
public final class IndexUpdate {
    private IndexUpdate() {
    }

    /** The updated filter (its {@code index()} is the updated index), or empty when a full read is needed. */
    public static Optional<FacetFilter> apply(FacetFilter selector, EditResult result, EventStore events,
                                              List<String> themeOrder) {
        if (!incremental(result)) {
            return Optional.empty();
        }
        Map<String, Long> leaving = new LinkedHashMap<>();
        List<IndexEdit.Row> arriving = new ArrayList<>();
        for (String key : result.eventKeys()) {
            TimelineEvent e = events.byKey(key);
            long id = e != null ? events.idOf(key) : removedId(result, key);
            leaving.put(key, id);
            if (e != null) {
                arriving.add(new IndexEdit.Row(id, e));
            }
        }
        IndexEdit.Result edit = IndexEdit.apply(selector.index(), leaving, arriving, themeOrder);
        return Optional.of(selector.edited(edit));
    }

    /** The store id a removed event had, from its logged image (-1 when the log does not say). */
    private static long removedId(EditResult result, String key) {
        for (Change c : result.changes()) {
            if (c.entity().equals("event") && c.key().equals(key) && c.whole() && c.before() != null) {
                return Images.parse(c.before()).path("id").asLong(-1);
            }
        }
        return -1;
    }

    /** True when the edit touched few enough events and only created or removed catalogue entries (renames and merges change names). */
    static boolean incremental(EditResult result) {
        if (result.importUndone() || result.eventKeys().size() > FacetFilter.MOST_SHIFTED) {
            return false;
        }
        // a catalogue entry created or removed leaves the other names as they are; a rename or merge does not;
        // links between events are not in the index at all
        return result.changes().stream().allMatch(c -> c.entity().equals("event") || c.entity().equals("link")
                || c.whole());
    }
}
