package org.timescope.service.storage;

import java.util.List;
import java.util.function.DoubleConsumer;
import org.timescope.model.EventFilter;
import org.timescope.model.Indicator;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/** Reads events and indicator observations. Every list is in date order (first day, last day, title). */
public interface EventStore {

    /** The matching events in full. */
    List<TimelineEvent> find(EventFilter filter);

    /** The whole collection in columns for the timeline, reporting the share read so far (0 to 1). */
    TimelineRows timelineRows(DoubleConsumer progress);

    default TimelineRows timelineRows() {
        return timelineRows(done -> { });
    }

    /**
     * Before the collection is closed: brings up to date whatever the engine keeps so that opening is fast (for
     * SQLite the column cache of decision 0037, which an edit of this session made stale), so that the next opening
     * is as fast as this one. Nothing to do for an engine that keeps nothing, or when nothing was written.
     */
    default void prepareNextOpening() {
    }

    /**
     * After a large write by a program that does not show the collection (a command-line import): brings whatever
     * the engine keeps for a fast opening up to date now, whether or not this session read the collection, so that
     * the window's next opening does not read every row (SQLite: writes the column cache of decision 0037 unless it
     * is current). Nothing to do for an engine that keeps nothing.
     */
    default void prepareOpening() throws InterruptedException {
    }

    /**
     * Waits for what the engine still does in the background after a read (SQLite: writing the column cache of
     * decision 0037 after a read from the database). Nothing to wait for by default.
     */
    default void awaitBackgroundWork() throws InterruptedException {
    }

    /**
     * The dates of every event, for a first picture of a large collection: at least the dates (keys, titles and
     * links may be empty), or every column when a store has them at hand at no extra cost.
     */
    TimelineRows timelineDates();

    /** The store ids of the matching events, without loading them. */
    long[] ids(EventFilter filter);

    /** Up to {@code max} events sharing most organisations with the event, then the nearest in time. */
    List<TimelineEvent> related(String key, int max);

    /** One name (publisher, else title) per source the matching events cite, in source order; two articles of one publisher give its name twice. */
    List<String> sourceNames(EventFilter filter);

    /** One event in full, or null. */
    TimelineEvent byKey(String key);

    /** The events with these store ids, in full, in date order (ids not stored are left out). */
    List<TimelineEvent> byIds(long[] ids);

    /** The store id of an event, or -1. */
    long idOf(String key);

    /** The links of people ({@code "person"}) or places ({@code "place"}) to events. */
    FacetLinks links(String facet);

    int count(EventFilter filter);

    /** Indicator observations in the filter's date range and places. */
    List<Indicator> indicators(EventFilter filter);
}
