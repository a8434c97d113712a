package org.timescope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection settings a large load changes, and puts back when it ends (committed or rolled back).
 * Both must be set outside a transaction.
 * <ul>
 * <li>Foreign-key checks off: the bulk writer makes every reference itself, from ids it assigned or just
 * looked up; checking each link row against its parents doubled the cost of the link tables (0011).</li>
 * <li>The journal stays WAL (decision 0018). A rollback journal wrote the load once instead of twice, but it
 * shut out every reader — the window, {@code list}, {@code stats} in other processes — for the whole load;
 * with WAL they go on reading the collection as it was until the load commits.</li>
 * </ul>
 */
final class LoadSettings {

    private final Connection c;

    private LoadSettings(Connection c) {
        this.c = c;
    }

    /** Settings for a large load: the checks off. */
    static LoadSettings large(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
        return new LoadSettings(c);
    }

    /** A small load changes nothing; restoring only makes sure the checks are on. */
    static LoadSettings small(Connection c) {
        return new LoadSettings(c);
    }

    /** Foreign-key checks on; a cancel racing with the rollback interrupts at most one attempt. */
    void restore() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                return;
            } catch (SQLException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
