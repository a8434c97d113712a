package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestData;
import org.timescope.model.EventFilter;

class MigratorTest {

    @TempDir
    Path dir;

    @Test
    void createsANewDatabaseAtTheLatestVersion() {
        Path file = dir.resolve("sub/folder/new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.created()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Migrator.LATEST);
            assertThat(db.migration().backup()).isNull();
        }
        assertThat(file).exists();
    }

    @Test
    void migratesAnEmptyFileAsANewCollection() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(db.created()).as("a 0-byte file is a new collection, as a missing one is").isTrue();
            assertThat(db.migration().from()).isZero();
            assertThat(db.schemaVersion()).isEqualTo(Migrator.LATEST);
            new DatasetWriter(db).write(TestData.small());
            assertThat(new EventRepository(db).count(EventFilter.ALL)).isEqualTo(4);
        }
    }

    @Test
    void reopeningACurrentDatabaseChangesNothingAndKeepsTheData() {
        Path file = databaseWithData("v1.db");
        try (Database db = Database.open(file)) {
            assertThat(db.migration().from()).isEqualTo(Migrator.LATEST);
            assertThat(db.migration().backup()).isNull();
            assertThat(new EventRepository(db).count(EventFilter.ALL)).isEqualTo(4);
        }
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".bak"));
    }

    @Test
    void upgradingAReleasedVersionBacksItUpFirst() throws Exception {
        Path file = databaseWithData("old.db");
        List<String> next = new java.util.ArrayList<>(Migrator.MIGRATIONS);
        next.add("Tnext__add_event_colour.sql");
        int released = Migrator.LATEST;
        try (Connection c = Database.connect(file)) {
            Migrator.Result result = new Migrator(file, c, next).migrate();
            assertThat(result.from()).isEqualTo(released);
            assertThat(result.to()).isEqualTo(released + 1);
            assertThat(result.backup()).exists();
            assertThat(version(c)).isEqualTo(released + 1);
            assertThat(count(c, "SELECT count(*) FROM pragma_table_info('event') WHERE name = 'colour'")).isEqualTo(1);
        }
        try (Connection backup = Database.connect(file.resolveSibling("old.db.v" + released + ".bak"))) {
            assertThat(version(backup)).isEqualTo(released);
            assertThat(count(backup, "SELECT count(*) FROM event")).isEqualTo(4);
        }
    }

    @Test
    void aFailingMigrationStepLeavesThePreviousVersionIntact() throws Exception {
        Path file = databaseWithData("old.db");
        List<String> broken = new java.util.ArrayList<>(Migrator.MIGRATIONS);
        broken.add("Tnext__broken.sql");
        try (Connection c = Database.connect(file)) {
            assertThatThrownBy(() -> new Migrator(file, c, broken).migrate())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Tnext__broken.sql");
            assertThat(version(c)).isEqualTo(Migrator.LATEST);
            assertThat(count(c, "SELECT count(*) FROM pragma_table_info('event') WHERE name = 'colour'")).isZero();
        }
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(50));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.db is not a Timescope database");
    }

    @Test
    void turnsOnForeignKeysAndWal() throws Exception {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            java.sql.Connection c = db.connection(); // the writing connection (reads have their own, read-only one)
            int foreignKeys = count(c, "PRAGMA foreign_keys");
            String journal;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                journal = rs.getString(1);
            }
            int timeout = count(c, "PRAGMA busy_timeout");
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(timeout).isEqualTo(Database.BUSY_TIMEOUT_MS);
        }
    }

    @Test
    void splitsScriptsIntoStatementsSkippingComments() {
        assertThat(Migrator.statements("-- a comment\nCREATE TABLE a(x);\n\nCREATE TABLE b(\n  y\n);\n"))
                .containsExactly("CREATE TABLE a(x);", "CREATE TABLE b(\n  y\n);");
        assertThat(Migrator.statements("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  UPDATE b SET y = 1;\n"
                + "  UPDATE b SET y = 2;\nEND;\nCREATE TABLE c(z);\n"))
                .containsExactly("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  UPDATE b SET y = 1;\n  UPDATE b SET y = 2;\nEND;",
                        "CREATE TABLE c(z);");
    }

    private Path databaseWithData(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            new DatasetWriter(db).write(TestData.small());
        }
        return file;
    }

    private static int version(Connection c) throws Exception {
        return Migrator.userVersion(c);
    }

    private static int count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
