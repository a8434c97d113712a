package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;

/**
 * The column cache (decision 0037) gives the same columns as reading the database, and is never trusted when it
 * might be wrong: after a write by another connection or another process, when damaged byte by byte or cut short,
 * when written for another schema or format; a folder it cannot be written to leaves the collection readable.
 * The expected columns are always those read from the database itself, with no cache file.
 */
class ColumnCacheTest {

    @TempDir
    Path dir;
    Path file;
    ColumnCache cache;

    @BeforeEach
    void bundledCollection() {
        file = dir.resolve("c.db");
        Workspace.open(file, false).close(); // the bundled dataset
        cache = new ColumnCache(dir.resolve("cache").resolve("c.columns"));
    }

    /**
     * What the database holds now, read with no cache file at all: a new cache place each time, so nothing it
     * wrote before is found; its writing is waited for (it must not land in the folder while it is removed).
     */
    private TimelineRows fromDatabase() throws InterruptedException {
        Path none = dir.resolve("none-" + System.nanoTime()).resolve("x.columns");
        try (Database db = Database.open(file)) {
            TimelineColumns columns = new TimelineColumns(db, new ColumnCache(none));
            TimelineRows rows = columns.read(d -> { });
            columns.awaitCacheWritten();
            return rows;
        }
    }

    /** Reads through the cache and waits until a cache file it decided to write is in place. */
    private TimelineRows throughCache() throws InterruptedException {
        try (Database db = Database.open(file)) {
            TimelineColumns columns = new TimelineColumns(db, cache);
            TimelineRows rows = columns.read(d -> { });
            columns.awaitCacheWritten();
            return rows;
        }
    }

    private Generation generation() {
        try (Database db = Database.open(file)) {
            return db.read(Generation::read);
        }
    }

    @Test
    void theCachedColumnsAreTheColumnsReadFromTheDatabase() throws Exception {
        TimelineRows expected = fromDatabase();
        assertThat(Files.exists(cache.file())).isFalse();
        throughCache();
        assertThat(cache.read(generation())).as("the file written after the first read").isPresent();
        TimelineRows cached = throughCache();
        assertSame(cached, expected);
        try (Database db = Database.open(file)) { // the first picture's read takes the file's dates, then the rest
            TimelineColumns columns = new TimelineColumns(db, cache);
            TimelineRows dates = columns.readDates();
            assertThat(dates.ids()).isEqualTo(expected.ids());
            assertThat(dates.first()).isEqualTo(expected.first());
            assertThat(dates.end()).isEqualTo(expected.end());
            assertThat(dates.flags()).isEqualTo(expected.flags());
            assertThat(dates.start()).isEqualTo(expected.start());
            assertThat(dates.finish()).isEqualTo(expected.finish());
            TimelineRows all = columns.read(d -> { });
            assertSame(all, expected);
            assertThat(all.first()).as("the full read that follows does not read the dates again").isSameAs(dates.first());
            assertThat(all.ids()).isSameAs(dates.ids());
        }
    }

    @Test
    void aDamagedRestAfterItsDatesWereShownIsReadFromTheDatabase() throws Exception {
        TimelineRows expected = fromDatabase();
        throughCache();
        byte[] bytes = Files.readAllBytes(cache.file());
        bytes[bytes.length - 2] ^= 0x5A; // inside the last column (the theme names), after the dates' section
        Files.write(cache.file(), bytes);
        try (Database db = Database.open(file)) {
            TimelineColumns columns = new TimelineColumns(db, cache);
            assertThat(columns.readDates().first()).as("the dates' own section checks out").isEqualTo(expected.first());
            assertSame(columns.read(d -> { }), expected);
            columns.awaitCacheWritten();
        }
        assertThat(Files.readAllBytes(cache.file())).as("written again").isNotEqualTo(bytes);
        assertSame(throughCache(), expected);
    }

    @Test
    void anEditAndItsUndoByAnotherConnectionMakeTheCacheStale() throws Exception {
        throughCache();
        try (Workspace other = Workspace.openExisting(file)) {
            TimelineEvent e = other.events().byKey(fromDatabase().keys().get(10));
            Editor editor = new Editor(other);
            long group = editor.run(EventEdits.edit(e, retitled(e, "Renamed by another connection"))).group();
            TimelineRows after = throughCache();
            assertThat(after.titles().asList()).contains("Renamed by another connection");
            assertSame(after, fromDatabase());
            editor.undo(group);
        }
        TimelineRows undone = throughCache();
        assertThat(undone.titles().asList()).doesNotContain("Renamed by another connection");
        assertSame(undone, fromDatabase());
    }

    @Test
    void anEditByAnotherProcessMakesTheCacheStale() throws Exception {
        TimelineRows before = throughCache();
        String key = before.keys().get(3);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.timescope.Main",
                "event", "set", "--db", file.toString(), "--title", "Renamed in a terminal", key)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        TimelineRows after = throughCache();
        assertThat(after.titles().asList()).contains("Renamed in a terminal");
        assertSame(after, fromDatabase());
    }

    @Test
    void aCacheDamagedAtAnyByteOrCutShortIsNotUsedAndIsWrittenAgain() throws Exception {
        TimelineRows expected = fromDatabase();
        throughCache();
        byte[] good = Files.readAllBytes(cache.file());
        List<Integer> positions = new ArrayList<>();
        for (int at = 0; at < 80; at++) {
            positions.add(at); // every byte of the header and the start of the payload
        }
        for (int at = 80; at < good.length; at += good.length / 60) {
            positions.add(at); // and bytes spread over the columns
        }
        positions.add(good.length - 1);
        for (int at : positions) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5A;
            Files.write(cache.file(), bad);
            assertSame(throughCache(), expected);
            assertThat(Files.readAllBytes(cache.file())).as("written again after byte " + at + " was damaged")
                    .isEqualTo(good);
        }
        for (int length : new int[] {0, 7, 63, good.length / 2, good.length - 1}) {
            Files.write(cache.file(), java.util.Arrays.copyOf(good, length));
            assertSame(throughCache(), expected);
            assertThat(Files.readAllBytes(cache.file())).as("written again after it was cut to " + length).isEqualTo(good);
        }
    }

    @Test
    void aCacheOfAnotherSchemaOrCollectionIsNotUsed() throws Exception {
        TimelineRows expected = fromDatabase();
        Generation now = generation();
        TimelineRows wrong = TimelineRows.datesOnly(new long[0], new double[0], new double[0], new byte[0], new long[0],
                new long[0]);
        for (Generation other : List.of(new Generation(now.collection(), now.value(), now.schema() - 1),
                new Generation("0123456789abcdef0123456789abcdef", now.value(), now.schema()),
                new Generation(now.collection(), now.value() - 1, now.schema()))) {
            assertThat(cache.write(wrong, other)).isTrue();
            assertThat(cache.read(now)).as(other.toString()).isEmpty();
            assertSame(throughCache(), expected);
            assertThat(cache.read(now)).as("written again at " + now).isPresent();
        }
    }

    @Test
    void aCacheOfAnotherFormatIsNotUsed() throws Exception {
        TimelineRows expected = fromDatabase();
        throughCache();
        byte[] bytes = Files.readAllBytes(cache.file());
        bytes[8] = (byte) (ColumnCache.FORMAT + 1); // the format version follows the 8 bytes of the magic
        Files.write(cache.file(), bytes);
        assertThat(cache.read(generation())).isEmpty();
        assertSame(throughCache(), expected);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLeavesTheCollectionReadable() throws Exception {
        TimelineRows expected = fromDatabase();
        Path folder = Files.createDirectories(dir.resolve("locked"));
        cache = new ColumnCache(folder.resolve("c.columns"));
        try (TestFiles.ReadOnly ro = TestFiles.readOnly(folder)) {
            assertSame(throughCache(), expected);
            assertSame(throughCache(), expected);
        }
        assertThat(TestFiles.names(folder)).isEmpty();
        cache = new ColumnCache(dir.resolve("c.db").resolve("below-a-file").resolve("c.columns")); // not even a folder
        assertSame(throughCache(), expected);
    }

    @Test
    void aCollectionInAReadOnlyFolderUsesItsCache() throws Exception {
        TimelineRows expected = fromDatabase();
        Files.createDirectories(cache.file().getParent()); // the cache folder elsewhere (XDG_CACHE_HOME) stays writable
        try (TestFiles.ReadOnly ro = TestFiles.readOnly(file, dir)) {
            assertSame(throughCache(), expected); // read-only open: the cache lives elsewhere and is written
            assertThat(cache.read(generation())).isPresent();
            assertSame(throughCache(), expected);
        }
    }

    @Test
    void aTemporaryFileLeftByAnEndedProcessIsRemovedAndOneBeingWrittenIsNot() throws Exception {
        Path folder = Files.createDirectories(cache.file().getParent());
        Path old = Files.writeString(folder.resolve("c.columns123.part"), "cut short when the command ended");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path fresh = Files.writeString(folder.resolve("c.columns456.part"), "another process is writing this one");
        throughCache();
        assertThat(TestFiles.names(folder)).containsExactlyInAnyOrder("c.columns", "c.columns456.part");
    }

    @Test
    void everyCommittedWriteRaisesTheGenerationAndAReadOrARollbackDoesNot() throws Exception {
        long start = generation().value();
        fromDatabase();
        assertThat(generation().value()).isEqualTo(start);
        try (Workspace w = Workspace.openExisting(file)) {
            TimelineEvent e = w.events().byKey(fromDatabase().keys().get(0));
            new Editor(w).run(EventEdits.edit(e, retitled(e, "Once")));
            long edited = w.generation(); // the write lock's raise, then one per row of the cache's tables (0044)
            assertThat(edited).isGreaterThan(start);
            try {
                w.edit(session -> {
                    throw new IllegalStateException("the user's action failed half way");
                });
            } catch (IllegalStateException expectedFailure) {
                // rolled back
            }
            assertThat(w.generation()).isEqualTo(edited);
        }
    }

    /**
     * A session that read the columns and then edited leaves a current cache file behind when it closes, so the
     * next opening does not read every row again; a session that never read them, or wrote nothing, writes no file.
     */
    @Test
    void closingAfterAnEditWritesTheCacheForTheNextOpening() throws Exception {
        try (Database db = Database.open(file)) {
            TimelineColumns untouched = new TimelineColumns(db, cache);
            untouched.refreshCache();
            assertThat(Files.exists(cache.file())).as("no columns read, nothing written").isFalse();

            TimelineColumns columns = new TimelineColumns(db, cache);
            columns.read(d -> { });
            columns.awaitCacheWritten();
            Generation before = generation();
            assertThat(cache.writtenAt(before)).isTrue();
            columns.refreshCache(); // nothing written since: the file stays as it is
            assertThat(cache.writtenAt(before)).isTrue();

            try (Workspace w = Workspace.openExisting(file)) {
                TimelineEvent e = w.events().byKey(columns.read(d -> { }).keys().get(2));
                new Editor(w).run(EventEdits.edit(e, retitled(e, "Retitled before closing")));
            }
            Generation after = generation();
            assertThat(after.value()).isGreaterThan(before.value());
            assertThat(cache.writtenAt(after)).as("the edit made the file stale").isFalse();

            columns.refreshCache();
            assertThat(cache.writtenAt(after)).isTrue();
        }
        TimelineRows cached = cache.read(generation()).orElseThrow();
        assertSame(cached, fromDatabase());
        assertThat(cached.titles().asList()).contains("Retitled before closing");
    }

    private static TimelineEvent retitled(TimelineEvent e, String title) {
        return new TimelineEvent(e.key(), title, e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    /** Every column of the two equal, in the same order. */
    static void assertSame(TimelineRows actual, TimelineRows expected) {
        assertThat(actual.ids()).isEqualTo(expected.ids());
        assertThat(actual.keys().asList()).isEqualTo(expected.keys().asList());
        assertThat(actual.titles().asList()).isEqualTo(expected.titles().asList());
        assertThat(actual.first()).isEqualTo(expected.first());
        assertThat(actual.end()).isEqualTo(expected.end());
        assertThat(actual.flags()).isEqualTo(expected.flags());
        assertThat(actual.start()).isEqualTo(expected.start());
        assertThat(actual.finish()).isEqualTo(expected.finish());
        assertThat(actual.orgStart()).isEqualTo(expected.orgStart());
        assertThat(actual.orgs()).isEqualTo(expected.orgs());
        assertThat(actual.orgNames()).isEqualTo(expected.orgNames());
        assertThat(actual.themeStart()).isEqualTo(expected.themeStart());
        assertThat(actual.themes()).isEqualTo(expected.themes());
        assertThat(actual.themeNames()).isEqualTo(expected.themeNames());
    }
}
