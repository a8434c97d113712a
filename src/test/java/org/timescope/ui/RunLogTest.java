package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's logs: in the XDG state folder, one file per run, the last five runs kept. */
class RunLogTest {

    @TempDir
    Path dir;
    private Handler[] before;

    @BeforeEach
    void keepHandlers() {
        before = Logger.getLogger("").getHandlers();
    }

    @AfterEach
    void restoreHandlers() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        for (Handler h : before) {
            root.addHandler(h);
        }
    }

    @Test
    void theFolderFollowsXdgStateHome() {
        assertThat(RunLog.directory(Map.of("XDG_STATE_HOME", "/data/state"), "/home/ada"))
                .isEqualTo(Path.of("/data/state/timescope"));
        assertThat(RunLog.directory(Map.of(), "/home/ada")).isEqualTo(Path.of("/home/ada/.local/state/timescope"));
        assertThat(RunLog.directory(Map.of("XDG_STATE_HOME", "relative"), "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.local/state/timescope"));
    }

    @Test
    void eachRunHasItsOwnFileAndTheLastFiveAreKept() throws Exception {
        Path logs = dir.resolve("state").resolve("timescope");
        for (int run = 1; run <= 7; run++) {
            RunLog log = RunLog.start(logs).orElseThrow();
            assertThat(log.file()).isEqualTo(logs.resolve("timescope-0.log"));
            Logger.getLogger("org.timescope.ui").warning("run " + run);
            log.close();
        }
        try (var files = Files.list(logs)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("timescope-0.log", "timescope-1.log", "timescope-2.log", "timescope-3.log",
                            "timescope-4.log");
        }
        assertThat(Files.readString(logs.resolve("timescope-0.log"))).contains("WARNING org.timescope.ui: run 7")
                .doesNotContain("run 6");
        assertThat(Files.readString(logs.resolve("timescope-4.log"))).contains("run 3");
    }

    @Test
    void aFolderThatCannotBeMadeLeavesLoggingAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(RunLog.start(file.resolve("timescope"))).isEmpty();
        assertThat(Logger.getLogger("").getHandlers()).containsExactly(before);
    }

    /** Issue 13: two windows at once both named timescope-0.log in their dialog, though the second wrote elsewhere. */
    @Test
    void aSecondWindowRunningAtTheSameTimeNamesTheFileItWrites() throws Exception {
        Path logs = dir.resolve("state").resolve("timescope");
        RunLog first = RunLog.start(logs).orElseThrow();
        RunLog second = RunLog.start(logs).orElseThrow(); // the first still holds its file
        try {
            assertThat(first.file()).isEqualTo(logs.resolve("timescope-0.log"));
            assertThat(second.file()).isNotEqualTo(first.file());
            Logger.getLogger("org.timescope.ui").warning("written by the second window");
            second.flush();
            assertThat(Files.readString(second.file())).contains("written by the second window");
            assertThat(Files.readString(first.file())).doesNotContain("written by the second window");
        } finally {
            second.close();
            first.close();
        }
    }
}
