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
