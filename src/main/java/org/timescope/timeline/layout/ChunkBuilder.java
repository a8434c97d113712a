package org.timescope.timeline.layout;

import java.util.Arrays;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * Writes one {@link RowChunk} row by row, each row copied from some columns (the chunk it replaces, or an edit's
 * arrivals), its colour slot worked out from its first theme. Name indexes are kept as they are: every source
 * points into the same, only growing, name tables.
 */
final class ChunkBuilder {
    private final long[] ids;
    private final String[] keys;
    private final String[] titles;
    private final double[] first;
    private final double[] end;
    private final byte[] flags;
    private final long[] start;
    private final long[] finish;
    private final int[] orgStart;
    private final int[] themeStart;
    private final int[] colour;
    private final TimelineEvent[] records;
    private int[] orgs = new int[16];
    private int[] themes = new int[16];
    private int n;

    ChunkBuilder(int capacity, boolean withRecords) {
        ids = new long[capacity];
        keys = new String[capacity];
        titles = new String[capacity];
        first = new double[capacity];
        end = new double[capacity];
        flags = new byte[capacity];
        start = new long[capacity];
        finish = new long[capacity];
        orgStart = new int[capacity + 1];
        themeStart = new int[capacity + 1];
        colour = new int[capacity];
        records = withRecords ? new TimelineEvent[capacity] : null;
    }

    /** Row {@code j} of {@code rows}; {@code slot} maps a theme name index to its colour slot. */
    void add(TimelineRows rows, int j, int[] slot, TimelineEvent record) {
        ids[n] = rows.ids()[j];
        keys[n] = rows.keys().get(j);
        titles[n] = rows.titles().get(j);
        first[n] = rows.first()[j];
        end[n] = rows.end()[j];
        flags[n] = rows.flags()[j];
        start[n] = rows.start()[j];
        finish[n] = rows.finish()[j];
        orgs = append(orgs, orgStart, rows.orgs(), rows.orgStart()[j], rows.orgStart()[j + 1]);
        int t0 = rows.themeStart()[j];
        int t1 = rows.themeStart()[j + 1];
        themes = append(themes, themeStart, rows.themes(), t0, t1);
        colour[n] = t0 < t1 ? slot[rows.themes()[t0]] : -1;
        if (records != null) {
            records[n] = record;
        }
        n++;
    }

    /** Copies values [from, to) into the list column whose offsets are {@code starts}, for row n. */
    private int[] append(int[] values, int[] starts, int[] source, int from, int to) {
        int at = starts[n];
        int[] out = values;
        if (at + to - from > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, at + to - from));
        }
        System.arraycopy(source, from, out, at, to - from);
        starts[n + 1] = at + to - from;
        return out;
    }

    RowChunk chunk() {
        TimelineRows rows = new TimelineRows(ids, org.timescope.model.Texts.of(keys), org.timescope.model.Texts.of(titles), first, end, flags, start, finish, orgStart, orgs, null,
                themeStart, themes, null);
        return new RowChunk(rows, 0, n, colour, records);
    }

    /** Rows [from, to) of a chunk, as a chunk over the same columns (no copy). */
    static RowChunk slice(RowChunk chunk, int from, int to) {
        return new RowChunk(chunk.rows(), chunk.offset() + from, to - from, chunk.colour(), chunk.records());
    }
}
