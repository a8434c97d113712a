package org.timescope.model;

import java.util.Locale;

/** How the app writes a number of events for people: "1,000,000 events", the same on every screen. */
public final class Counts {

    private Counts() {
    }

    /** Digits in groups of three with a comma (the app's language is English), e.g. 18,395. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "18,395 of 1,000,000 events". */
    public static String ofTotal(long shown, long total) {
        return grouped(shown) + " of " + grouped(total) + " events";
    }
}
