package org.timescope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Commit-or-roll-back around a unit of work; a {@link StoreException} passes through after the rollback. */
final class Transactions {
    private Transactions() {
    }

    static <T> T run(Connection connection, Path file, SqlWork<T> work) {
        return run(connection, file, null, work);
    }

    /**
     * A write transaction: the file's write lock is taken first, waiting as {@code wait} says for another writer
     * to finish ({@link WriteLock}); null takes no lock first (the schema's own upgrade, run while opening).
     */
    static <T> T run(Connection connection, Path file, org.timescope.service.storage.WriterWait wait, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                if (wait != null) {
                    WriteLock.take(connection, file, wait);
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(Database.describe(file, e), e);
        }
    }
}
