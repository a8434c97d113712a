package org.timescope.service;

/**
 * Follows a large import and can stop it. While a big file streams into the store, {@link #progress} is
 * called (on the importing thread) with how much of the file has been read and how many events it held so
 * far, then once more when the rows are in and the indexes are being built. {@link #cancel()} may be called
 * from any thread: the import stops at the next chunk of rows, or at once while SQLite builds the indexes,
 * and is rolled back, so nothing of the file is stored.
 */
public class ImportControl {

    private volatile boolean cancelled;
    private volatile Runnable interrupter;
    private volatile java.time.Duration waitLimit = org.timescope.service.storage.WriterWait.DEFAULT_LIMIT;

    /**
     * Told once (on the importing thread) when another program is writing the same collection and the import
     * waits for it to finish before it stores anything; {@link #cancel()} stops the wait. Does nothing here.
     */
    protected void waiting() {
    }

    /** How long the import waits for another program's write before it gives up (default three minutes). */
    public final ImportControl waitingAtMost(java.time.Duration limit) {
        this.waitLimit = limit;
        return this;
    }

    /** The store's side of {@link #waiting()}, the limit and the cancel. */
    final org.timescope.service.storage.WriterWait writerWait() {
        return new org.timescope.service.storage.WriterWait(waitLimit, this::waiting, this::cancelled);
    }

    /** Told how far the import has got; {@code finishing} once every row is read. Does nothing here. */
    protected void progress(long bytesRead, long bytesTotal, long events, boolean finishing) {
    }

    /** Asks the import to stop and roll back. */
    public final void cancel() {
        cancelled = true;
        Runnable r = interrupter;
        if (r != null) {
            r.run();
        }
    }

    public final boolean cancelled() {
        return cancelled;
    }

    /** What stops the store's current statement, while one may run that polling cannot reach. */
    final void interruptWith(Runnable r) {
        interrupter = r;
        if (r != null && cancelled) {
            r.run();
        }
    }
}
