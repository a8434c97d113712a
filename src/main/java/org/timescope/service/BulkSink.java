package org.timescope.service;

import org.timescope.service.storage.BulkLoader;

/**
 * Where a large CSV read as it streams puts its rows: each passed to the bulk writer once its key is checked against
 * the file's others ({@link org.timescope.exchange.importing.InFileKeys}); names are created by the writer as they
 * come; every 5,000 rows the import reports its progress (and stops if cancelled).
 */
final class BulkSink implements org.timescope.exchange.importing.EventSink {
    private final BulkLoader bulk;
    private final String fileKey;
    private final java.util.Set<String> titled = new java.util.HashSet<>();
    /** The rows' keys: none of them dropped without a word. */
    final org.timescope.exchange.importing.InFileKeys keys;
    /** Called every {@link #EVERY} events (progress, cancellation). */
    private final java.util.function.LongConsumer tick;
    private static final int EVERY = 5_000;
    private long events;

    /** The events passed on so far. */
    long events() {
        return events;
    }

    BulkSink(BulkLoader bulk, String fileKey, int expected, java.util.function.LongConsumer tick) {
        this.bulk = bulk;
        this.keys = new org.timescope.exchange.importing.InFileKeys(expected);
        this.fileKey = fileKey;
        this.tick = tick;
    }

    @Override
    public void theme(String name, String description) {
    }

    @Override
    public void organisation(String name) {
    }

    @Override
    public void place(String name) {
    }

    @Override
    public org.timescope.model.Evidence evidence(String quote) {
        return new org.timescope.model.Evidence(fileKey, quote, -1, -1);
    }

    @Override
    public org.timescope.model.Evidence evidence(String quote, String sourceTitle) {
        String key = org.timescope.exchange.importing.DatasetBuilder.titledKey(sourceTitle);
        if (titled.add(key)) {
            bulk.addSource(new org.timescope.model.Source(key, sourceTitle, null, null, null, null, null, null, null));
        }
        return new org.timescope.model.Evidence(key, quote, -1, -1);
    }

    @Override
    public boolean event(org.timescope.model.TimelineEvent e) {
        org.timescope.model.TimelineEvent placed = keys.placed(e);
        if (placed == null) {
            return false; // repeats an earlier row exactly: counted in the notes
        }
        bulk.add(placed);
        if (++events % EVERY == 0) {
            tick.accept(events);
        }
        return true;
    }
}
