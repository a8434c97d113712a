package org.timescope.model;

/**
 * What a timeline needs of many events, in columns, without building an object per event: ids, keys,
 * titles, the first day and the day after the last (epoch days), flags (1 approximate, 2 inferred), the
 * dates as written (packed, see {@link #pack}), and each event's organisations and themes as index lists
 * into name tables (compressed rows: the names of event i are {@code orgs[orgStart[i] .. orgStart[i+1])}).
 * Rows are in date order.
 */
public record TimelineRows(long[] ids, String[] keys, String[] titles, double[] first, double[] end, byte[] flags,
                           int[] start, int[] finish, int[] orgStart, int[] orgs, String[] orgNames,
                           int[] themeStart, int[] themes, String[] themeNames) {

    /** Rows with dates and flags only: empty keys and titles, no organisations or themes. */
    public static TimelineRows datesOnly(long[] ids, double[] first, double[] end, byte[] flags, int[] start,
                                         int[] finish) {
        int n = ids.length;
        String[] empty = new String[n];
        java.util.Arrays.fill(empty, "");
        int[] none = new int[n + 1];
        return new TimelineRows(ids, empty, empty, first, end, flags, start, finish, none, new int[0], new String[0],
                none, new int[0], new String[0]);
    }

    public int size() {
        return ids.length;
    }

    /** A partial date as one int: year × 10,000 + month × 100 + day (0 for none). */
    public static int pack(PartialDate d) {
        if (d == null) {
            return Integer.MIN_VALUE;
        }
        int sign = d.year() < 0 ? -1 : 1;
        return sign * (Math.abs(d.year()) * 10_000 + d.month() * 100 + d.day());
    }

    public static PartialDate unpack(int v) {
        if (v == Integer.MIN_VALUE) {
            return null;
        }
        int sign = v < 0 ? -1 : 1;
        int a = Math.abs(v);
        return new PartialDate(sign * (a / 10_000), (a / 100) % 100, a % 100);
    }
}
