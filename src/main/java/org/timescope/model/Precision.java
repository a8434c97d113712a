package org.timescope.model;

/** How much of a date is known: a {@link PartialDate} covers a whole year, a whole month or one day. */
public enum Precision {
    YEAR, MONTH, DAY;

    /** The lower-case name used in files and on the command line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
