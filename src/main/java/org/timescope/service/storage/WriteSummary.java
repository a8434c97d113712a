package org.timescope.service.storage;

/** What one dataset write added, and how many events were already there (same id) and left as they were. */
public record WriteSummary(int events, int indicators, int sources, int skipped) {
}
