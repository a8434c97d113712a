package org.timescope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Commit-or-roll-back around a unit of work; a {@link StoreException} passes through after the rollback. */
final class Transactions {
    private Transactions() {
    }

    static <T> T run(Connection connection, Path file, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
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
