package org.timescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection settings a large load changes, and puts back when it ends (committed or rolled back).
 * Both must be set outside a transaction.
 * <ul>
 * <li>Foreign-key checks off: the bulk writer makes every reference itself, from ids it assigned or just
 * looked up; checking each link row against its parents doubled the cost of the link tables (0011).</li>
 * <li>A rollback journal instead of WAL: pages past the old end of the file are not journaled, so the load
 * is written once, not to the WAL and again by a checkpoint (commit of 1M events 1.6 s → 0.4 s). Still
 * crash-safe: a hot journal is rolled back on the next open. Only when no other connection has the file
 * open; WAL is kept then, so a window showing the file keeps its snapshot (0012).</li>
 * </ul>
 */
final class LoadSettings {

    private final Connection c;
    private boolean leftWal;

    private LoadSettings(Connection c) {
        this.c = c;
    }

    /** Settings for a large load: the checks off, the journal switched if the file is not shared. */
    static LoadSettings large(Connection c) throws SQLException {
        LoadSettings settings = new LoadSettings(c);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("PRAGMA busy_timeout = 0"); // another connection reading: do not wait, keep WAL
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
                settings.leftWal = rs.next() && "delete".equalsIgnoreCase(rs.getString(1));
            } catch (SQLException busy) {
                settings.leftWal = false;
            } finally {
                s.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
        }
        return settings;
    }

    /** A small load changes nothing; restoring only makes sure the checks are on. */
    static LoadSettings small(Connection c) {
        return new LoadSettings(c);
    }

    /** Foreign-key checks on, WAL back; a cancel racing with the rollback interrupts at most one attempt. */
    void restore() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                if (leftWal) {
                    s.execute("PRAGMA journal_mode = WAL");
                    leftWal = false;
                }
                return;
            } catch (SQLException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
