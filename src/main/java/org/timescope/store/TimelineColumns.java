package org.timescope.store;

import java.util.function.DoubleConsumer;
import org.timescope.model.TimelineRows;

/**
 * The timeline's columns ({@link TimelineRows}) of the whole store, from where they are cheapest: kept in memory until
 * the database changes ({@code PRAGMA data_version}), else from a {@link ColumnCache} file written at the database's
 * present generation, else scanned out of the database ({@link EventScan}) and the file written again.
 */
final class TimelineColumns {

    private final Database database;
    private final ColumnCache cache;
    private final EventScan scan;

    TimelineColumns(Database database) {
        this(database, ColumnCache.of(database.file(), System.getenv()));
    }

    /** With the cache file at a given place (tests put it in a folder of their own). */
    TimelineColumns(Database database, ColumnCache cache) {
        this.database = database;
        this.cache = cache;
        this.scan = new EventScan(database);
    }

    /**
     * The columns: kept from the last call if nothing was written since, else from the cache file if it was written
     * at the database's present generation (decision 0037), else read from the database (and the cache file written
     * again in the background); {@code progress} hears the share read (0 to 1).
     */
    TimelineRows read(DoubleConsumer progress) {
        long version = database.dataVersion();
        TimelineRows cached = rowsCache;
        if (cached != null && version == rowsVersion) {
            progress.accept(1);
            return cached; // nothing was written since: a snapshot or a second view need not read again
        }
        ColumnCache.Partial begun = partial;
        partial = null;
        EventScan.Scanned begunScan = scanned;
        scanned = null;
        TimelineRows rows = database.read(c -> {
            Generation at = Generation.read(c);
            // the rest of the file whose dates were just read for a first picture, if nothing was written since
            java.util.Optional<TimelineRows> kept = begun != null && version == partialVersion ? begun.rest()
                    : cache.read(at);
            if (kept.isPresent()) {
                return kept.get();
            }
            // in the same read transaction: the rows as of {@code at}
            TimelineRows read = scan.rows(progress, begunScan != null && begunScan.version() == version ? begunScan : null);
            keep(read, at);
            return read;
        });
        progress.accept(1);
        rowsCache = rows;
        rowsVersion = version;
        return rows;
    }

    private TimelineRows rowsCache;
    private long rowsVersion = Long.MIN_VALUE;

    /** The last dates-only scan of the database, for the full read that follows it (decision 0048). */
    private volatile EventScan.Scanned scanned;
    /** The cache file whose dates {@link #readDates} gave, its rest not read yet, and the data version then. */
    private volatile ColumnCache.Partial partial;
    private volatile long partialVersion = Long.MIN_VALUE;

    /**
     * Writes the cache file on a thread of its own (not a daemon: a window closed meanwhile waits for the rename
     * rather than leaving a part-written temporary file). Rows read at generation G are labelled G; if the link
     * tables' own connections saw a later commit, the file is stale at once and never used.
     */
    private void keep(TimelineRows rows, Generation at) {
        Thread writer = new Thread(() -> cache.write(rows, at), "column-cache");
        writer.setPriority(Thread.MIN_PRIORITY);
        writer.start();
        lastWrite = writer;
    }

    private volatile Thread lastWrite;

    /**
     * Before the collection is closed: when this session read the columns and the store was written since (an
     * edit), the cache file no longer matches and the next opening would read every row again. The columns are
     * read once more now and the file written, so the next opening takes them from the file (issue 16: open fast
     * in every run, not only in the run after an import). A session that never read the columns, or wrote
     * nothing, costs nothing here.
     */
    void refreshCache() throws InterruptedException {
        // a file still being written (after this session's first read) is finished first: the process may end with
        // System.exit right after, which does not wait for the writing thread, and the next start would read every
        // row again (and leave another part-written file)
        awaitCacheWritten();
        if (rowsVersion == Long.MIN_VALUE || database.dataVersion() == rowsVersion) {
            return;
        }
        if (!database.read(c -> cache.writtenAt(Generation.read(c)))) {
            read(done -> { }); // stale: read from the database, and the file written (keep)
        }
        awaitCacheWritten();
    }

    /**
     * After a command-line import (decision 0049): the cache file written now unless it is current, whether or not
     * this session read the columns, so that the window's next opening takes the columns from the file instead of
     * reading every row; returns when the file is in place.
     */
    void prepareCache() throws InterruptedException {
        awaitCacheWritten();
        if (!database.read(c -> cache.writtenAt(Generation.read(c)))) {
            rowsCache = null; // read from the database, and the file written (keep)
            rowsVersion = Long.MIN_VALUE;
            read(done -> { });
        }
        awaitCacheWritten();
    }

    /** Waits for the cache file being written, if any (tests; the bench between runs). */
    void awaitCacheWritten() throws InterruptedException {
        Thread t = lastWrite;
        if (t != null) {
            t.join();
        }
    }

    /**
     * The dates (see {@link EventRepository#timelineDates()}): every column when they are kept from a read since
     * which nothing was written; else, from a current cache file, its first section alone (the dates, checked),
     * the file kept mapped for the {@link #read} that follows, which reads only its rest (decision 0043: nothing is
     * read twice); else the dates alone from the database.
     */
    TimelineRows readDates() {
        long version = database.dataVersion();
        TimelineRows held = rowsCache;
        if (held != null && version == rowsVersion) {
            return held;
        }
        java.util.Optional<ColumnCache.Partial> kept = database.read(c -> cache.readDates(Generation.read(c)));
        if (kept.isPresent()) {
            partial = kept.get();
            partialVersion = version;
            return kept.get().dates();
        }
        EventScan.Scanned dates = scan.dates(version);
        scanned = dates;
        return dates.inDateOrder();
    }

}
