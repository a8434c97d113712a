package org.timescope.model;

/**
 * How much of a date is known: a {@link PartialDate} covers a whole year, a whole month, one day, or — when a
 * time of day is written — one hour, one minute or one second of that day. Coarser precisions come first.
 */
public enum Precision {
    YEAR, MONTH, DAY, HOUR, MINUTE, SECOND;

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The calendar part of this precision: a time of day counts as day precision for the calendar. */
    public Precision calendar() {
        return compareTo(DAY) > 0 ? DAY : this;
    }

    /** Whether this precision includes a time of day. */
    public boolean timed() {
        return compareTo(DAY) > 0;
    }
}
