package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * A large load skips the per-row foreign-key checks because it makes every reference itself: the links it
 * writes all point at rows that exist, and the checks are on again afterwards, whether the load committed
 * or was rolled back.
 */
class BulkEventWriterTest {

    @TempDir
    Path dir;

    /** V007's triggers: insert, update and delete on event, its two link tables, organisation and theme. */
    private static final String GENERATION_TRIGGERS = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
            + "AND name LIKE 'generation_%'";

    private static final Source FILE = new Source("file-1", "big.csv", null, null, null, null, null, "big.csv", null);

    private static TimelineEvent event(int i) {
        return new TimelineEvent("e" + i, "Event " + i, null, null,
                DateSpan.of(new PartialDate(1990 + i % 40, 1 + i % 12, 1 + i % 28)), false, false, null, List.of(),
                List.of(new OrganisationRole("Organisation " + i % 50, null)), List.of("Theme " + i % 7), List.of(),
                List.of(new Evidence("file-1", "Event " + i, -1, -1)));
    }

    @Test
    void aLargeLoadLeavesOnlyValidReferencesAndTheChecksOnAgain() throws Exception {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            long before = single(db.connection(), "SELECT value FROM generation");
            try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", 60_000, null)) {
                for (int i = 0; i < 60_000; i++) {
                    bulk.add(event(i));
                }
                assertThat(bulk.finish().added()).isEqualTo(60_000);
            }
            Connection c = db.connection();
            // the load raised the generation once, itself; its triggers were off for its rows and are back (0044)
            assertThat(single(c, "SELECT value FROM generation")).isEqualTo(before + 1);
            assertThat(single(c, GENERATION_TRIGGERS)).isEqualTo(15);
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE event SET title = 'Retitled by hand' WHERE key = 'e7'");
            }
            assertThat(single(c, "SELECT value FROM generation")).isEqualTo(before + 2);
            assertThat(single(c, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(text(c, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(c, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
            assertThat(single(c, "SELECT count(*) FROM event_organisation")).isEqualTo(60_000);
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO event_theme(event_id, theme_id, ordinal) VALUES (999999, 1, 0)");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aLoadThatFailsRollsBackAndTurnsTheChecksOnAgain() throws Exception {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertThatThrownBy(() -> {
                try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", 60_000, null)) {
                    for (int i = 0; i < 20_000; i++) {
                        bulk.add(event(i));
                    }
                    bulk.add(new TimelineEvent("bad", "Cites nothing known", null, null,
                            DateSpan.of(new PartialDate(2000, 0, 0)), false, false, null, List.of(), List.of(),
                            List.of(), List.of(), List.of(new Evidence("no-such-source", "q", -1, -1))));
                    bulk.finish();
                }
            }).hasMessageContaining("no-such-source");
            Connection c = db.connection();
            assertThat(single(c, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(text(c, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(c, "SELECT count(*) FROM event WHERE key LIKE 'e%'")).isZero();
            assertThat(single(c, GENERATION_TRIGGERS)).isEqualTo(15);
        }
    }

    /**
     * "Imported" means stored, linked, cited and searchable (decision 0012): after a large load of 60,003 events
     * (the last chunk a partial one), every event has its organisation, theme and evidence rows, and searching the
     * number in its title finds exactly that event — at the start, at chunk boundaries and in the last rows.
     */
    @Test
    void everyEventOfALargeLoadIsLinkedCitedAndFoundBySearch() throws Exception {
        int n = 60_003;
        try (Database db = Database.open(dir.resolve("t.db"))) {
            try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", n, null)) {
                for (int i = 0; i < n; i++) {
                    bulk.add(event(i));
                }
                assertThat(bulk.finish().added()).isEqualTo(n);
            }
            Connection c = db.connection();
            assertThat(single(c, "SELECT count(*) FROM event WHERE key LIKE 'e%'")).isEqualTo(n);
            assertThat(single(c, "SELECT count(*) FROM event_organisation l JOIN event e ON e.id = l.event_id "
                    + "JOIN organisation o ON o.id = l.organisation_id WHERE o.name = 'Organisation ' || "
                    + "(CAST(substr(e.key, 2) AS INTEGER) % 50) AND l.ordinal = 0 AND l.role = ''")).isEqualTo(n);
            assertThat(single(c, "SELECT count(*) FROM event_theme l JOIN event e ON e.id = l.event_id "
                    + "JOIN theme t ON t.id = l.theme_id WHERE t.name = 'Theme ' || (CAST(substr(e.key, 2) AS INTEGER) % 7)"))
                    .isEqualTo(n);
            assertThat(single(c, "SELECT count(*) FROM evidence q JOIN event e ON e.id = q.event_id "
                    + "WHERE q.quote = e.title AND q.source_id = (SELECT id FROM source WHERE key = 'file-1')")).isEqualTo(n);
            for (int i : new int[] {0, 63, 64, 4_999, 5_000, 59_999, 60_000, 60_001, 60_002}) {
                assertThat(text(c, "SELECT group_concat(e.key) FROM event e WHERE e.id IN "
                        + "(SELECT rowid FROM event_fts WHERE event_fts MATCH '\"event\" \"" + i + "\"')"))
                        .as("searching 'event " + i + "'").isEqualTo("e" + i);
            }
        }
    }

    /**
     * A large load into an empty collection builds its search index beside the rows and puts it in place; a
     * second one into the same collection, whose index then has entries, adds to it instead. Both loads' events
     * are found, each by its own words, as many as were loaded.
     */
    @Test
    void aSecondLargeLoadIsFoundBySearchBesideTheFirst() throws Exception {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            for (String prefix : new String[] {"first", "second"}) {
                try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", 60_000, null)) {
                    for (int i = 0; i < 60_000; i++) {
                        TimelineEvent e = event(i);
                        bulk.add(new TimelineEvent(prefix + i, prefix + " load " + i, null, null, e.when(), false,
                                false, null, List.of(), e.organisations(), e.themes(), List.of(), e.evidence()));
                    }
                    assertThat(bulk.finish().added()).isEqualTo(60_000);
                }
            }
            Connection c = db.connection();
            assertThat(single(c, "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'load'")).isEqualTo(120_000);
            for (String prefix : new String[] {"first", "second"}) {
                assertThat(single(c, "SELECT count(*) FROM event_fts WHERE event_fts MATCH '" + prefix + "'"))
                        .isEqualTo(60_000);
                for (int i : new int[] {0, 4_999, 5_000, 59_999}) {
                    assertThat(text(c, "SELECT group_concat(e.key) FROM event e WHERE e.id IN (SELECT rowid FROM "
                            + "event_fts WHERE event_fts MATCH '\"" + prefix + "\" \"" + i + "\"')"))
                            .as("searching '" + prefix + " " + i + "'").isEqualTo(prefix + i);
                }
            }
            assertThat(single(c, "SELECT count(*) FROM pragma_database_list WHERE name NOT IN ('main', 'temp')"))
                    .as("no file left attached").isZero();
            try (Statement s = c.createStatement()) { // the index built beside the first load takes deletes as usual
                s.execute("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')");
                s.execute("DELETE FROM event_fts WHERE rowid = (SELECT id FROM event WHERE key = 'first5')");
                s.execute("INSERT INTO event_fts(event_fts) VALUES ('integrity-check')");
            }
            assertThat(single(c, "SELECT count(*) FROM event_fts WHERE event_fts MATCH 'first'")).isEqualTo(59_999);
            assertThat(text(c, "SELECT group_concat(rowid) FROM event_fts WHERE event_fts MATCH '\"first\" \"5\"'"))
                    .isNull();
        }
    }

    /** The window may have the file open while a command line loads into it: the load stays in WAL then. */
    @Test
    void aLoadWhileAnotherConnectionReadsKeepsWalAndTheReaderItsSnapshot() throws Exception {
        try (Database db = Database.open(dir.resolve("t.db")); Connection reader = db.openReader()) {
            reader.setAutoCommit(false);
            assertThat(single(reader, "SELECT count(*) FROM event")).isZero();
            try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", 60_000, null)) {
                for (int i = 0; i < 60_000; i++) {
                    bulk.add(event(i));
                }
                assertThat(bulk.finish().added()).isEqualTo(60_000);
            }
            assertThat(single(reader, "SELECT count(*) FROM event")).as("the reader's snapshot").isZero();
            reader.rollback();
            assertThat(single(reader, "SELECT count(*) FROM event")).isEqualTo(60_000);
            assertThat(text(db.connection(), "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    /**
     * Cancel pressed while SQLite builds the indexes: the running statement stops and the load is rolled back.
     * The press is made from inside SQLite's progress callback, on the thread that runs {@code finish()}, after
     * every event was handed over and written: the only statements that thread runs then are the index builds,
     * so the press lands in one whatever the machine's load — and the failure must be SQLite's interrupt, not
     * the check made between statements.
     */
    @Test
    void cancelInterruptsTheIndexBuildAndRollsBack() throws Exception {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            Connection c = db.connection().unwrap(org.sqlite.SQLiteConnection.class);
            Thread finishing = Thread.currentThread();
            java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger presses = new java.util.concurrent.atomic.AtomicInteger();
            try (BulkEventWriter bulk = new BulkEventWriter(db, FILE, "note", 60_000, null)) {
                org.sqlite.ProgressHandler.setHandler(c, 100, new org.sqlite.ProgressHandler() {
                    @Override
                    protected int progress() {
                        if (armed.get() && Thread.currentThread() == finishing && presses.getAndIncrement() == 0) {
                            bulk.cancel();
                        }
                        return 0; // go on: the cancel is what stops the statement
                    }
                });
                for (int i = 0; i < 60_000; i++) { // twelve whole chunks: nothing is left for finish() to write
                    bulk.add(event(i));
                }
                armed.set(true);
                Throwable failure = catchThrowable(bulk::finish);
                assertThat(presses.get()).as("cancel pressed while finish() ran a statement").isPositive();
                assertThat(failure).isInstanceOf(StoreException.class).hasMessageContaining("import cancelled");
                assertThat(failure.getCause()).as("stopped by SQLite's interrupt inside the index build")
                        .isInstanceOfSatisfying(org.sqlite.SQLiteException.class, e -> assertThat(e.getResultCode())
                                .isEqualTo(org.sqlite.SQLiteErrorCode.SQLITE_INTERRUPT));
            } finally {
                org.sqlite.ProgressHandler.clearHandler(c);
            }
            // before the fix, SQLite had rolled back by itself, the driver's rollback failed and the connection
            // was left with foreign-key checks off, no WAL and a transaction the driver could not end
            Connection plain = db.connection();
            assertThat(plain.getAutoCommit()).isTrue();
            assertThat(single(plain, "SELECT count(*) FROM event")).isZero();
            assertThat(single(plain, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(text(plain, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(plain, "SELECT count(*) FROM sqlite_master WHERE name = 'event_first_day'")).isEqualTo(1);
            assertThat(single(plain, GENERATION_TRIGGERS)).isEqualTo(15);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
