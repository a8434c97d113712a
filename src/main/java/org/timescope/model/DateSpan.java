package org.timescope.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * When an event happened: a start and an optional end, each a {@link PartialDate}.
 * The span covers every day from the start's first day to the end's (or the start's) last day; on the
 * timeline, from the start's time of day (if written) to the end of the end's.
 */
public record DateSpan(PartialDate start, PartialDate end) implements Comparable<DateSpan> {

    private static final Comparator<DateSpan> ORDER = Comparator
            .comparing(DateSpan::firstDay)
            .thenComparingDouble(DateSpan::from)
            .thenComparing(DateSpan::lastDay)
            .thenComparingDouble(DateSpan::until);

    public DateSpan {
        Objects.requireNonNull(start, "start");
        if (end != null && (end.lastDay().isBefore(start.firstDay()) || end.until() <= start.from())) {
            throw new IllegalArgumentException("end " + end + " is before start " + start + sameZoneHint(start, end));
        }
        if (end != null && start.offset() != null && end.offset() != null && !start.offset().equals(end.offset())
                && instantEnd(end) <= instantStart(start)) {
            // in order as written, not in time: 10:00+08:00 is 02:00 UTC, before 09:00-05:00 (14:00 UTC)
            throw new IllegalArgumentException("end " + end + " is before start " + start + " in time (at their offsets)"
                    + sameZoneHint(start, end));
        }
    }

    /** The times of an event are drawn as written (decision 0030): one written at another offset is refused. */
    private static String sameZoneHint(PartialDate start, PartialDate end) {
        return start.offset() != null && end.offset() != null && !start.offset().equals(end.offset())
                ? "; an event's times are drawn as written, so write both at one offset" : "";
    }

    private static long instantStart(PartialDate d) {
        return d.firstDay().toEpochDay() * 86_400L + d.firstSecond() - d.offset().getTotalSeconds();
    }

    private static long instantEnd(PartialDate d) {
        return d.lastDay().toEpochDay() * 86_400L + d.endSecond() - d.offset().getTotalSeconds();
    }

    public static DateSpan of(PartialDate start) {
        return new DateSpan(start, null);
    }

    public static DateSpan parse(String start, String end) {
        return new DateSpan(PartialDate.parse(start), end == null || end.isBlank() ? null : PartialDate.parse(end));
    }

    public LocalDate firstDay() {
        return start.firstDay();
    }

    public LocalDate lastDay() {
        return end == null ? start.lastDay() : end.lastDay();
    }

    /** Where the span begins in epoch days, a written time of day as a fraction of its day. */
    public double from() {
        return start.from();
    }

    /** Where the span ends (exclusive) in epoch days: the day after the last day unless a time is written. */
    public double until() {
        return end == null ? start.until() : end.until();
    }

    /** The coarser of the start's and the end's precision: the precision the span is known to. */
    public Precision precision() {
        if (end == null || end.precision().compareTo(start.precision()) >= 0) {
            return start.precision();
        }
        return end.precision();
    }

    public boolean isRange() {
        return end != null && !end.equals(start);
    }

    /** Whether any day of this span falls inside [from, to]; a null bound is open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !lastDay().isBefore(from)) && (to == null || !firstDay().isAfter(to));
    }

    /** "11 June 2021", "2016 – 2021", "June 2021". */
    public String display() {
        return isRange() ? start.display() + " – " + end.display() : start.display();
    }

    @Override
    public int compareTo(DateSpan other) {
        return ORDER.compare(this, other);
    }
}
