package org.timescope.store;

import java.util.logging.Logger;

/**
 * Keeps one harmless message of the SQLite driver off the user's terminal. On its first use in a process the
 * driver unpacks its native library into the temp folder, and first deletes the copies that earlier processes
 * left there (a process that was killed cannot delete its own). When several Timescope processes start at once,
 * two of them may both try to delete the same stale copy: the one that comes second logs
 * {@code SEVERE: Failed to delete old native lib} with a 40-line {@code NoSuchFileException} trace, though the copy
 * is gone, as it should be (a copy of another user's, which may not be deleted, gives the same record). Nothing
 * depends on that cleanup, so that record alone is dropped; every other record of the driver's loader passes.
 */
final class NativeLibraryLog {

    private static final String STALE_COPY = "Failed to delete old native lib";
    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger would lose its filter. */
    private static final Logger LOADER = Logger.getLogger("org.sqlite.SQLiteJDBCLoader");

    private NativeLibraryLog() {
    }

    /** Installs the filter; must run before the driver's first connection (the {@link Database} class does it). */
    static void dropStaleCopyCleanupFailures() {
        LOADER.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(STALE_COPY));
    }
}
