package org.timescope.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, a month or a day ("2016", "2021-01", "2021-06-11").
 * It stands for the whole interval it covers: "January 2021" runs from 1 to 31 January, so ordering
 * and filtering compare {@link #firstDay()} and {@link #lastDay()}, never a made-up first of the month.
 * Years are astronomical (year 0 is 1 BCE) and limited to ±999,999 so that every value maps to a
 * {@link LocalDate}; anything else is refused rather than silently clamped.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static final int MAX_YEAR = 999_999;
    private static final Pattern ISO = Pattern.compile("(-?\\d{1,6})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < -MAX_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside ±" + MAX_YEAR);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is not 1-12");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0 && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%04d-%02d has no day %d", year, month, day));
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a leading minus for years before 1 CE).
     *
     * @throws IllegalArgumentException with a message saying what is wrong with {@code text}
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    public Precision precision() {
        if (month == 0) {
            return Precision.YEAR;
        }
        return day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** The first day this date covers. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date covers. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Whether the interval of this date contains the given day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** The same date at a coarser (or equal) precision. */
    public PartialDate truncatedTo(Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(year);
            case MONTH -> month == 0 ? this : of(year, month);
            case DAY -> this;
        };
    }

    /** The ISO-like form used in files: {@code 2021}, {@code 2021-06}, {@code 2021-06-11}. */
    @Override
    public String toString() {
        // hand-formatted: this runs for every event of a million-row import
        StringBuilder sb = new StringBuilder(11);
        int abs = Math.abs(year);
        if (year < 0) {
            sb.append('-');
        }
        for (int pad = abs < 10 ? 3 : abs < 100 ? 2 : abs < 1000 ? 1 : 0; pad > 0; pad--) {
            sb.append('0');
        }
        sb.append(abs);
        if (month > 0) {
            sb.append(month < 10 ? "-0" : "-").append(month);
            if (day > 0) {
                sb.append(day < 10 ? "-0" : "-").append(day);
            }
        }
        return sb.toString();
    }

    /** How a reader says it: "2016", "June 2021", "11 June 2021", "44 BCE". */
    public String display() {
        String y = year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
        if (month == 0) {
            return y;
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day == 0 ? monthName + " " + y : day + " " + monthName + " " + y;
    }

    /** Orders by first day, then by the shorter interval first (a day before its month, a month before its year). */
    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        return c != 0 ? c : lastDay().compareTo(other.lastDay());
    }
}
