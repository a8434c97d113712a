package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.TimelineRows;
import org.timescope.service.Workspace;

/**
 * A collection changed with plain SQL by another program (the {@code sqlite3} shell, a script on sqlite-jdbc) shows
 * the change at the next opening, although the column cache (decision 0037) was current before the change: the
 * generation is raised by the other program's writes too (decision 0044). The collection is opened as the window
 * and the commands open it ({@link Workspace}, the cache in the tests' {@code XDG_CACHE_HOME}); the other program
 * is sqlite-jdbc alone, with none of Timescope's classes and with foreign keys off, as the shell has them. The
 * expected values are the ones written here, dates as {@link LocalDate#toEpochDay()} gives them.
 */
class ForeignWriteGenerationTest {

    @TempDir
    Path dir;

    /** Opens the collection as a user does, reads the timeline's columns, closes it. */
    private static TimelineRows opened(Path file) {
        try (Workspace w = Workspace.openExisting(file)) {
            return w.events().timelineRows();
        }
    }

    /**
     * Opens, reads the columns and waits until the cache file is written at the collection's generation: the
     * next opening would take its columns from the file.
     */
    private static TimelineRows openedAndCached(Path file) {
        TimelineRows rows = opened(file);
        ColumnCache cache = ColumnCache.of(file, System.getenv());
        await(() -> {
            try (Database db = Database.open(file)) {
                return cache.writtenAt(db.read(Generation::read));
            }
        });
        assertThat(opened(file).titles()).as("a current cache gives the same columns").isEqualTo(rows.titles());
        return rows;
    }

    /** Another program's write, autocommitted as the shell does it. */
    private static void plainSql(Path file, String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).as(sql).isPositive();
        }
    }

    /** Each stored event's organisations in their order, as a join of the tables gives them (events without: none). */
    private static Map<String, List<String>> organisationsAsStored(Path file) throws Exception {
        Map<String, List<String>> names = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.key, o.name FROM event e LEFT JOIN event_organisation eo "
                     + "ON eo.event_id = e.id LEFT JOIN organisation o ON o.id = eo.organisation_id "
                     + "ORDER BY e.key, eo.ordinal")) {
            while (rs.next()) {
                List<String> of = names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                    of.add(rs.getString(2));
                }
            }
        }
        return names;
    }

    private static Map<String, List<String>> organisationsShown(TimelineRows rows) {
        Map<String, List<String>> names = new java.util.TreeMap<>();
        for (String key : rows.keys().asList()) {
            names.put(key, organisationsOf(rows, key));
        }
        return names;
    }

    private static Map<String, String> titlesByKey(TimelineRows rows) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            titles.put(rows.keys().get(i), rows.titles().get(i));
        }
        return titles;
    }

    private static int row(TimelineRows rows, String key) {
        int at = rows.keys().asList().indexOf(key);
        assertThat(at).as("row of " + key).isNotNegative();
        return at;
    }

    private static List<String> themesOf(TimelineRows rows, String key) {
        int i = row(rows, key);
        List<String> names = new ArrayList<>();
        for (int k = rows.themeStart()[i]; k < rows.themeStart()[i + 1]; k++) {
            names.add(rows.themeNames()[rows.themes()[k]]);
        }
        return names;
    }

    private static List<String> organisationsOf(TimelineRows rows, String key) {
        int i = row(rows, key);
        List<String> names = new ArrayList<>();
        for (int k = rows.orgStart()[i]; k < rows.orgStart()[i + 1]; k++) {
            names.add(rows.orgNames()[rows.orgs()[k]]);
        }
        return names;
    }

    @Test
    void aTitleADateADeletedAndAnInsertedEventWrittenWithPlainSqlShowAtTheNextOpening() throws Exception {
        Path file = dir.resolve("collection.db");
        Workspace.open(file, false).close(); // the bundled dataset
        TimelineRows before = openedAndCached(file);
        String retitled = before.keys().get(4);
        String redated = before.keys().get(7);
        String deleted = before.keys().get(before.size() - 1); // the last in date order (its links stay: foreign keys off)
        long newFirst = LocalDate.of(1901, 2, 3).toEpochDay();

        plainSql(file, "UPDATE event SET title = ? WHERE key = ?", "Retitled in the sqlite3 shell", retitled);
        plainSql(file, "UPDATE event SET start_date = '1901-02-03', end_date = NULL, precision = 'day', first_day = ?, "
                + "last_day = ? WHERE key = ?", newFirst, newFirst, redated);
        plainSql(file, "DELETE FROM event WHERE key = ?", deleted);
        plainSql(file, "INSERT INTO event(key, title, start_date, precision, first_day, last_day) "
                + "VALUES ('added-by-a-script', 'Added by a script', '2031-05', 'month', ?, ?)",
                LocalDate.of(2031, 5, 1).toEpochDay(), LocalDate.of(2031, 5, 31).toEpochDay());

        TimelineRows after = opened(file);
        Map<String, String> titles = titlesByKey(after);
        assertThat(titles).containsEntry(retitled, "Retitled in the sqlite3 shell")
                .containsEntry("added-by-a-script", "Added by a script")
                .doesNotContainKey(deleted)
                .hasSize(before.size());
        int d = row(after, redated);
        assertThat(after.first()[d]).isEqualTo(newFirst);
        assertThat(after.end()[d]).isEqualTo(newFirst + 1);
        assertThat(d).as("the redated event comes first in date order").isZero();
        int added = row(after, "added-by-a-script");
        assertThat(after.first()[added]).isEqualTo(LocalDate.of(2031, 5, 1).toEpochDay());
        assertThat(after.end()[added]).isEqualTo(LocalDate.of(2031, 6, 1).toEpochDay());
        assertThat(added).as("the added event comes last").isEqualTo(after.size() - 1);
        assertThat(organisationsShown(after)).isEqualTo(organisationsAsStored(file));
    }

    @Test
    void namesAndLinksWrittenWithPlainSqlShowAtTheNextOpening() throws Exception {
        Path file = dir.resolve("collection.db");
        Workspace.open(file, false).close();
        TimelineRows before = openedAndCached(file);
        String key = before.keys().get(2);
        String organisation = organisationsOf(before, key).get(0);
        String theme = themesOf(before, key).get(0);
        String unlinked = null;
        for (String name : before.themeNames()) {
            if (!themesOf(before, key).contains(name)) {
                unlinked = name;
                break;
            }
        }
        assertThat(unlinked).isNotNull();

        plainSql(file, "UPDATE organisation SET name = 'Renamed Office' WHERE name = ?", organisation);
        plainSql(file, "UPDATE theme SET name = 'Renamed theme' WHERE name = ?", theme);
        plainSql(file, "INSERT INTO event_theme(event_id, theme_id, ordinal) SELECT e.id, t.id, 99 FROM event e, theme t "
                + "WHERE e.key = ? AND t.name = ?", key, unlinked);

        TimelineRows after = opened(file);
        assertThat(organisationsOf(after, key)).contains("Renamed Office").doesNotContain(organisation);
        assertThat(themesOf(after, key)).contains("Renamed theme").endsWith(unlinked)
                .doesNotContain(theme);

        plainSql(file, "DELETE FROM event_organisation WHERE event_id = (SELECT id FROM event WHERE key = ?)", key);
        assertThat(organisationsOf(opened(file), key)).isEmpty();

        // deleted with foreign keys off, as the shell has them: the event with the highest id leaves its links behind
        plainSql(file, "DELETE FROM event WHERE id = (SELECT max(id) FROM event)");
        plainSql(file, "DELETE FROM organisation WHERE name = 'Renamed Office'");
        TimelineRows left = opened(file);
        assertThat(left.size()).isEqualTo(before.size() - 1);
        assertThat(organisationsShown(left)).isEqualTo(organisationsAsStored(file));
    }

    /**
     * An import and its undo take the triggers off for their own rows (they raise the generation once themselves) and
     * put them back: each shows at the next opening, and so does a write with plain SQL after them.
     */
    @Test
    void anImportAndItsUndoShowAndLeaveTheTriggersForTheNextPlainSqlWrite() throws Exception {
        Path file = dir.resolve("collection.db");
        Workspace.open(file, false).close();
        TimelineRows before = openedAndCached(file);
        Path csv = Files.writeString(dir.resolve("events.csv"), "date,title,organisation,theme\n"
                + "2019-05-01,Opening of the Zanzibarian IP court,Brand-new Court,Fresh theme\n");
        long group;
        try (Workspace w = Workspace.openExisting(file)) {
            group = new org.timescope.service.ImportService(w).importFile(csv,
                    org.timescope.exchange.importing.ImportFormat.CSV,
                    org.timescope.exchange.importing.ImportOptions.DEFAULT).group();
        }
        TimelineRows imported = openedAndCached(file);
        assertThat(imported.titles().asList()).contains("Opening of the Zanzibarian IP court");
        assertThat(imported.size()).isEqualTo(before.size() + 1);
        try (Workspace w = Workspace.openExisting(file)) {
            assertThat(new org.timescope.service.edit.Editor(w).undo(group).importUndone()).isTrue();
        }
        TimelineRows undone = openedAndCached(file);
        assertThat(titlesByKey(undone)).isEqualTo(titlesByKey(before));

        String key = before.keys().get(0);
        plainSql(file, "UPDATE event SET title = 'Retitled after an import and its undo' WHERE key = ?", key);
        assertThat(titlesByKey(opened(file))).containsEntry(key, "Retitled after an import and its undo");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) {
            assertThat(rs.getInt(1)).as("V007's 15 triggers").isEqualTo(15);
        }
    }

    /**
     * A collection of schema 6 — the generation, no triggers — with a cache written by that version, then changed by
     * another program: opened with this build, it is upgraded and shows the change; and a change by another program
     * after the upgrade shows too.
     */
    @Test
    void aCollectionOfTheSchemaBeforeTheTriggersShowsWritesByOtherProgramsBeforeAndAfterItsUpgrade() throws Exception {
        Path file = dir.resolve("v6.db");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v6.db")) {
            Files.copy(in, file);
        }
        String key = "2021-high-level-forum-china-ip-protection";
        // the cache the version before left: its columns, labelled with the fixture's generation and schema 6
        Path copy = dir.resolve("copy.db");
        Files.copy(file, copy);
        TimelineRows columns = opened(copy);
        String collection;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT collection, value, (SELECT user_version FROM pragma_user_version) "
                     + "FROM generation")) {
            assertThat(rs.next()).isTrue();
            collection = rs.getString(1);
            assertThat(rs.getInt(3)).isEqualTo(6);
            assertThat(ColumnCache.of(file, System.getenv()).write(columns, new Generation(collection, rs.getLong(2), 6)))
                    .isTrue();
        }

        plainSql(file, "UPDATE event SET title = 'Retitled before the upgrade' WHERE key = ?", key);
        TimelineRows upgraded = openedAndCached(file);
        assertThat(titlesByKey(upgraded)).containsExactly(Map.entry(key, "Retitled before the upgrade"));

        plainSql(file, "UPDATE event SET title = 'Retitled after the upgrade' WHERE key = ?", key);
        assertThat(titlesByKey(opened(file))).containsExactly(Map.entry(key, "Retitled after the upgrade"));
    }

    /** Waits for {@code condition}, looking again every 20 ms; a minute without it fails the test. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited a minute").isNegative();
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // then look again
        }
    }
}
