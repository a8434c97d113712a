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
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
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
