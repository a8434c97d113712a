package org.timescope.timeline.layout;

import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * Where each position of an {@link EventIndex} has its row (decision 0040): the index's rows as {@link RowChunk}s
 * in order, with the position each chunk starts at. An index read or built whole also keeps its columns as one
 * run ({@code whole}): its rows are then found without looking at the chunks, and the chunks are only views of
 * those columns for an edit to share. An edited index has chunks only; position → chunk is a binary search over
 * the starts with a last-chunk hint (sequential reads hit it).
 *
 * <p>A row is found with {@link #locate(int)}, which packs the chunk and the row of that chunk's columns into a
 * {@code long} (no object per access: the accessors run per event per frame); {@link #rows(long)},
 * {@link #colour(long)}, {@link #records(long)} and {@link #row(long)} read it back. Never changed after it is made,
 * but for the hint (read and checked, written without a lock).
 *
 * <p>A filter's subset is a spine too ({@link #pick}): the same columns or chunks, with the source positions it
 * shows ({@code picked}, ascending). Nothing is copied: a search that keeps 84,000 of a million events costs an
 * array of their positions, not ten columns gathered row by row (the largest part of a session's first searches,
 * decision 0040's session 21 section). A picked spine is read, never edited.
 */
final class RowSpine {

    /** Rows per chunk of an index read whole; an edit's chunks grow or shrink from this. */
    static final int CHUNK = 4096;

    /** The columns when the index is one run of them (read or built whole, not edited): the fast path. */
    private final TimelineRows whole;
    private final int[] wholeColour;
    private final TimelineEvent[] wholeRecords;
    /** The rows as chunks in order; {@code starts[c]} is the position of chunk c's first row. */
    private final RowChunk[] chunks;
    private final int[] starts;
    /** The usual rows per chunk of this index and those edited from it. */
    private final int usual;
    /** For a subset: the positions of the source spine it shows, ascending (null for a spine of its own rows). */
    private final int[] picked;
    /** The chunk of the last position asked for (a hint: read and checked, written without a lock). */
    private int hint;

    private RowSpine(TimelineRows whole, int[] wholeColour, TimelineEvent[] wholeRecords, RowChunk[] chunks,
                     int[] starts, int usual, int[] picked) {
        this.whole = whole;
        this.wholeColour = wholeColour;
        this.wholeRecords = wholeRecords;
        this.chunks = chunks;
        this.starts = starts;
        this.usual = usual;
        this.picked = picked;
    }

    /**
     * The rows at these positions of this spine (ascending), over the same columns or chunks: a subset of a subset
     * picks from the first one's source directly.
     */
    RowSpine pick(int[] positions) {
        int[] source = positions;
        if (picked != null) {
            source = new int[positions.length];
            for (int j = 0; j < positions.length; j++) {
                source[j] = picked[positions[j]];
            }
        }
        return new RowSpine(whole, wholeColour, wholeRecords, chunks, starts, usual, source);
    }

    /** The subset's position of a source position, or -1 when it is not picked (or is -1). */
    int pickedIndexOf(int sourcePosition) {
        if (sourcePosition < 0) {
            return -1;
        }
        int at = java.util.Arrays.binarySearch(picked, sourcePosition);
        return at >= 0 ? at : -1;
    }


    /**
     * Columns read or built whole, with their colour slots and (null unless built from records) events, cut into
     * views of {@code usual} rows (no copy).
     */
    static RowSpine whole(TimelineRows rows, int[] colour, TimelineEvent[] records, int usual) {
        int n = rows.size();
        int count = (n + usual - 1) / usual;
        RowChunk[] chunks = new RowChunk[count];
        int[] starts = new int[count + 1];
        for (int c = 0; c < count; c++) {
            starts[c] = c * usual;
            chunks[c] = new RowChunk(rows, c * usual, Math.min(usual, n - c * usual), colour, records);
        }
        starts[count] = n;
        return new RowSpine(rows, colour, records, chunks, starts, usual, null);
    }

    /** An edited index's rows: these chunks in order (see {@link IndexEdit}). */
    static RowSpine chunked(RowChunk[] chunks, int usual) {
        int[] starts = new int[chunks.length + 1];
        for (int c = 0; c < chunks.length; c++) {
            starts[c + 1] = starts[c] + chunks[c].size();
        }
        return new RowSpine(null, null, null, chunks, starts, usual, null);
    }

    /** The columns read or built whole that this spine's rows are in, or null for an edited index's chunks. */
    TimelineRows whole() {
        return whole;
    }

    /** How many rows. */
    int size() {
        return picked != null ? picked.length : starts[chunks.length];
    }

    /** The usual rows per chunk: an edit cuts a chunk in two once it holds twice as many. */
    int usual() {
        return usual;
    }

    /** The chunks in order (an edit shares those it does not touch); a subset's spine has none of its own. */
    RowChunk[] chunks() {
        if (picked != null) {
            throw new IllegalStateException("a filter's subset is shown, not edited: edit the index it was taken from");
        }
        return chunks;
    }

    /** The source position of position {@code i}: itself unless this spine picks rows of another. */
    int sourcePosition(int i) {
        return picked != null ? picked[i] : i;
    }

    /** The position of chunk c's first row. */
    int start(int c) {
        return starts[c];
    }

    /** Where position {@code i}'s row is: read it with {@link #rows}, {@link #row}, {@link #colour}, {@link #records}. */
    long locate(int i) {
        int p = picked != null ? picked[i] : i;
        if (whole != null) {
            return p;
        }
        return at(chunkOf(p), p);
    }

    /**
     * As {@link #locate(int)}, for positions asked for in ascending order: the chunk is followed forward from that of
     * {@code previous} (a result of this method or {@link #locate}, or 0 to start), not searched for each row.
     */
    long locateFrom(long previous, int position) {
        int i = picked != null ? picked[position] : position;
        if (whole != null) {
            return i;
        }
        int c = (int) (previous >>> 32);
        if (i < starts[c]) {
            c = chunkOf(i);
        } else {
            while (c + 1 < chunks.length && starts[c + 1] <= i) {
                c++;
            }
        }
        return at(c, i);
    }

    private long at(int c, int i) {
        return (long) c << 32 | (chunks[c].offset() + i - starts[c]);
    }

    /** The columns holding a located row. */
    TimelineRows rows(long at) {
        return whole != null ? whole : chunks[(int) (at >>> 32)].rows();
    }

    /** The colour slots beside those columns (same rows). */
    int[] colour(long at) {
        return whole != null ? wholeColour : chunks[(int) (at >>> 32)].colour();
    }

    /** The events beside those columns (same rows), or null when the index was read from the store. */
    TimelineEvent[] records(long at) {
        return whole != null ? wholeRecords : chunks[(int) (at >>> 32)].records();
    }

    /** A located row's row in {@link #rows(long)}. */
    static int row(long at) {
        return (int) at;
    }

    /** The chunk holding position i. */
    int chunkOf(int i) {
        int c = hint;
        if (c < chunks.length && i >= starts[c] && i < starts[c + 1]) {
            return c;
        }
        int lo = 0;
        int hi = chunks.length - 1;
        while (lo < hi) { // the last chunk whose start is at or below i
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        hint = lo;
        return lo;
    }

    /** The first position whose first day is not below {@code day} (the rows are in date order). */
    int lowerBound(double day) {
        if (picked != null) {
            int lo = 0;
            int hi = picked.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                long at = locate(mid);
                if (rows(at).first()[row(at)] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        if (whole != null) {
            return lowerBound(whole.first(), 0, whole.first().length, day);
        }
        int lo = 0;
        int hi = chunks.length;
        while (lo < hi) { // the first chunk whose last row is not below day
            int mid = (lo + hi) >>> 1;
            RowChunk k = chunks[mid];
            if (k.rows().first()[k.offset() + k.size() - 1] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == chunks.length) {
            return size();
        }
        RowChunk k = chunks[lo];
        return starts[lo] + lowerBound(k.rows().first(), k.offset(), k.offset() + k.size(), day) - k.offset();
    }

    /** The first of [a, b) in {@code first} (ascending) not below {@code day}. */
    private static int lowerBound(double[] first, int a, int b, double day) {
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (first[mid] < day) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** The latest end of any row, or NaN when there are none. */
    double lastEnd() {
        double found = Double.NaN;
        for (RowChunk k : chunks) {
            double[] end = k.rows().end();
            for (int j = k.offset(); j < k.offset() + k.size(); j++) {
                found = Double.isNaN(found) ? end[j] : Math.max(found, end[j]);
            }
        }
        return found;
    }
}
