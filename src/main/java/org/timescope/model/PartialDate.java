package org.timescope.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to a year, a month or a day ("2016", "2021-01", "2021-06-11"), or on a day to the hour,
 * minute or second ("2021-06-11T14", "2021-06-11T14:30", "1999-08-10T14:52:20Z"), with the UTC offset when one
 * is written. It stands for the whole interval it covers: "January 2021" runs from 1 to 31 January, "14:30" for
 * the whole minute, so ordering and filtering compare {@link #firstDay()} and {@link #lastDay()}, never a made-up
 * first of the month. A time is kept as written: the offset is remembered, never applied, so the day a time
 * belongs to is the day written (decision 0030). Years are astronomical (year 0 is 1 BCE) and limited to
 * ±999,999 so that every value maps to a {@link LocalDate}; anything else is refused rather than silently
 * clamped. {@code hour}, {@code minute} and {@code second} are -1 when not known.
 */
public record PartialDate(int year, int month, int day, int hour, int minute, int second, ZoneOffset offset)
        implements Comparable<PartialDate> {

    public static final int MAX_YEAR = 999_999;
    private static final Pattern ISO = Pattern.compile("(-?\\d{1,6})(?:-(\\d{2})(?:-(\\d{2})"
            + "(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    private static final int SECONDS_PER_DAY = 86_400;

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
        if (hour < -1 || hour > 23) {
            throw new IllegalArgumentException("hour " + hour + " is not 0-23");
        }
        if (minute < -1 || minute > 59 || second < -1 || second > 59) {
            throw new IllegalArgumentException("minute " + minute + " or second " + second + " is not 0-59");
        }
        if (hour >= 0 && day == 0) {
            throw new IllegalArgumentException("a time of day needs a day");
        }
        if ((minute >= 0 && hour < 0) || (second >= 0 && minute < 0)) {
            throw new IllegalArgumentException("a minute needs an hour and a second a minute");
        }
        if (offset != null && hour < 0) {
            throw new IllegalArgumentException("a UTC offset needs a time of day");
        }
    }

    /** A date without a time of day. */
    public PartialDate(int year, int month, int day) {
        this(year, month, day, -1, -1, -1, null);
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

    /** A day with a time to the hour, minute or second (-1 for a part not known) and an offset or null. */
    public static PartialDate of(LocalDate date, int hour, int minute, int second, ZoneOffset offset) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second,
                offset);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a leading minus for years before 1 CE), the
     * last optionally with a time {@code THH}, {@code THH:MM} or {@code THH:MM:SS} (a space may stand for the
     * {@code T}) and an offset {@code Z}, {@code +HH:MM}, {@code +HHMM} or {@code +HH}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong with {@code text}
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        PartialDate plain = plain(text);
        return plain != null ? plain : parseByPattern(text);
    }

    /**
     * The forms the store writes, read without the regular expression: a year of four digits, then optionally
     * {@code -MM}, {@code -DD}, {@code THH}, {@code :MM}, {@code :SS} and {@code Z}, nothing around them. Null for
     * anything else, and for a value the constructor would refuse, so that {@link #parseByPattern} reads it and
     * words the message: the same date or the same refusal either way ({@code PartialDateTest}). Reading the
     * start and end of 100,000 events with a time of day took 0.4 s through the pattern (decision 0049).
     */
    static PartialDate plain(String t) {
        int n = t.length();
        if (n < 4 || !digits(t, 0, 4)) {
            return null;
        }
        int year = number(t, 0, 4);
        if (n == 4) {
            return new PartialDate(year, 0, 0);
        }
        if (n < 7 || t.charAt(4) != '-' || !digits(t, 5, 2)) {
            return null;
        }
        int month = number(t, 5, 2);
        if (month < 1 || month > 12) {
            return null;
        }
        if (n == 7) {
            return new PartialDate(year, month, 0);
        }
        if (n < 10 || t.charAt(7) != '-' || !digits(t, 8, 2)) {
            return null;
        }
        int day = number(t, 8, 2);
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        if (n == 10) {
            return new PartialDate(year, month, day);
        }
        int end = t.charAt(n - 1) == 'Z' ? n - 1 : n;
        ZoneOffset offset = end < n ? ZoneOffset.UTC : null;
        // THH, THH:MM or THH:MM:SS: 13, 16 or 19 characters before the offset
        if (t.charAt(10) != 'T' && t.charAt(10) != ' ' || (end != 13 && end != 16 && end != 19)
                || !digits(t, 11, 2)) {
            return null;
        }
        int hour = number(t, 11, 2);
        int minute = -1;
        int second = -1;
        if (end >= 16) {
            if (t.charAt(13) != ':' || !digits(t, 14, 2)) {
                return null;
            }
            minute = number(t, 14, 2);
        }
        if (end == 19) {
            if (t.charAt(16) != ':' || !digits(t, 17, 2)) {
                return null;
            }
            second = number(t, 17, 2);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return new PartialDate(year, month, day, hour, minute, second, offset);
    }

    private static boolean digits(String t, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /** {@link #parse} through the pattern: every form it accepts, and the message for what it refuses. */
    static PartialDate parseByPattern(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (use YYYY, YYYY-MM, YYYY-MM-DD "
                    + "or YYYY-MM-DDTHH:MM[:SS][Z])");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = number(m.group(2), 0);
            int day = number(m.group(3), 0);
            // written 00, a month or a day is not "none" (0 is how the record says a date has none)
            if (m.group(2) != null && month == 0) {
                throw new IllegalArgumentException("month 00 is not 01-12");
            }
            if (m.group(3) != null && day == 0) {
                throw new IllegalArgumentException("day 00 is not a day of the month");
            }
            return new PartialDate(year, month, day, number(m.group(4), -1), number(m.group(5), -1),
                    number(m.group(6), -1), offset(m.group(7)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    private static int number(String digits, int none) {
        return digits == null ? none : Integer.parseInt(digits);
    }

    private static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            throw new IllegalArgumentException("the zone offset " + text + " is not between -18:00 and +18:00");
        }
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    public Precision precision() {
        if (month == 0) {
            return Precision.YEAR;
        }
        if (day == 0) {
            return Precision.MONTH;
        }
        return hour < 0 ? Precision.DAY : minute < 0 ? Precision.HOUR : second < 0 ? Precision.MINUTE
                : Precision.SECOND;
    }

    /** Whether a time of day is written. */
    public boolean timed() {
        return hour >= 0;
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
            default -> LocalDate.of(year, month, day);
        };
    }

    /** Seconds into {@link #firstDay()} at which this date begins: 0 unless a time is written. */
    public int firstSecond() {
        return hour < 0 ? 0 : hour * 3600 + Math.max(minute, 0) * 60 + Math.max(second, 0);
    }

    /** Seconds into {@link #lastDay()} at which this date ends (exclusive): a whole day unless a time is written. */
    public int endSecond() {
        return switch (precision()) {
            case HOUR -> firstSecond() + 3600;
            case MINUTE -> firstSecond() + 60;
            case SECOND -> firstSecond() + 1;
            default -> SECONDS_PER_DAY;
        };
    }

    /** Where this date begins in epoch days with the time as a fraction of its day (the timeline's axis). */
    public double from() {
        return firstDay().toEpochDay() + firstSecond() / (double) SECONDS_PER_DAY;
    }

    /** Where this date ends (exclusive) in epoch days: the day after the last day unless a time is written. */
    public double until() {
        return lastDay().toEpochDay() + endSecond() / (double) SECONDS_PER_DAY;
    }

    /** Whether the interval of this date contains the given day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** The same date at a coarser (or equal) precision; a time keeps its offset while it keeps an hour. */
    public PartialDate truncatedTo(Precision precision) {
        if (precision.compareTo(precision()) >= 0) {
            return this;
        }
        return switch (precision) {
            case YEAR -> ofYear(year);
            case MONTH -> of(year, month);
            case DAY -> of(year, month, day);
            case HOUR -> new PartialDate(year, month, day, hour, -1, -1, offset);
            case MINUTE -> new PartialDate(year, month, day, hour, minute, -1, offset);
            case SECOND -> this;
        };
    }

    /** The ISO form used in files: {@code 2021}, {@code 2021-06}, {@code 2021-06-11}, {@code 2021-06-11T14:30Z}. */
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
                if (hour >= 0) {
                    sb.append('T').append(timeOfDay());
                    if (offset != null) {
                        sb.append(offset.getId());
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The time as written, "14", "14:30" or "14:30:05", without the offset; empty when none is written. */
    public String timeOfDay() {
        if (hour < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(8);
        two(sb, hour);
        if (minute >= 0) {
            two(sb.append(':'), minute);
            if (second >= 0) {
                two(sb.append(':'), second);
            }
        }
        return sb.toString();
    }

    private static void two(StringBuilder sb, int value) {
        sb.append(value < 10 ? "0" : "").append(value);
    }

    /**
     * How a reader says it: "2016", "June 2021", "11 June 2021", "44 BCE", "11 June 2021, 14:30",
     * "10 August 1999, 14:52:20 UTC", "11 June 2021, 14h UTC+02:00" (an hour alone is written "14h").
     */
    public String display() {
        String y = year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
        if (month == 0) {
            return y;
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (day == 0) {
            return monthName + " " + y;
        }
        String date = day + " " + monthName + " " + y;
        if (hour < 0) {
            return date;
        }
        String time = minute < 0 ? timeOfDay() + "h" : timeOfDay();
        String zone = offset == null ? "" : offset.equals(ZoneOffset.UTC) ? " UTC" : " UTC" + offset.getId();
        return date + ", " + time + zone;
    }

    /**
     * Orders by where the interval begins, then by where it ends (the shorter first: a day before its month, an
     * hour before its day), then dates that cover the same interval by offset (none first, then east to west).
     * Total, and zero only for equal dates.
     */
    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        if (c == 0) {
            c = Integer.compare(firstSecond(), other.firstSecond());
        }
        if (c == 0) {
            c = lastDay().compareTo(other.lastDay());
        }
        if (c == 0) {
            c = Integer.compare(endSecond(), other.endSecond());
        }
        if (c == 0 && !Objects.equals(offset, other.offset)) {
            c = offset == null ? -1 : other.offset == null ? 1 : offset.compareTo(other.offset);
        }
        return c;
    }
}
