package org.timescope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the schema this build expects. The version lives in {@code PRAGMA user_version};
 * script {@code MIGRATIONS[i]} takes a database from version i to i+1. All the steps an existing database
 * needs run in one transaction with the version bump, so a failed step leaves the file as it was (a refused
 * file is never changed: decision 0013); a new one is made one step per transaction. Before changing a database that already holds a schema, a copy is
 * written next to it ({@code NAME.vN.bak}); it is removed again if the upgrade fails.
 */
public final class Migrator {

    /** Ordered scripts under {@code /db/migration/}; append only, never edit a released one. */
    static final List<String> MIGRATIONS = List.of("V001__initial_schema.sql", "V002__saved_views.sql",
            "V003__contentless_search.sql", "V004__change_log.sql",
            "V005__eras_links_times.sql", "V006__generation.sql", "V007__generation_triggers.sql",
            "V008__ideographs_searchable.sql");

    /** The steps a script cannot say in SQL, run after the script of the same name, in its transaction. */
    private static final java.util.Map<String, SqlWork<?>> JAVA_STEPS = java.util.Map.of(
            "V008__ideographs_searchable.sql", IdeographReindex::run);

    public static final int LATEST = MIGRATIONS.size();

    /** What a migration did: the version found, the version reached, and the backup written, if any. */
    public record Result(int from, int to, Path backup) {
    }

    private final Path file;
    private final Connection connection;
    private final List<String> scripts;

    Migrator(Path file, Connection connection) {
        this(file, connection, MIGRATIONS);
    }

    /** With another list of scripts: tests use it to check upgrades, backups and failed steps. */
    Migrator(Path file, Connection connection, List<String> scripts) {
        this.file = file;
        this.connection = connection;
        this.scripts = scripts;
    }

    Result migrate() {
        try {
            int latest = scripts.size();
            int found = userVersion(connection);
            if (found > latest) {
                throw new StoreException(file + " was written by a newer Timescope (schema version " + found
                        + "; this version reads up to " + latest + "). Open it with a newer Timescope.");
            }
            if (found == latest) {
                return new Result(found, found, null);
            }
            Path backup = found > 0 ? backup(found) : null;
            try {
                if (found == 0) {
                    // a new file has nothing to keep: one step at a time, as before (see upgrade below)
                    for (int version = 0; version < latest; version++) {
                        int step = version;
                        Transactions.run(connection, file, c -> {
                            apply(c, step);
                            return null;
                        });
                    }
                } else {
                    upgrade(found, latest);
                }
            } catch (RuntimeException e) {
                if (backup != null) {
                    Files.deleteIfExists(backup); // the file is unchanged: the copy would only be clutter
                }
                throw e;
            }
            return new Result(found, latest, backup);
        } catch (SQLException e) {
            throw new StoreException(Database.describe(file, e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the steps an existing collection needs in one transaction: a failed upgrade leaves the file as it was. */
    private void upgrade(int found, int latest) {
        Transactions.run(connection, file, c -> {
            for (int version = found; version < latest; version++) {
                apply(c, version);
            }
            return null;
        });
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void apply(Connection c, int fromVersion) {
        String name = scripts.get(fromVersion);
        List<String> statements = statements(load(name));
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            SqlWork<?> step = JAVA_STEPS.get(name);
            if (step != null) {
                step.run(c);
            }
            s.execute("PRAGMA user_version = " + (fromVersion + 1));
        } catch (SQLException e) {
            throw new StoreException(file + " could not be upgraded to schema version " + (fromVersion + 1) + " ("
                    + name + ": " + sqliteReason(e) + "); the file is left as it was", e);
        }
    }

    /** SQLite's own words without the driver's code prefix: "[SQLITE_ERROR] SQL error … (no such table: x)". */
    private static String sqliteReason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.lastIndexOf('(');
        return m.startsWith("[") && open > 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
    }

    private Path backup(int version) throws SQLException {
        Path target = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".v" + version + "-" + n + ".bak");
        }
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
        return target;
    }

    private static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script into statements: on ';' at the end of a line, ignoring '--' comment lines; a
     * {@code CREATE TRIGGER} ends only at a line ending in {@code END;} (its body holds statements of its own).
     */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean trigger = current.toString().stripLeading().toUpperCase(java.util.Locale.ROOT)
                    .startsWith("CREATE TRIGGER");
            if (trigger ? trimmed.toUpperCase(java.util.Locale.ROOT).endsWith("END;") : trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
