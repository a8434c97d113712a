package org.timescope.ui.timeline;

import org.timescope.model.TimelineEvent;

/** How an event's date reads in tooltips: at its precision, saying when it is approximate or inferred. */
public final class EventText {
    private EventText() {
    }

    public static String date(TimelineEvent e) {
        String flags = (e.approximate() ? ", approximate" : "") + (e.inferred() ? ", inferred" : "");
        return e.when().display() + " (" + e.when().precision().label() + " precision" + flags + ")";
    }
}
