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

    /**
     * A partial date as one int: |year| × 512 + month × 32 + day (0 for none), negative for years before
     * 1 BCE. Binary rather than decimal places so that every year the model allows (±999,999) fits in an int.
     */
    public static int pack(PartialDate d) {
        return d == null ? Integer.MIN_VALUE : pack(d.year(), d.month(), d.day());
    }

    /** {@link #pack(PartialDate)} from the parts (month and day 0 when unknown), without making a date. */
    public static int pack(int year, int month, int day) {
        int sign = year < 0 ? -1 : 1;
        return sign * ((Math.abs(year) << 9) | (month << 5) | day);
    }

    public static PartialDate unpack(int v) {
        if (v == Integer.MIN_VALUE) {
            return null;
        }
        int sign = v < 0 ? -1 : 1;
        int a = Math.abs(v);
        return new PartialDate(sign * (a >>> 9), (a >>> 5) & 15, a & 31);
    }
}
