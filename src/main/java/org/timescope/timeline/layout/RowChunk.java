package org.timescope.timeline.layout;

import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * A run of an {@link EventIndex}'s rows: {@code size} rows of {@code rows} from {@code offset}, with their colour
 * slots (same offsets) and, for an index built from records, their events. A chunk is never changed: an index
 * read from the store is cut into views of its columns, and an edit makes new chunks for the runs it touches only,
 * sharing every other chunk with the index it came from. Name indexes point into the index's name tables.
 */
record RowChunk(TimelineRows rows, int offset, int size, int[] colour, TimelineEvent[] records) {
}
