package org.timescope.exchange.importing;

import org.timescope.model.PartialDate;

/** Builds partial dates from separate year, month and day values, refusing what cannot be stored. */
final class YearCheck {
    private YearCheck() {
    }

    /** A date from text parts (blank month/day allowed); the message says what is wrong. */
    static PartialDate of(String year, String month, String day) {
        if (year == null || year.isBlank()) {
            return null;
        }
        long y;
        try {
            y = Long.parseLong(year.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + year.strip() + "' is not a year");
        }
        if (Math.abs(y) > PartialDate.MAX_YEAR) {
            throw new IllegalArgumentException("year " + y + " is beyond the ±" + PartialDate.MAX_YEAR
                    + " years Timescope can store");
        }
        int m = number(month, "month");
        int d = number(day, "day");
        if (m == 0 && d != 0) {
            throw new IllegalArgumentException("a day (" + d + ") without a month");
        }
        return new PartialDate((int) y, m, d);
    }

    /**
     * The date with a time of day from text parts (blank parts are not known; a minute needs an hour, a second a
     * minute); the message says what is wrong.
     */
    static PartialDate withTime(PartialDate date, String hour, String minute, String second) {
        if (date == null || hour == null || hour.isBlank()) {
            return date;
        }
        int h = number(hour, "hour");
        int m = minute == null || minute.isBlank() ? -1 : number(minute, "minute");
        int s = m < 0 || second == null || second.isBlank() ? -1 : number(second, "second");
        if (h > 23 || m > 59 || s > 59) {
            throw new IllegalArgumentException("time " + hour.strip() + (m < 0 ? "" : ":" + minute.strip())
                    + (s < 0 ? "" : ":" + second.strip()) + " is not a time of day");
        }
        if (date.day() == 0) {
            throw new IllegalArgumentException("a time of day (" + hour.strip() + "h) without a day");
        }
        return new PartialDate(date.year(), date.month(), date.day(), h, m, s, null);
    }

    private static int number(String text, String what) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a " + what);
        }
    }
}
