package org.timescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's own version of its content (decision 0037): the one row of {@code generation}, raised by the first
 * statement of every write transaction ({@link WriteLock}), so it commits or rolls back with the writes, and since
 * schema 7 also by triggers for every row any program — the {@code sqlite3} shell, a script — writes to the tables the
 * column cache reads ({@link GenerationTriggers}, decision 0044). Only equality is meaningful: one transaction may raise
 * it by one or by many. Unlike {@code PRAGMA data_version} it can be kept in a file and compared by another process at
 * another time.
 *
 * @param collection a random identity given to the collection once, when the table was made
 * @param value      raised by every committed write transaction (by Timescope's or another program's)
 * @param schema     the schema's {@code user_version}
 */
record Generation(String collection, long value, int schema) {

    /** The first statement of a write transaction: it takes SQLite's write lock and raises the generation. */
    static final String RAISE = "UPDATE generation SET value = value + 1";

    /** As of the read transaction {@code c} is in. */
    static Generation read(Connection c) throws SQLException {
        int schema = Migrator.userVersion(c);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT collection, value FROM generation")) {
            if (!rs.next()) {
                throw new SQLException("the generation table has no row");
            }
            return new Generation(rs.getString(1), rs.getLong(2), schema);
        }
    }
}
