package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestData;
import org.timescope.TestFiles;
import org.timescope.model.EventFilter;

/**
 * A file Timescope refuses is left byte for byte as it was, with nothing added beside it, and the refusal is
 * one line naming the file and the reason. The SHA-256 is computed here, independently of the store.
 */
class RefusedFilesTest {

    @TempDir
    Path dir;

    /** Opens, expects a refusal, and checks that the file and its folder are exactly as before. */
    private String refused(Path file, Database.Access access) throws Exception {
        String before = TestFiles.sha256(file);
        Set<String> names = TestFiles.names(dir);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Database.open(file, access).close());
        assertThat(thrown).isInstanceOf(org.timescope.service.storage.StorageException.class);
        assertThat(TestFiles.sha256(file)).as("the refused file is unchanged").isEqualTo(before);
        assertThat(TestFiles.names(dir)).as("nothing is left beside it").isEqualTo(names);
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("\n").doesNotContain("Exception").doesNotContain("org.");
        return message;
    }

    @Test
    void anotherProgramsDatabaseIsRefusedByItsTablesAndLeftUnchanged() throws Exception {
        Path file = TestFiles.foreignDatabase(dir.resolve("library.sqlite"), "DELETE");
        assertThat(refused(file, Database.Access.CREATE)).isEqualTo(file
                + " is an SQLite database of another program (tables: refs, shelves), not a Timescope collection");
    }

    @Test
    void anotherProgramsWalDatabaseGetsNoWalOrShmFilesBesideIt() throws Exception {
        Path file = TestFiles.foreignDatabase(dir.resolve("library.sqlite"), "WAL");
        assertThat(refused(file, Database.Access.CREATE)).contains("another program (tables: refs, shelves)");
    }

    @Test
    void aDatabaseFromANewerTimescopeIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("future.db");
        try (Database db = Database.open(file)) {
            new DatasetWriter(db).write(TestData.small());
        }
        TestFiles.sql(file, "PRAGMA user_version = 99"); // a rollback journal: switching it to WAL would show
        assertThat(refused(file, Database.Access.CREATE)).isEqualTo(file + " was written by a newer Timescope "
                + "(schema version 99; this version reads up to " + Migrator.LATEST + "). Open it with a newer Timescope.");
    }

    @Test
    void aDatabaseWhoseUpgradeFailsIsLeftAsItWasWithoutABackupCopy() throws Exception {
        Path file = dir.resolve("v1.db");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v1.db")) {
            Files.copy(in, file);
        }
        // someone added a table of the name version 2 creates: the upgrade to version 2 cannot run
        TestFiles.sql(file, "CREATE TABLE saved_view (name TEXT)");
        assertThat(refused(file, Database.Access.CREATE)).isEqualTo(file + " could not be upgraded to schema version 2 "
                + "(V002__saved_views.sql: table saved_view already exists); the file is left as it was");
    }

    @Test
    void aTruncatedDatabaseIsRefusedAsDamaged() throws Exception {
        Path whole = dir.resolve("whole.db");
        try (Database db = Database.open(whole)) {
            new DatasetWriter(db).write(TestData.small());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refused(file, Database.Access.CREATE)).startsWith(file + " is damaged: the file is "
                + bytes.length / 2 + " bytes but its header describes " + bytes.length + " bytes");
    }

    @Test
    void aFileCutInsideTheHeaderIsRefusedAsDamaged() throws Exception {
        Path file = Files.write(dir.resolve("stub.db"), "SQLite format 3\0abc".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(refused(file, Database.Access.CREATE)).startsWith(file + " is damaged: it ends inside the SQLite header");
    }

    @Test
    void randomBytesAreNotAnSqliteFile() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(13).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.db"), noise);
        assertThat(refused(file, Database.Access.CREATE)).isEqualTo(file + " is not a Timescope database (not an SQLite file)");
    }

    @Test
    void openingExistingOnlyCreatesNeitherTheFileNorItsFolders() {
        Path file = dir.resolve("typo/stduy.db");
        assertThatThrownBy(() -> Database.open(file, Database.Access.EXISTING))
                .hasMessage("no Timescope database at " + file);
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void openingExistingOnlyRefusesAnEmptyFileAndLeavesIt() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        assertThat(refused(file, Database.Access.EXISTING)).isEqualTo("no Timescope database at " + file + " (the file is empty)");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aBlankSqliteDatabaseIsANewCollection() throws Exception {
        Path file = dir.resolve("blank.db");
        TestFiles.sql(file, "VACUUM");
        try (Database db = Database.open(file)) {
            assertThat(db.created()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Migrator.LATEST);
        }
    }

    @Test
    void aRecognisedDatabaseIsSwitchedToWalOnlyOnceItIsCurrent() throws Exception {
        Path file = dir.resolve("v1.db");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v1.db")) {
            Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrator.LATEST);
            assertThat(db.readOnly()).isFalse();
        }
        byte[] header = Files.readAllBytes(file);
        assertThat(new int[] {header[18], header[19]}).as("WAL in the header").containsExactly(2, 2);
    }

    @Test
    void aReadOnlyFileInAReadOnlyFolderIsReadWithoutChangingIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path file = folder.resolve("study.db");
        try (Database db = Database.open(file)) { // WAL, as Timescope leaves its files
            new DatasetWriter(db).write(TestData.small());
        }
        String before = TestFiles.sha256(file);
        try (TestFiles.ReadOnly ro = TestFiles.readOnly(file, folder)) {
            try (Database db = Database.open(file, Database.Access.EXISTING)) {
                assertThat(db.readOnly()).isTrue();
                assertThat(new EventRepository(db).count(EventFilter.ALL)).isEqualTo(4);
                assertThatThrownBy(() -> new DatasetWriter(db).write(TestData.small()))
                        .isInstanceOf(org.timescope.service.storage.StorageException.class).hasMessageContaining("database " + file + " is read-only");
            }
            assertThat(TestFiles.names(folder)).containsExactly("study.db");
        }
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileInAWritableFolderIsRead() throws Exception {
        Path file = dir.resolve("study.db");
        try (Database db = Database.open(file)) {
            new DatasetWriter(db).write(TestData.small());
        }
        String before = TestFiles.sha256(file);
        try (TestFiles.ReadOnly ro = TestFiles.readOnly(file);
             Database db = Database.open(file, Database.Access.CREATE)) {
            assertThat(db.readOnly()).isTrue();
            assertThat(new EventRepository(db).count(EventFilter.ALL)).isEqualTo(4);
        }
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    /**
     * Copies a database and its journal while a large transaction is under way (as a crash would leave them):
     * the copy has a hot journal that only a writable connection may roll back.
     */
    private Path crashedCopy(Path file, String table) throws Exception {
        Path crashed = Files.createDirectories(dir.resolve("crashed")).resolve(file.getFileName());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("PRAGMA cache_size = 10"); // spill to the file before the commit, as a large import does
            s.execute("BEGIN");
            s.execute("CREATE TABLE filler (x TEXT)");
            s.execute("INSERT INTO filler WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                    + "SELECT hex(randomblob(200)) FROM n");
            s.execute("DELETE FROM " + table);
            Files.copy(file, crashed);
            Files.copy(file.resolveSibling(file.getFileName() + "-journal"), crashed.resolveSibling(file.getFileName() + "-journal"));
            s.execute("ROLLBACK");
        }
        return crashed;
    }

    @Test
    void aCollectionLeftWithAHotJournalByACrashIsRecognisedAndRolledBack() throws Exception {
        Path file = dir.resolve("study.db");
        try (Database db = Database.open(file)) {
            new DatasetWriter(db).write(TestData.small());
        }
        Path crashed = crashedCopy(file, "event");
        try (Database db = Database.open(crashed, Database.Access.EXISTING)) {
            assertThat(new EventRepository(db).count(EventFilter.ALL)).isEqualTo(4);
        }
        assertThat(crashed.resolveSibling("study.db-journal")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseWithAHotJournalIsRefusedWithoutRollingItBack() throws Exception {
        Path file = TestFiles.foreignDatabase(dir.resolve("library.sqlite"), "DELETE");
        Path crashed = crashedCopy(file, "refs");
        Path journal = crashed.resolveSibling("library.sqlite-journal");
        String before = TestFiles.sha256(crashed);
        String journalBefore = TestFiles.sha256(journal);
        assertThatThrownBy(() -> Database.open(crashed).close())
                .hasMessageStartingWith(crashed + " is an SQLite database of another program (tables: ")
                .hasMessageEndingWith("refs, shelves), not a Timescope collection");
        assertThat(TestFiles.sha256(crashed)).isEqualTo(before);
        assertThat(TestFiles.sha256(journal)).isEqualTo(journalBefore);
    }
}
