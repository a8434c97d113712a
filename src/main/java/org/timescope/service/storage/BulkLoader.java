package org.timescope.service.storage;

import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * Streams many events into the collection in one transaction: nothing is visible to others until
 * {@link #finish()}; any failure, {@link #cancel()} or {@link #close()} without finishing stores nothing.
 */
public interface BulkLoader extends AutoCloseable {

    /** What a load added, how many were already stored, and the change group recording it (0 if none added). */
    record Result(int added, int skipped, long group) {
    }

    void add(TimelineEvent event);

    /** A further source the events may cite. */
    void addSource(Source source);

    /** Stops the load as soon as possible, from any thread; it then stores nothing. */
    void cancel();

    Result finish();

    @Override
    void close();
}
