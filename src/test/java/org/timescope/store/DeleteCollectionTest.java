package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.service.Workspace;

/**
 * Deleting a collection (the bench deletes the ones it imported, five times 100 MB of column cache at a million
 * events) removes its file, its journal files and the column cache that its first read wrote into the user's cache
 * folder (the tests' XDG_CACHE_HOME, set in the pom), and nothing of another collection.
 */
class DeleteCollectionTest {

    @TempDir
    Path dir;

    private static Path cacheFileOf(Path db) {
        return ColumnCache.of(db, System.getenv()).file();
    }

    @Test
    void aDeletedCollectionLeavesNoFileAndNoColumnCache() throws Exception {
        Path gone = dir.resolve("gone.db");
        Path kept = dir.resolve("kept.db");
        for (Path db : new Path[] {gone, kept}) {
            try (Workspace w = Workspace.open(db, false)) { // the bundled dataset, read once: the cache is written
                assertThat(w.events().timelineRows().size()).isEqualTo(23);
                w.events().awaitBackgroundWork();
            }
            assertThat(cacheFileOf(db)).as("the column cache of %s", db.getFileName()).isRegularFile();
        }

        Workspace.delete(gone.toString());

        assertThat(gone).doesNotExist();
        assertThat(dir.resolve("gone.db-wal")).doesNotExist();
        assertThat(dir.resolve("gone.db-shm")).doesNotExist();
        assertThat(cacheFileOf(gone)).doesNotExist();
        assertThat(kept).isRegularFile();
        assertThat(cacheFileOf(kept)).isRegularFile();
        try (Workspace w = Workspace.openExisting(kept)) {
            assertThat(w.events().timelineRows().size()).isEqualTo(23);
        }
    }

    @Test
    void deletingWhatIsNotThereIsNotAnError() throws Exception {
        Workspace.delete(dir.resolve("never.db").toString());
        assertThat(Files.list(dir)).isEmpty();
    }
}
