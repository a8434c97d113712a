package org.timescope.service.edit;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;

/**
 * A date typed as researchers write it — "2021", "June 2021", "Jun 2021", "11 June 2021", "June 11, 2021",
 * "2021-06", "2021-06-11", "2021/06/11", "44 BCE" — read into a {@link PartialDate} at the precision written,
 * or a one-line reason naming what is wrong. Pure: no I/O, no toolkit, the same answer for the same text.
 */
public final class DateText {

    /** The date read, or the reason it could not be read; both null for blank text (no date given). */
    public record Result(PartialDate date, String error) {
        public boolean ok() {
            return date != null;
        }

        public boolean blank() {
            return date == null && error == null;
        }
    }

    private static final String YEAR = "(\\d{1,6})(?:\\s*(BCE|BC|CE|AD))?";
    private static final Pattern ISO = Pattern.compile("(-?\\d{1,6})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");
    private static final Pattern ERA_YEAR = Pattern.compile(YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("([\\p{L}]+)\\.?,?\\s+" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([\\p{L}]+)\\.?,?\\s+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
    private static final String HINT = " (try 2021, June 2021, 11 June 2021 or 2021-06-11)";

    private DateText() {
    }

    public static Result parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return new Result(null, null);
        }
        try {
            return new Result(read(t), null);
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage());
        }
    }

    /**
     * The date as a researcher typed it, for the command line: the date at its precision, or an
     * {@link IllegalArgumentException} whose message is the one-line reason (blank text is not a date).
     */
    public static PartialDate date(String text) {
        Result r = parse(text);
        if (r.ok()) {
            return r.date();
        }
        throw new IllegalArgumentException(r.blank() ? "a date is needed" + HINT : r.error());
    }

    /** True when the text reads as a date. */
    public static boolean isDate(String text) {
        return parse(text).ok();
    }

    /** "June 2021 · month precision". */
    public static String describe(PartialDate date) {
        return date.display() + " · " + date.precision().name().toLowerCase(Locale.ROOT) + " precision";
    }

    private static PartialDate read(String t) {
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return date(t, year, month, day);
        }
        if (SLASHED.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is ambiguous (day or month first?): write 11 June 2021 or 2021-06-11");
        }
        m = ERA_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(1), m.group(2)), 0, 0);
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(3), m.group(4)), month(t, m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(3), m.group(4)), month(t, m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(t, year(t, m.group(2), m.group(3)), month(t, m.group(1)), 0);
        }
        throw new IllegalArgumentException("'" + t + "' is not a date" + HINT);
    }

    /** Astronomical year from "44" and an era: 1 BCE is year 0. */
    private static int year(String t, String digits, String era) {
        int y = Integer.parseInt(digits);
        if (era == null || era.equals("CE") || era.equals("AD")) {
            return y;
        }
        if (y == 0) {
            throw new IllegalArgumentException("'" + t + "': there is no year 0 BCE (1 BCE comes before 1 CE)");
        }
        return 1 - y;
    }

    private static int month(String t, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 3) {
            for (Month m : Month.values()) {
                String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (full.startsWith(w) || (w.equals("sept") && m == Month.SEPTEMBER)) {
                    return m.getValue();
                }
            }
        }
        throw new IllegalArgumentException("'" + t + "': '" + word + "' is not a month");
    }

    private static PartialDate date(String t, int year, int month, int day) {
        if (Math.abs(year) > PartialDate.MAX_YEAR) {
            throw new IllegalArgumentException("'" + t + "': year " + year + " is outside ±" + PartialDate.MAX_YEAR);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("'" + t + "': month " + month + " is not 1–12");
        }
        if (day != 0 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("'" + t + "': " + PartialDate.of(year, month).display() + " has no day " + day);
        }
        return new PartialDate(year, month, day);
    }
}
