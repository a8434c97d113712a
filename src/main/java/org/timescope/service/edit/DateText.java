package org.timescope.service.edit;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;

/**
 * Dates as researchers type them into an editor or on the command line, read into a {@link PartialDate} at the
 * precision written: "2021" (year), "June 2021", "Jun 2021", "2021-06" (month), "11 June 2021",
 * "June 11, 2021", "11th June 2021", "2021-06-11", "2021/06/11" (day); a day followed by a time of day to the hour,
 * minute or second, with an optional UTC offset: "2021-06-11T14:30", "11 June 2021 14:30", "1999-08-10T14:52:20Z",
 * "11 June 2021, 14h UTC+02:00". Month names are English, full or abbreviated (with or without a full stop), in
 * any case. Years before 1 CE are written with their era ("44 BCE", "15 March 44 BCE", as {@link
 * PartialDate#display()} shows them) or ISO-style with a leading minus ("-0043", astronomical: year 0 is 1 BCE).
 * Purely numeric day-month orders ("6/11/2021") are ambiguous and refused.
 *
 * <p>Pure and thread-safe. A refusal is an {@link IllegalArgumentException} whose message is one line that
 * names the text and says what is wrong: {@code '31 June 2021' is not a date: June has 30 days}.
 */
public final class DateText {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(-?\\d{1,6})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String NAME = "(\\p{L}+)\\.?";
    /** A year, optionally followed by its era: "15 March 44 BCE" is how {@link PartialDate#display()} writes it. */
    private static final String YEAR = "(\\d{1,7})(?: ?((?i:BCE|BC|CE|AD)))?";
    private static final Pattern MONTH_YEAR = Pattern.compile(NAME + ",?\\s+" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s+" + NAME + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(NAME + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile(DAY + "\\s+" + NAME);
    private static final Pattern MONTH_DAY = Pattern.compile(NAME + "\\s+" + DAY);
    /** ISO 8601's month and day without a year, as a dry run prints a day whose year the text leaves open. */
    private static final Pattern YEARLESS = Pattern.compile("--\\d{2}-\\d{2}");
    private static final Pattern NUMERIC_DMY = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");

    private DateText() {
    }

    /**
     * Reads {@code text} (surrounding spaces ignored).
     *
     * @throws IllegalArgumentException with a one-line message naming the text and the reason
     */
    private static final Pattern ERA = Pattern.compile("(\\d{1,7}) ?(BCE|BC|CE|AD)", Pattern.CASE_INSENSITIVE);

    public static PartialDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no date given (write e.g. 2021, June 2021 or 11 June 2021)");
        }
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher timed = TIME.matcher(t);
        if (timed.matches()) {
            return timed(t, timed);
        }
        Matcher era = ERA.matcher(t);
        if (era.matches()) { // "44 BCE", "800 AD": a year of the era (there is no year 0)
            return PartialDate.ofYear(year(t, era.group(1), era.group(2)));
        }
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            if (m.group(2) != null && Integer.parseInt(m.group(2)) == 0) {
                throw refused(t, "there is no month 0");
            }
            return date(t, year(t, m.group(1), null), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(3), m.group(4)), month(t, m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(3), m.group(4)), month(t, m.group(1)), m.group(2));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(2), m.group(3)), month(t, m.group(1)), null);
        }
        m = DAY_MONTH.matcher(t);
        Matcher md = MONTH_DAY.matcher(t);
        if ((m.matches() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT)))
                || (md.matches() && MONTHS.containsKey(md.group(1).toLowerCase(Locale.ROOT)))
                || YEARLESS.matcher(t).matches()) {
            throw refused(t, "the year is missing (write e.g. 4 December 2024)");
        }
        if (NUMERIC_DMY.matcher(t).matches()) {
            throw refused(t, "day and month are ambiguous in numbers; write 2021-06-11 or 11 June 2021");
        }
        // a year of seven digits or more: say where years end (eight digits alone may be a day written 20210611)
        if (t.matches("-?\\d{7,}(?:[-/].*)?") && !t.matches("\\d{8}")) {
            throw refused(t, "years go from -" + PartialDate.MAX_YEAR + " to " + PartialDate.MAX_YEAR);
        }
        throw refused(t, "write a year (2021), a month (June 2021, 2021-06) or a day (11 June 2021, 2021-06-11)");
    }

    /** "…T14:30", "… 14:30:05 UTC", "…, 14h +02:00": a day followed by a time and an optional offset. */
    private static final Pattern TIME = Pattern.compile("(.+?)(?:T|,? )(\\d{1,2})(?:h|:(\\d{2})(?::(\\d{2}))?)"
            + " ?(Z|UTC|GMT|(?:UTC|GMT)?[+-]\\d{2}(?::?\\d{2})?)?", Pattern.CASE_INSENSITIVE);

    private static PartialDate timed(String text, Matcher m) {
        PartialDate day = date(m.group(1));
        if (day.precision() != org.timescope.model.Precision.DAY) {
            throw refused(text, "a time of day needs a day (e.g. 11 June 2021 14:30)");
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
        if (hour > 23 || minute > 59 || second > 59) {
            throw refused(text, "there is no time " + m.group(2) + (minute < 0 ? "h" : ":" + m.group(3))
                    + (second < 0 ? "" : ":" + m.group(4)));
        }
        java.time.ZoneOffset offset = null;
        if (m.group(5) != null) {
            String zone = m.group(5).toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "");
            try {
                offset = zone.isEmpty() || zone.equals("Z") ? java.time.ZoneOffset.UTC
                        : PartialDate.parse("2000-01-01T00" + zone).offset();
            } catch (IllegalArgumentException e) {
                throw refused(text, "'" + m.group(5) + "' is not a UTC offset (write Z, UTC or +02:00)");
            }
        }
        return new PartialDate(day.year(), day.month(), day.day(), hour, minute, second, offset);
    }

    /** True when {@link #parse} accepts the text: for an editor that marks a field as the user types. */
    /** The date read, or the reason it could not be read; both null for blank text (no date given). */
    public record Result(PartialDate date, String error) {
        public boolean ok() {
            return date != null;
        }

        public boolean blank() {
            return date == null && error == null;
        }
    }

    /** As {@link #date}, without throwing: for an editor checking as the user types. */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Result(null, null);
        }
        try {
            return new Result(date(text), null);
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage());
        }
    }

    /** "June 2021 · month precision". */
    public static String describe(PartialDate date) {
        return date.display() + " · " + date.precision().name().toLowerCase(java.util.Locale.ROOT) + " precision";
    }

    public static boolean isDate(String text) {
        return parse(text).ok();
    }

    private static int month(String text, String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (month == null) {
            throw refused(text, "'" + name + "' is not a month");
        }
        return month;
    }

    /** The astronomical year (1 BCE is year 0) of a year written with or without its era. */
    private static int year(String text, String yearText, String era) {
        long year;
        try {
            year = Long.parseLong(yearText);
        } catch (NumberFormatException e) {
            throw refused(text, "the year is not a number");
        }
        if (era != null) {
            if (year == 0) {
                throw refused(text, "there is no year 0 (1 BCE comes before 1 CE)");
            }
            year = era.toUpperCase(Locale.ROOT).startsWith("B") ? 1 - year : year;
        }
        if (Math.abs(year) > PartialDate.MAX_YEAR) {
            throw refused(text, "years go from " + (PartialDate.MAX_YEAR + 1) + " BCE to " + PartialDate.MAX_YEAR);
        }
        return (int) year;
    }

    private static PartialDate date(String text, int year, int month, String dayText) {
        if (month < 0 || month > 12) {
            throw refused(text, "there is no month " + month);
        }
        int day = dayText == null ? 0 : Integer.parseInt(dayText);
        if (dayText != null) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                throw refused(text, day < 1 ? "there is no day 0"
                        : month == 2 ? "February " + PartialDate.ofYear(year).display() + " has " + length + " days"
                        : name + " has " + length + " days");
            }
        }
        return new PartialDate(year, month, day);
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("'" + text + "' is not a date: " + reason);
    }
}
