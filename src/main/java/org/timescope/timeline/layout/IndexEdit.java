package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * An edit of an {@link EventIndex} without reading the collection again: some events leave (deleted, or
 * changed), some arrive (created, or changed, at their new date). Only the chunks ({@link RowChunk}) holding a
 * leaver or an arrival's place are written again; the edited index shares every other chunk with the old one, so
 * an edit of a few events at a million costs a few chunks of a few thousand rows, not a copy of the columns
 * (decision 0040). The result says which old positions left and which new positions arrived, so that bitmaps
 * over positions can follow ({@code FacetFilter.edited}).
 */
public final class IndexEdit {
    private IndexEdit() {
    }

    /** An event arriving, with its store id. */
    public record Row(long id, TimelineEvent event) {
    }

    /**
     * The edited index, the old positions that left (ascending), the new positions that arrived (ascending) and
     * the arrivals in that same order.
     */
    public record Result(EventIndex index, int[] removed, int[] inserted, List<Row> arrived) {
    }

    /**
     * {@code leaving}: the keys of the events that leave, each with its store id when known (-1 if not): found by
     * id in constant time, else by a pass over the keys.
     */
    public static Result apply(EventIndex index, Map<String, Long> leaving, List<Row> arriving, List<String> themeOrder) {
        int[] removed = positions(index, leaving);
        List<Row> added = new ArrayList<>(arriving);
        added.sort(Comparator.comparingDouble((Row r) -> first(r)).thenComparingDouble(IndexEdit::end)
                .thenComparing(r -> r.event().key()));
        int[] at = new int[added.size()]; // each arrival's insertion point among the old positions
        int[] inserted = new int[added.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = insertionPoint(index, added.get(k));
            int below = -java.util.Arrays.binarySearch(removed, at[k]) - 1; // removed positions below at[k]
            if (below < 0) {
                below = -below - 1; // at[k] itself is removed: those strictly below it
            }
            inserted[k] = at[k] - below + k;
        }
        Map<String, Integer> orgNames = names(index.organisationNames());
        Map<String, Integer> themeNames = names(index.themeNames());
        TimelineRows fresh = EventIndex.columns(added.stream().map(Row::event).toArray(TimelineEvent[]::new),
                added.stream().mapToLong(Row::id).toArray(), orgNames, themeNames);
        String[] nextOrgNames = orgNames.size() == index.organisationNames().length ? index.organisationNames()
                : orgNames.keySet().toArray(String[]::new);
        String[] nextThemeNames = themeNames.size() == index.themeNames().length ? index.themeNames()
                : themeNames.keySet().toArray(String[]::new);
        List<String> before = index.themeOrder();
        // the old rows' colours stand when the order only grew, by names no old row has (else every chunk again)
        boolean slotsKept = themeOrder.size() >= before.size() && themeOrder.subList(0, before.size()).equals(before)
                && themeOrder.subList(before.size(), themeOrder.size()).stream()
                        .noneMatch(t -> !before.contains(t) && java.util.Arrays.asList(index.themeNames()).contains(t));
        int[] slot = new int[nextThemeNames.length];
        for (int t = 0; t < slot.length; t++) {
            slot[t] = themeOrder.indexOf(nextThemeNames[t]);
        }
        double longest = 0;
        double last = Double.NaN;
        for (int i = 0; i < fresh.size(); i++) {
            longest = Math.max(longest, fresh.end()[i] - fresh.first()[i]);
            last = Double.isNaN(last) ? fresh.end()[i] : Math.max(last, fresh.end()[i]);
        }
        RowSpine spine = index.spine();
        RowChunk[] chunks = spine.chunks();
        boolean records = index.hasRecords();
        List<RowChunk> next = new ArrayList<>(chunks.length + 2);
        int r = 0;
        int k = 0;
        for (int c = 0; c < chunks.length || k < added.size(); c++) {
            if (c >= chunks.length) { // the index was empty: the arrivals make its chunks
                split(next, spine.usual(), rebuild(null, 0, 0, removed, r, fresh, at, k, added.size(), added, slot, records));
                break;
            }
            int from = spine.start(c);
            int to = from + chunks[c].size();
            boolean last0 = c == chunks.length - 1;
            int r1 = r;
            while (r1 < removed.length && removed[r1] < to) {
                r1++;
            }
            int k1 = k;
            while (k1 < added.size() && (at[k1] < to || last0)) {
                k1++;
            }
            if (r1 == r && k1 == k && slotsKept) {
                next.add(chunks[c]); // untouched: shared with the old index
            } else {
                split(next, spine.usual(), rebuild(chunks[c], from, to, removed, r, fresh, at, k, k1, added, slot, records));
            }
            r = r1;
            k = k1;
        }
        long[] ids = added.stream().mapToLong(Row::id).toArray();
        String[] keys = added.stream().map(row -> row.event().key()).toArray(String[]::new);
        EventIndex edited = index.edited(next.toArray(RowChunk[]::new), nextOrgNames, nextThemeNames, themeOrder,
                removed, inserted, ids, keys, longest, last);
        return new Result(edited, removed, inserted, added);
    }

    /**
     * One chunk again: its rows from {@code from} to {@code to} without those removed, with the arrivals
     * {@code [k, k1)} at their insertion points, colours from the theme slots (all recomputed, so that a theme
     * order that moved is followed as well).
     */
    private static RowChunk rebuild(RowChunk chunk, int from, int to, int[] removed, int r, TimelineRows fresh,
                                    int[] at, int k, int k1, List<Row> added, int[] slot, boolean records) {
        ChunkBuilder out = new ChunkBuilder(to - from + k1 - k, records);
        for (int p = from; p < to || k < k1; ) {
            if (k < k1 && (p >= to || at[k] <= p)) {
                out.add(fresh, k, slot, records ? added.get(k).event() : null);
                k++;
            } else {
                if (r < removed.length && removed[r] == p) {
                    r++;
                } else {
                    int j = chunk.offset() + p - from;
                    out.add(chunk.rows(), j, slot, records ? chunk.records()[j] : null);
                }
                p++;
            }
        }
        return out.chunk();
    }

    /** Adds a rebuilt chunk, cut in two when it grew past twice the usual size; an emptied chunk is dropped. */
    private static void split(List<RowChunk> next, int usual, RowChunk chunk) {
        if (chunk.size() == 0) {
            return;
        }
        if (chunk.size() <= 2 * usual) {
            next.add(chunk);
            return;
        }
        int half = chunk.size() / 2;
        next.add(ChunkBuilder.slice(chunk, 0, half));
        next.add(ChunkBuilder.slice(chunk, half, chunk.size()));
    }

    private static int[] positions(EventIndex index, Map<String, Long> leaving) {
        java.util.Set<Integer> found = new java.util.TreeSet<>();
        java.util.Set<String> unknown = new java.util.HashSet<>();
        leaving.forEach((key, id) -> {
            int p = id == null || id < 0 ? -1 : index.positionOf(id);
            if (p >= 0 && index.key(p).equals(key)) {
                found.add(p);
            } else {
                unknown.add(key);
            }
        });
        for (int i = 0; !unknown.isEmpty() && i < index.size(); i++) {
            if (unknown.contains(index.key(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double first(Row r) {
        return r.event().when().from();
    }

    private static double end(Row r) {
        return r.event().when().until();
    }

    /** The first old position at or after the row in date order (first day, then end, then key). */
    private static int insertionPoint(EventIndex index, Row row) {
        double first = first(row);
        double end = end(row);
        int at = index.lowerBound(first);
        while (at < index.size() && index.first(at) == first
                && (index.end(at) < end || index.end(at) == end && index.key(at).compareTo(row.event().key()) < 0)) {
            at++;
        }
        return at;
    }

    private static Map<String, Integer> names(String[] table) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String name : table) {
            map.putIfAbsent(name, map.size());
        }
        return map;
    }
}
