package org.timescope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.timescope.service.storage.WriterWait;

/**
 * Takes the file's write lock at the start of a transaction, waiting for another writer (another process's
 * import, a window's edit) to finish rather than failing at once with "locked". SQLite lets one writer at a
 * time; a transaction that first reads and only later writes would fail without waiting if another writer
 * committed meanwhile, so every write transaction takes the lock before it reads anything.
 */
final class WriteLock {

    /** How long SQLite's own busy handler waits per attempt before the cancel flag and the limit are looked at. */
    private static final int ATTEMPT_MS = 200;

    private WriteLock() {
    }

    /**
     * Called right after {@code setAutoCommit(false)}, before the transaction reads: raising the store's generation
     * (decision 0037) takes the lock, and commits with the transaction's writes or is rolled back with them. While another writer holds it, {@link WriterWait#waiting()} is told once and the attempt
     * repeated until the lock is free, the wait is cancelled or its limit has passed.
     *
     * @throws StoreException when the wait was cancelled or ran out (nothing has been written)
     */
    static void take(Connection c, Path file, WriterWait wait) throws SQLException {
        long deadline = System.nanoTime() + wait.limit().toNanos();
        boolean told = false;
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + ATTEMPT_MS);
            try {
                while (true) {
                    try {
                        s.execute(Generation.RAISE);
                        return;
                    } catch (SQLException e) {
                        if (!busy(e)) {
                            throw e;
                        }
                        c.rollback(); // nothing read or written yet: start the transaction afresh
                    }
                    if (!told) {
                        told = true;
                        wait.waiting().run();
                    }
                    if (wait.cancelled().getAsBoolean()) {
                        throw new StoreException("stopped waiting for the other program writing " + file
                                + " (nothing was written)");
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw new StoreException("database " + file + " is being changed by another program (an import "
                                + "or an edit): waited " + seconds(wait) + " for it to finish; nothing was written, try again");
                    }
                }
            } finally {
                s.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
        }
    }

    static boolean busy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("database is locked");
    }

    private static String seconds(WriterWait wait) {
        long s = wait.limit().toSeconds();
        return s >= 120 && s % 60 == 0 ? s / 60 + " minutes" : s + (s == 1 ? " second" : " seconds");
    }
}
