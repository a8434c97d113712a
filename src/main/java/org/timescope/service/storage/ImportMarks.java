package org.timescope.service.storage;

import java.util.Map;

/**
 * Where an import's rows begin and end: the store ids of the events it added ({@code firstEvent..lastEvent},
 * none when {@code events} is 0) and, per catalogue table, the highest id before it ran (what is above was
 * created by it). Enough to take the import back without a change row per event.
 */
public record ImportMarks(int events, long firstEvent, long lastEvent, Map<String, Long> before) {
    public ImportMarks {
        before = Map.copyOf(before);
    }
}
