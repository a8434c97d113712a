package org.timescope.exchange.importing;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;

/**
 * Dates as people type them in spreadsheets: ISO ({@code 2021}, {@code 2021-06}, {@code 2021-06-11},
 * {@code 2021/06/11}, timestamps such as {@code 1999-08-10T14:52:20Z} or {@code 2021-06-11 14:30}, a fraction of
 * a second only when it is zero), or with a month name ("June 2021", "11 June 2021", "June 11, 2021", "Jun 2021").
 * Numeric day/month orders such as 6/11/2021 are ambiguous and refused rather than guessed.
 */
public final class LooseDate {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern ZERO_FRACTION = Pattern.compile("(.*[T ]\\d{2}:\\d{2}:\\d{2})\\.0+(Z|[+-].*)?");
    private static final Pattern SLASH_ISO = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,6})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{1,6})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{1,6})");

    private LooseDate() {
    }

    public static PartialDate parse(String text) {
        String t = text.strip();
        PartialDate plain = plainIso(t);
        if (plain != null) {
            return plain;
        }
        Matcher fraction = t.indexOf('.') < 0 ? null : ZERO_FRACTION.matcher(t);
        if (fraction != null && fraction.matches()) { // "…T12:00:00.000Z" as JavaScript writes it: no fraction of a second is lost
            t = fraction.group(1) + (fraction.group(2) == null ? "" : fraction.group(2));
        }
        String isoProblem = null;
        try {
            return PartialDate.parse(t);
        } catch (IllegalArgumentException notIso) {
            // try the other forms; an ISO date that is wrong in a part ("2021-05-00") keeps its own reason
            isoProblem = t.matches("-?\\d{4}-\\d{2}.*") ? notIso.getMessage() : null;
        }
        Matcher m = SLASH_ISO.matcher(t);
        if (m.matches()) {
            return YearCheck.of(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(2)) > 0) {
            return YearCheck.of(m.group(3), Integer.toString(month(m.group(2))), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            return YearCheck.of(m.group(3), Integer.toString(month(m.group(1))), m.group(2));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            return YearCheck.of(m.group(2), Integer.toString(month(m.group(1))), null);
        }
        if (isoProblem != null) {
            throw new IllegalArgumentException(isoProblem);
        }
        throw new IllegalArgumentException("'" + t + "' is not a date I can read (use YYYY, YYYY-MM, YYYY-MM-DD, "
                + "YYYY-MM-DDTHH:MM[:SS][Z] or a month name, e.g. '11 June 2021'; 6/11/2021 is ambiguous)");
    }

    /**
     * {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD} — nearly every cell of a large file — read without the
     * regular expressions (a third of the parsing time of a million-row CSV went to them); null for any other
     * text and for a value the full path must refuse with its own message. Same result as {@link PartialDate#parse}.
     */
    static PartialDate plainIso(String t) {
        int n = t.length();
        if (n != 4 && n != 7 && n != 10 || n > 4 && t.charAt(4) != '-' || n > 7 && t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = n > 4 ? digits(t, 5, 7) : 0;
        int day = n > 7 ? digits(t, 8, 10) : 0;
        // a month or day written 00 is not "none" (0 is how a year-only date says it has none): the full path refuses it
        if (year < 0 || month < 0 || day < 0 || n > 4 && month == 0 || n > 7 && day == 0) {
            return null;
        }
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException refused) {
            return null; // PartialDate.parse says why
        }
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
