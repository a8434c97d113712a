package org.timescope.model;

import java.util.Objects;

/**
 * A named view: the filter, the lane mode ("NONE", "ORGANISATION", "THEME"), the time window in days
 * since 1970-01-01 (null: fit all events) and the selected event's key. Reopening it in the window or
 * passing {@code --view NAME} on the command line shows the same events in the same picture.
 */
public record SavedView(String name, EventFilter filter, String laneMode, Double windowStart, Double windowEnd,
                        String selected) {
    public SavedView {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a view needs a name");
        }
        filter = filter == null ? EventFilter.ALL : filter;
        laneMode = laneMode == null ? "NONE" : laneMode;
    }

    public SavedView withName(String newName) {
        return new SavedView(newName, filter, laneMode, windowStart, windowEnd, selected);
    }
}
