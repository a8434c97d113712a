package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;

/**
 * A large CSV file tells how far its import has got, and can be stopped: whether it is stopped while rows
 * are read or while SQLite builds the indexes, nothing of it is stored and the database takes the next
 * import as if nothing had happened.
 */
class ImportControlTest {

    private static final int ROWS = 60_000;

    @TempDir
    Path dir;

    /** One progress report. */
    private record Step(long bytes, long total, long events, boolean finishing) {
    }

    private static final class Recording extends ImportControl {
        final List<Step> steps = new ArrayList<>();
        int cancelAt = -1;

        @Override
        protected void progress(long bytesRead, long bytesTotal, long events, boolean finishing) {
            steps.add(new Step(bytesRead, bytesTotal, events, finishing));
            if (steps.size() == cancelAt) {
                cancel();
            }
        }
    }

    private Path csv() throws IOException {
        StringBuilder b = new StringBuilder("id,start,end,title,organisation,theme\n");
        for (int i = 0; i < ROWS; i++) {
            b.append("r").append(i).append(',').append(1990 + i % 40).append('-').append(String.format("%02d", 1 + i % 12))
                    .append("-01,,Forum number ").append(i).append(",Organisation ").append(i % 30)
                    .append(",Theme ").append(i % 7).append('\n');
        }
        Path f = dir.resolve("many.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void progressGrowsWithTheFileAndEndsWithEveryRowReadBeforeTheIndexesAreBuilt() throws Exception {
        Path f = csv();
        Recording control = new Recording();
        try (Workspace w = Workspace.open(dir.resolve("t.db"), true)) {
            ImportService.Report r = new ImportService(w).importFile(f, null, ImportOptions.DEFAULT, control);
            assertThat(r.added()).isEqualTo(ROWS);
        }
        assertThat(control.steps).hasSize(ROWS / 5_000 + 1);
        for (int i = 0; i < control.steps.size() - 1; i++) {
            assertThat(control.steps.get(i).events()).isEqualTo(5_000L * (i + 1));
            assertThat(control.steps.get(i).finishing()).isFalse();
            assertThat(control.steps.get(i + 1).bytes()).isGreaterThanOrEqualTo(control.steps.get(i).bytes());
        }
        assertThat(control.steps.get(0).bytes()).isLessThan(Files.size(f));
        Step last = control.steps.get(control.steps.size() - 1);
        assertThat(last).isEqualTo(new Step(Files.size(f), Files.size(f), ROWS, true));
    }

    @Test
    void cancellingWhileRowsAreReadStoresNothingAndTheNextImportWorks() throws Exception {
        Path f = csv();
        Recording control = new Recording();
        control.cancelAt = 3;
        try (Workspace w = Workspace.open(dir.resolve("t.db"), true)) {
            ImportService service = new ImportService(w);
            assertThatThrownBy(() -> service.importFile(f, null, ImportOptions.DEFAULT, control))
                    .isInstanceOf(ImportService.ImportCancelledException.class)
                    .hasMessage(f + ": import cancelled (nothing was imported)");
            assertThat(control.steps).hasSize(3);
            assertThat(w.events().count(EventFilter.ALL)).isZero();
            assertThat(service.importFile(f, null, ImportOptions.DEFAULT).added()).isEqualTo(ROWS);
        }
    }

    @Test
    void cancellingOnceEveryRowIsReadStillStoresNothing() throws Exception {
        Path f = csv();
        ImportControl control = new ImportControl() {
            @Override
            protected void progress(long bytesRead, long bytesTotal, long events, boolean finishing) {
                if (finishing) {
                    cancel();
                }
            }
        };
        try (Workspace w = Workspace.open(dir.resolve("t.db"), true)) {
            ImportService service = new ImportService(w);
            assertThatThrownBy(() -> service.importFile(f, null, ImportOptions.DEFAULT, control))
                    .isInstanceOf(ImportService.ImportCancelledException.class);
            assertThat(w.events().count(EventFilter.ALL)).isZero();
            assertThat(service.importFile(f, null, ImportOptions.DEFAULT).added()).isEqualTo(ROWS);
        }
    }
}
