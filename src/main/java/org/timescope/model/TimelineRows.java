package org.timescope.model;

/**
 * What a timeline needs of many events, in columns, without building an object per event: ids, keys,
 * titles, the first day and the day after the last (epoch days, a written time of day as a fraction of its day), flags (1 approximate, 2 inferred), the
 * dates as written (packed, see {@link #pack}), and each event's organisations and themes as index lists
 * into name tables (compressed rows: the names of event i are {@code orgs[orgStart[i] .. orgStart[i+1])}).
 * Rows are in date order.
 */
public record TimelineRows(long[] ids, Texts keys, Texts titles, double[] first, double[] end, byte[] flags,
                           long[] start, long[] finish, int[] orgStart, int[] orgs, String[] orgNames,
                           int[] themeStart, int[] themes, String[] themeNames) {

    /** Rows with dates and flags only: empty keys and titles, no organisations or themes. */
    public static TimelineRows datesOnly(long[] ids, double[] first, double[] end, byte[] flags, long[] start,
                                         long[] finish) {
        int n = ids.length;
        Texts empty = Texts.repeated("", n);
        int[] none = new int[n + 1];
        return new TimelineRows(ids, empty, empty, first, end, flags, start, finish, none, new int[0], new String[0],
                none, new int[0], new String[0]);
    }

    public int size() {
        return ids.length;
    }

    /**
     * A partial date as one long: the calendar part ({@link #pack(int, int, int)}) in the high int, a written
     * time of day in the low int (see {@link #packTime}); {@link Long#MIN_VALUE} for none.
     */
    public static long pack(PartialDate d) {
        if (d == null) {
            return Long.MIN_VALUE;
        }
        return packDay(pack(d.year(), d.month(), d.day()), packTime(d));
    }

    /**
     * The calendar part from the parts (month and day 0 when unknown), without making a date: |year| × 512 +
     * month × 32 + day, negative for years before 1 BCE. Binary rather than decimal places so that every year the
     * model allows (±999,999) fits in an int.
     */
    public static int pack(int year, int month, int day) {
        int sign = year < 0 ? -1 : 1;
        return sign * ((Math.abs(year) << 9) | (month << 5) | day);
    }

    /** A packed calendar part and time code as one long. */
    public static long packDay(int calendar, int time) {
        return ((long) calendar << 32) | (time & 0xFFFF_FFFFL);
    }

    /**
     * A written time of day as one int, 0 for none: bits 0–1 the precision (1 hour, 2 minute, 3 second), bits
     * 2–18 the second of the day, bit 19 set when an offset is written, bits 20–31 the offset in minutes + 1080.
     */
    public static int packTime(PartialDate d) {
        if (!d.timed()) {
            return 0;
        }
        int precision = d.minute() < 0 ? 1 : d.second() < 0 ? 2 : 3;
        int code = precision | d.firstSecond() << 2;
        if (d.offset() != null) {
            code |= 1 << 19 | (d.offset().getTotalSeconds() / 60 + 1080) << 20;
        }
        return code;
    }

    public static PartialDate unpack(long v) {
        if (v == Long.MIN_VALUE) {
            return null;
        }
        int calendar = (int) (v >> 32);
        int sign = calendar < 0 ? -1 : 1;
        int a = Math.abs(calendar);
        int year = sign * (a >>> 9);
        int month = (a >>> 5) & 15;
        int day = a & 31;
        int time = (int) v;
        if (time == 0) {
            return new PartialDate(year, month, day);
        }
        int precision = time & 3;
        int secondOfDay = (time >>> 2) & 0x1FFFF;
        java.time.ZoneOffset offset = (time & 1 << 19) == 0 ? null
                : java.time.ZoneOffset.ofTotalSeconds(((time >>> 20) - 1080) * 60);
        return new PartialDate(year, month, day, secondOfDay / 3600, precision >= 2 ? secondOfDay / 60 % 60 : -1,
                precision == 3 ? secondOfDay % 60 : -1, offset);
    }
}
