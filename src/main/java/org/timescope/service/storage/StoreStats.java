package org.timescope.service.storage;

import org.timescope.model.PartialDate;

/** Counts and date range of a collection: the earliest start and the latest end, as written. */
public record StoreStats(int events, int organisations, int themes, int people, int places, int sources,
                         int evidence, int indicators, PartialDate earliest, PartialDate latest) {
}
