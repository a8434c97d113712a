package org.timescope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.timescope.model.Texts;
import org.timescope.model.TimelineRows;

/**
 * The payload of a {@link ColumnCache} file: every column of {@link TimelineRows}, in two sections. The first holds
 * the dates (ids, first, end, flags, start, finish): a large collection's first picture needs only these, so it is
 * read (and checked) alone before the rest (keys, titles, organisations, themes) is.
 */
final class Columns {

    private Columns() {
    }

    /** The first section: what a dates-only first picture needs. */
    static void writeDates(TimelineRows r, ColumnCache.Sink out) throws IOException {
        longs(r.ids(), out);
        doubles(r.first(), out);
        doubles(r.end(), out);
        out.room(4).putInt(r.flags().length);
        out.bytes(r.flags(), 0, r.flags().length);
        longs(r.start(), out);
        longs(r.finish(), out);
    }

    /** The second section: the texts and the links. */
    static void writeRest(TimelineRows r, ColumnCache.Sink out) throws IOException {
        strings(r.keys(), out);
        strings(r.titles(), out);
        ints(r.orgStart(), out);
        ints(r.orgs(), out);
        strings(r.orgNames(), out);
        ints(r.themeStart(), out);
        ints(r.themes(), out);
        strings(r.themeNames(), out);
    }

    /** Reads what {@link #writeDates} wrote, as dates-only rows; a length that runs past the end throws. */
    static TimelineRows readDates(ByteBuffer in) {
        long[] ids = longs(in);
        double[] first = doubles(in);
        double[] end = doubles(in);
        byte[] flags = new byte[length(in, 1)];
        in.get(flags);
        long[] start = longs(in);
        long[] finish = longs(in);
        int n = ids.length;
        if (first.length != n || end.length != n || flags.length != n || start.length != n || finish.length != n
                || in.hasRemaining()) {
            throw new IllegalStateException("the date columns' lengths disagree");
        }
        return TimelineRows.datesOnly(ids, first, end, flags, start, finish);
    }

    /** Reads what {@link #writeRest} wrote and joins it to {@code dates}, the first section's rows. */
    static TimelineRows readRest(ByteBuffer in, TimelineRows dates) {
        Texts keys = texts(in);
        Texts titles = texts(in);
        int[] orgStart = ints(in);
        int[] orgs = ints(in);
        String[] orgNames = texts(in).toArray();
        int[] themeStart = ints(in);
        int[] themes = ints(in);
        String[] themeNames = texts(in).toArray();
        int n = dates.size();
        if (keys.size() != n || titles.size() != n || orgStart.length != n + 1 || themeStart.length != n + 1
                || in.hasRemaining()) {
            throw new IllegalStateException("the columns' lengths disagree");
        }
        return new TimelineRows(dates.ids(), keys, titles, dates.first(), dates.end(), dates.flags(), dates.start(),
                dates.finish(), orgStart, orgs, orgNames, themeStart, themes, themeNames);
    }

    private static int length(ByteBuffer in, int width) {
        int n = in.getInt();
        if (n < 0 || (long) n * width > in.remaining()) {
            throw new IllegalStateException("a column of " + n + " values runs past the end of the file");
        }
        return n;
    }

    private static void longs(long[] a, ColumnCache.Sink out) throws IOException {
        out.room(4).putInt(a.length);
        for (long v : a) {
            out.room(8).putLong(v);
        }
    }

    private static void doubles(double[] a, ColumnCache.Sink out) throws IOException {
        out.room(4).putInt(a.length);
        for (double v : a) {
            out.room(8).putDouble(v);
        }
    }

    private static void ints(int[] a, ColumnCache.Sink out) throws IOException {
        out.room(4).putInt(a.length);
        for (int v : a) {
            out.room(4).putInt(v);
        }
    }

    private static void strings(Texts a, ColumnCache.Sink out) throws IOException {
        strings(a.toArray(), out);
    }

    private static void strings(String[] a, ColumnCache.Sink out) throws IOException {
        byte[][] bytes = new byte[a.length][];
        out.room(4).putInt(a.length);
        for (int i = 0; i < a.length; i++) {
            bytes[i] = a[i] == null ? null : a[i].getBytes(StandardCharsets.UTF_8);
            out.room(4).putInt(bytes[i] == null ? -1 : bytes[i].length);
        }
        for (byte[] b : bytes) {
            if (b != null) {
                out.bytes(b, 0, b.length);
            }
        }
    }

    private static long[] longs(ByteBuffer in) {
        long[] a = new long[length(in, 8)];
        in.asLongBuffer().get(a);
        in.position(in.position() + a.length * 8);
        return a;
    }

    private static double[] doubles(ByteBuffer in) {
        double[] a = new double[length(in, 8)];
        in.asDoubleBuffer().get(a);
        in.position(in.position() + a.length * 8);
        return a;
    }

    private static int[] ints(ByteBuffer in) {
        int[] a = new int[length(in, 4)];
        in.asIntBuffer().get(a);
        in.position(in.position() + a.length * 4);
        return a;
    }

    /**
     * A column of strings as one block of UTF-8, each value decoded only when asked for (decision 0043): the keys
     * and titles of a million events are two arrays and one block, not two million strings.
     */
    private static Texts texts(ByteBuffer in) {
        int[] lengths = ints(in);
        int[] from = new int[lengths.length];
        long total = 0;
        for (int i = 0; i < lengths.length; i++) {
            int l = lengths[i];
            if (l < -1) {
                throw new IllegalStateException("a string of negative length");
            }
            from[i] = (int) Math.min(total, Integer.MAX_VALUE);
            total += Math.max(l, 0);
        }
        if (total > in.remaining()) {
            throw new IllegalStateException("strings run past the end of the file");
        }
        byte[] block = new byte[(int) total];
        in.get(block);
        return Texts.utf8(block, from, lengths);
    }
}
