package org.timescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers of schema 7 ({@code V007__generation_triggers.sql}, decision 0044) that raise the {@link Generation}
 * for every row any program writes to the tables the column cache is read from. A bulk load, which raises the
 * generation itself when it takes the write lock, takes them off inside its transaction and puts them back before it
 * commits: a million events write four to five million such rows. Other programs' writers see the triggers at every
 * moment, since no other writer can run inside that transaction.
 */
final class GenerationTriggers {

    private GenerationTriggers() {
    }

    /**
     * Drops the generation's triggers on {@code c}, inside its open write transaction, and returns the statements that
     * make them again, as the file has them (none in a file that has no such triggers).
     */
    static List<String> drop(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> create = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                     + "AND name LIKE 'generation\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                create.add(rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP TRIGGER \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return List.copyOf(create);
    }

    /** Makes again, in the same transaction, the triggers {@link #drop} took off. */
    static void restore(Connection c, List<String> create) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : create) {
                s.execute(sql);
            }
        }
    }
}
