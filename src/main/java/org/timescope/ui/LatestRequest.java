package org.timescope.ui;

import java.util.function.Consumer;

/**
 * Lets only the newest of several background requests show its result: each request takes a ticket, and a
 * result arriving for any but the last ticket issued is dropped. A slow preview of old settings can then never
 * replace the preview of the settings now chosen, whichever finishes first. Used on one thread (the FX thread
 * issues tickets and receives results), so it needs no locking.
 */
final class LatestRequest {

    private long issued;

    /** A ticket for a new request; every ticket issued before it is now stale. */
    long next() {
        return ++issued;
    }

    /** Whether {@code ticket} is still the newest request. */
    boolean isLatest(long ticket) {
        return ticket == issued;
    }

    /** Wraps what to do with a result so that it runs only if {@code ticket} is still the newest. */
    <T> Consumer<T> onlyIfLatest(long ticket, Consumer<T> show) {
        return value -> {
            if (isLatest(ticket)) {
                show.accept(value);
            }
        };
    }
}
