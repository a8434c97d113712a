package org.timescope.ui.timeline;

import org.timescope.model.TimelineEvent;

/** How an event's date reads in tooltips: at its precision, saying when it is approximate or inferred. */
public final class EventText {
    private EventText() {
    }

    public static String date(TimelineEvent e) {
        return date(e.when(), e.approximate(), e.inferred());
    }

    public static String date(org.timescope.model.DateSpan when, boolean approximate, boolean inferred) {
        String flags = (approximate ? ", approximate" : "") + (inferred ? ", inferred" : "");
        return when.display() + " (" + when.precision().label() + " precision" + flags + ")";
    }
}
