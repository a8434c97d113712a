package org.timescope.ui.browse;

import org.timescope.model.TimelineEvent;

/** How dates read in the window: at their precision, with approximate and inferred dates marked. */
final class DatesText {
    private DatesText() {
    }

    static String shortForm(TimelineEvent e) {
        return e.when().display() + (e.approximate() ? " ~" : "") + (e.inferred() ? " *" : "");
    }

    /** "11 June 2021 · day precision · inferred: year from the forum's name". */
    static String longForm(TimelineEvent e) {
        StringBuilder sb = new StringBuilder(e.when().display());
        sb.append(" · ").append(e.when().precision().label()).append(" precision");
        if (e.approximate()) {
            sb.append(" · approximate");
        }
        if (e.inferred()) {
            sb.append(" · inferred");
        }
        return sb.toString();
    }
}
