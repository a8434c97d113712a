package org.timescope.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.service.Workspace;

/**
 * What a user sees on the terminal when processes start together or fail: nothing from the SQLite driver's
 * housekeeping, and a stack trace only when asked for with {@code TIMESCOPE_DEBUG=1}.
 */
class ProcessStartTest {

    private static final int PROCESSES = 6;
    private static final int STALE_COPIES = 60;

    @TempDir
    Path dir;

    /**
     * The driver deletes the native-library copies killed processes left in the temp folder; processes starting
     * at the same moment race for the same copies, and the losers used to print "SEVERE: Failed to delete old
     * native lib" with a NoSuchFileException trace. Here {@value #STALE_COPIES} stale copies wait for
     * {@value #PROCESSES} processes started at once.
     */
    @Test
    void processesStartingTogetherPrintNothingAboutTheDriversNativeLibrary() throws Exception {
        Path db = dir.resolve("c.db");
        Workspace.open(db, false).close();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String version = org.sqlite.SQLiteJDBCLoader.getVersion();
        for (int i = 0; i < STALE_COPIES; i++) { // as a killed process leaves them: the library, no .lck beside it
            Files.write(tmp.resolve("sqlite-" + version + "-" + UUID.randomUUID() + "-libsqlitejdbc.so"), new byte[64]);
        }
        List<ChildJvm> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(ChildJvm.start(Map.of(), List.of("-Djava.io.tmpdir=" + tmp), "stats", "--db", db.toString()));
        }
        for (ChildJvm child : children) {
            try (child) {
                assertThat(child.exitCode(300)).as(child.err()).isZero();
                assertThat(child.err()).as("standard error of a stats run").isEmpty();
                assertThat(child.out()).contains("Events         23");
            }
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("sqlite-" + version)
                    && !p.getFileName().toString().endsWith(".lck")).count())
                    .as("the stale copies were cleaned up (the processes' own copies are deleted as they end)").isZero();
        }
    }

    @Test
    void aFailedImportPrintsItsStackTraceOnlyWithTimescopeDebug() throws Exception {
        Path db = dir.resolve("c.db");
        Workspace.open(db, false).close();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\": [ {\"id\": \"x\", ");
        try (ChildJvm plain = ChildJvm.start("import", "--db", db.toString(), bad.toString());
             ChildJvm debug = ChildJvm.start(Map.of("TIMESCOPE_DEBUG", "1"), List.of(),
                     "import", "--db", db.toString(), bad.toString())) {
            assertThat(plain.exitCode(300)).isEqualTo(1);
            assertThat(plain.err().lines().toList()).hasSize(1);
            assertThat(plain.err()).startsWith("timescope: " + bad + ": ").doesNotContain("\tat ");
            assertThat(debug.exitCode(300)).isEqualTo(1);
            assertThat(debug.err()).startsWith(plain.err() + "\n");
            assertThat(debug.err()).contains("\tat org.timescope.");
        }
    }
}
