package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.TimelineRows;
import org.timescope.service.Workspace;

/**
 * The cache folder does not fill up with files nobody can use (100 MB each at a million events): writing a
 * collection's cache removes the files of collections that were deleted, renamed or moved, and files of an older
 * format; it keeps the files of collections that exist and files that are not column caches.
 */
class ColumnCacheTidyTest {

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    /** Writes the cache of the collection at {@code db} (the bundled dataset) into this test's cache folder. */
    private Path cached(Path db) throws Exception {
        Workspace.open(db, false).close();
        ColumnCache cache = ColumnCache.of(db, env());
        try (Database d = Database.open(db)) {
            TimelineRows rows = new TimelineColumns(d, new ColumnCache(dir.resolve("none").resolve(db.getFileName() + ".columns")))
                    .read(p -> { });
            assertThat(cache.write(rows, d.read(Generation::read))).isTrue();
        }
        assertThat(cache.file()).isRegularFile();
        return cache.file();
    }

    @Test
    void theCacheOfACollectionThatIsGoneIsRemovedWhenAnotherIsWritten() throws Exception {
        Path kept = dir.resolve("kept.db");
        Path deleted = dir.resolve("deleted.db");
        Path renamed = dir.resolve("before.db");
        Path keptCache = cached(kept);
        Path deletedCache = cached(deleted);
        Path renamedCache = cached(renamed);
        Files.delete(deleted);
        Files.move(renamed, dir.resolve("after.db"));
        Path notOurs = Files.writeString(keptCache.resolveSibling("notes.columns"), "a file someone put here");

        Path afterCache = cached(dir.resolve("after.db"));

        assertThat(deletedCache).doesNotExist();
        assertThat(renamedCache).doesNotExist();
        assertThat(keptCache).isRegularFile();
        assertThat(afterCache).isRegularFile();
        assertThat(notOurs).isRegularFile();
    }

    @Test
    void aCacheOfAnOlderFormatIsRemovedWhenAnotherIsWritten() throws Exception {
        Path old = cached(dir.resolve("old.db"));
        byte[] bytes = Files.readAllBytes(old);
        bytes[8] = (byte) (ColumnCache.FORMAT - 1); // the format version follows the 8 bytes of the magic
        Files.write(old, bytes);

        cached(dir.resolve("other.db"));

        assertThat(old).doesNotExist();
    }
}
