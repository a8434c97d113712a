package org.timescope.timeline.layout;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * An edit of an {@link EventIndex} without reading the collection again: some events leave (deleted, or
 * changed), some arrive (created, or changed, at their new date), and the columns are spliced — survivors
 * are copied in runs, arrivals slotted in at their place in date order. At a million events this is a few
 * array copies per column; the result says which old positions left and which new positions arrived, so
 * that bitmaps over positions can follow ({@code FacetFilter.edited}).
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

    /** A run of the output: old positions [from, to), or arrivals [from, to) in date order. */
    private record Piece(boolean old, int from, int to) {
        int size() {
            return to - from;
        }
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
        TimelineRows old = index.rows();
        int n = old.size();
        List<Piece> pieces = new ArrayList<>();
        int[] inserted = new int[added.size()];
        int p = 0;
        int k = 0;
        int r = 0;
        int out = 0;
        while (p < n || k < added.size()) {
            int nextIn = k < added.size() ? insertionPoint(index, added.get(k)) : Integer.MAX_VALUE;
            int nextOut = r < removed.length ? removed[r] : Integer.MAX_VALUE;
            int runEnd = Math.min(n, Math.min(nextIn, nextOut));
            if (runEnd > p) {
                pieces.add(new Piece(true, p, runEnd));
                out += runEnd - p;
                p = runEnd;
            } else if (nextIn == p) {
                int to = k;
                while (to < added.size() && insertionPoint(index, added.get(to)) == p) {
                    inserted[to] = out++;
                    to++;
                }
                pieces.add(new Piece(false, k, to));
                k = to;
            } else {
                p++; // a removed row: skipped
                r++;
            }
        }
        Map<String, Integer> orgNames = names(old.orgNames());
        Map<String, Integer> themeNames = names(old.themeNames());
        TimelineRows fresh = EventIndex.columns(added.stream().map(Row::event).toArray(TimelineEvent[]::new),
                added.stream().mapToLong(Row::id).toArray(), orgNames, themeNames);
        TimelineRows spliced = new TimelineRows(
                (long[]) splice(old.ids(), fresh.ids(), pieces, out),
                (String[]) splice(old.keys(), fresh.keys(), pieces, out),
                (String[]) splice(old.titles(), fresh.titles(), pieces, out),
                (double[]) splice(old.first(), fresh.first(), pieces, out),
                (double[]) splice(old.end(), fresh.end(), pieces, out),
                (byte[]) splice(old.flags(), fresh.flags(), pieces, out),
                (long[]) splice(old.start(), fresh.start(), pieces, out),
                (long[]) splice(old.finish(), fresh.finish(), pieces, out),
                null, null, orgNames.keySet().toArray(String[]::new), null, null,
                themeNames.keySet().toArray(String[]::new));
        int[][] orgs = spliceLists(old.orgStart(), old.orgs(), fresh.orgStart(), fresh.orgs(), pieces, out);
        int[][] themes = spliceLists(old.themeStart(), old.themes(), fresh.themeStart(), fresh.themes(), pieces, out);
        spliced = new TimelineRows(spliced.ids(), spliced.keys(), spliced.titles(), spliced.first(), spliced.end(),
                spliced.flags(), spliced.start(), spliced.finish(), orgs[0], orgs[1], spliced.orgNames(), themes[0],
                themes[1], spliced.themeNames());
        TimelineEvent[] records = index.records() == null ? null : (TimelineEvent[]) splice(index.records(),
                added.stream().map(Row::event).toArray(TimelineEvent[]::new), pieces, out);
        return new Result(edited(index, spliced, records, pieces, out, removed, fresh, themeOrder), removed, inserted,
                added);
    }

    /**
     * The new index: when the theme order kept every slot it had (themes only added), the colours are spliced
     * like the columns and the longest event and the last day follow from the change; else worked out afresh.
     */
    private static EventIndex edited(EventIndex index, TimelineRows spliced, TimelineEvent[] records,
                                     List<Piece> pieces, int out, int[] removed, TimelineRows fresh,
                                     List<String> themeOrder) {
        TimelineRows old = index.rows();
        List<String> before = index.themeOrder();
        if (themeOrder.size() < before.size() || !themeOrder.subList(0, before.size()).equals(before)) {
            return index.with(spliced, themeOrder, records); // a theme left the order: other slots moved
        }
        int[] colours = new int[fresh.size()];
        double longest = index.longest();
        double last = index.maxDay();
        for (int i = 0; i < colours.length; i++) {
            int from = fresh.themeStart()[i];
            colours[i] = from < fresh.themeStart()[i + 1] ? themeOrder.indexOf(spliced.themeNames()[fresh.themes()[from]]) : -1;
            longest = Math.max(longest, fresh.end()[i] - fresh.first()[i]);
            last = Double.isNaN(last) ? fresh.end()[i] : Math.max(last, fresh.end()[i]);
        }
        for (int p : removed) {
            if (old.end()[p] >= last) { // the last event left: the last day is found again
                return index.with(spliced, themeOrder, records);
            }
        }
        // a longest event that left only widens the look-back of overlap queries (still correct)
        return index.with(spliced, themeOrder, records, (int[]) splice(index.colours(), colours, pieces, out),
                longest, last);
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
        if (!unknown.isEmpty()) {
            String[] keys = index.rows().keys();
            for (int i = 0; i < keys.length; i++) {
                if (unknown.contains(keys[i])) {
                    found.add(i);
                }
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
        TimelineRows rows = index.rows();
        while (at < rows.size() && rows.first()[at] == first
                && (rows.end()[at] < end || rows.end()[at] == end && rows.keys()[at].compareTo(row.event().key()) < 0)) {
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

    /** One column: runs of the old array and of the arrivals, in output order. */
    private static Object splice(Object old, Object fresh, List<Piece> pieces, int size) {
        Object out = Array.newInstance(old.getClass().getComponentType(), size);
        int at = 0;
        for (Piece piece : pieces) {
            System.arraycopy(piece.old() ? old : fresh, piece.from(), out, at, piece.size());
            at += piece.size();
        }
        return out;
    }

    /** A compressed list column (start offsets and values): runs copied, offsets shifted per run. */
    private static int[][] spliceLists(int[] oldStart, int[] oldValues, int[] freshStart, int[] freshValues,
                                       List<Piece> pieces, int size) {
        int total = 0;
        for (Piece piece : pieces) {
            int[] s = piece.old() ? oldStart : freshStart;
            total += s[piece.to()] - s[piece.from()];
        }
        int[] start = new int[size + 1];
        int[] values = new int[total];
        int row = 0;
        int at = 0;
        for (Piece piece : pieces) {
            int[] s = piece.old() ? oldStart : freshStart;
            int[] v = piece.old() ? oldValues : freshValues;
            int from = s[piece.from()];
            int length = s[piece.to()] - from;
            System.arraycopy(v, from, values, at, length);
            int shift = at - from;
            for (int i = piece.from(); i < piece.to(); i++) {
                start[++row] = s[i + 1] + shift;
            }
            at += length;
        }
        return new int[][] {start, values};
    }
}
