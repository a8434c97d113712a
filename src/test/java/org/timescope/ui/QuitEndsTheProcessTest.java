package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a walk through the window: after a cluster's list had been opened, Quit closed the window but the
 * process lived on (AtlantaFX's popover had started a {@code java.util.Timer}, a thread that is not a daemon). When
 * the window is closed the process ends, whatever threads a library left.
 */
class QuitEndsTheProcessTest {

    @TempDir
    Path dir;

    @Test
    void theProcessEndsWhenTheWindowClosesThoughALibraryLeftAThread() throws Exception {
        Path report = dir.resolve("report.json");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-D") || a.startsWith("--add-") || a.startsWith("-Xmx")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LingeringThreadMain.class.getName(),
                "--db", dir.resolve("c.db").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile());
        // the window quits by itself once usable, as `bench --startup` has it do (StartupReport)
        builder.environment().put("TIMESCOPE_STARTUP_REPORT", report.toString());
        builder.environment().put("XDG_CONFIG_HOME", Files.createDirectories(dir.resolve("config")).toString());
        builder.environment().put("XDG_DATA_HOME", Files.createDirectories(dir.resolve("data")).toString());
        builder.environment().put("XDG_CACHE_HOME", Files.createDirectories(dir.resolve("cache")).toString());
        Process p = builder.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(Files.isRegularFile(report)).as("the window was shown and quit: " + Files.readString(
                dir.resolve("stderr.txt"))).isTrue();
        assertThat(ended).as("the process ended after its window closed").isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
