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
