package org.timescope.service.storage;

/** What one dataset write added, and how many events were already there (same id) and left as they were. */
public record WriteSummary(int events, int indicators, int sources, int skipped, int eras, int links) {
    /** A summary of events, indicators and sources only. */
    public WriteSummary(int events, int indicators, int sources, int skipped) {
        this(events, indicators, sources, skipped, 0, 0);
    }
}
