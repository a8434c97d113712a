package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * A window closed right after the first read of a collection (the column cache file still being written on its
 * own thread) finishes that file before the collection closes: the process ends with System.exit, which does not
 * wait for the writing thread, and the next start would read every row again and leave a part-written file behind
 * (found by the startup bench, which quits as soon as the window is usable: three starts in a row at 1M read the
 * database, 8 s each, and left ten part-written files of 20–97 MB).
 */
class ClosingFinishesTheCacheTest {

    @TempDir
    Path dir;

    @Test
    void closingRightAfterTheFirstReadLeavesACompleteCacheFile() throws Exception {
        Path csv = dir.resolve("events.csv");
        TestFiles.generatedCsv(csv, 40_000, 7);
        Path db = dir.resolve("c.db");
        try (Workspace w = Workspace.open(db, true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
        }
        ColumnCache cache = ColumnCache.of(db, System.getenv());
        assertThat(cache.file()).doesNotExist();

        try (Workspace w = Workspace.openExisting(db)) {
            assertThat(w.events().timelineRows().size()).isEqualTo(40_000); // from the database: the file is written now
        } // closed at once, as the startup bench's window quits

        Generation at;
        try (Database d = Database.open(db)) {
            at = d.read(Generation::read);
        }
        assertThat(cache.read(at)).as("the cache file, complete and current").isPresent();
        try (Stream<Path> files = Files.list(cache.file().getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith(cache.file().getFileName().toString())))
                    .as("no part-written file beside it").containsExactly(cache.file());
        }
    }
}
