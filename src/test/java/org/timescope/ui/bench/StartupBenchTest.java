package org.timescope.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.bench.StartupBench;
import org.timescope.cli.Cli;

/**
 * {@code bench --startup} launches the application as a user would (a new JVM with this one's options, here
 * JavaFX's headless Monocle) and reads the two times its window reports; not a timing test.
 */
class StartupBenchTest {

    @TempDir
    Path dir;

    @Test
    void aRealStartReportsTheFirstPictureAndTheUsableWindowInOrder() throws Exception {
        Path csv = dir.resolve("small.csv");
        TestFiles.generatedCsv(csv, 3000, 1);
        Path json = dir.resolve("startup.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "--startup", "--events", csv.toString(), "--json", json.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        JsonNode figures = new ObjectMapper().readTree(json.toFile()).get(0);
        assertThat(figures.get("events").asInt()).isEqualTo(3000);
        long first = figures.get("first_picture_ms").asLong();
        long usable = figures.get("usable_ms").asLong();
        assertThat(first).isPositive().isLessThanOrEqualTo(usable);
        // the times count from the launch: the new JVM started after it and before the first picture
        assertThat(figures.get("jvm_start_ms").asLong()).isPositive().isLessThan(first);
        assertThat(figures.get("usable_cpu_ms").asLong()).isPositive();
        assertThat(figures.get("load_average").isNumber()).isTrue();
        assertThat(out.toString()).contains("first_picture_ms").contains("usable_ms");
    }

    @Test
    void aStartFromJavaCarriesThisJvmsOptionsAndAPackagesLauncherItsOwn() {
        Path db = Path.of("/data/g1m.db");
        assertThat(StartupBench.command("/usr/lib/jvm/java-17/bin/java", java.util.List.of("-Xmx1g", "-XX:+UseG1GC"),
                "/x/timescope.jar", db)).containsExactly("/usr/lib/jvm/java-17/bin/java", "-Xmx1g", "-XX:+UseG1GC",
                "-cp", "/x/timescope.jar", "org.timescope.Main", "--db", "/data/g1m.db");
        // jpackage's launcher reads its options (heap, class data archive) and class path from its own .cfg file:
        // handed the JVM's options it would take them for files to import
        assertThat(StartupBench.command("/opt/timescope/bin/timescope", java.util.List.of("-Xmx1g",
                "-XX:SharedArchiveFile=/opt/timescope/lib/timescope.jsa"), "/opt/timescope/lib/app/timescope.jar", db))
                .containsExactly("/opt/timescope/bin/timescope", "--db", "/data/g1m.db");
    }

    @Test
    void aStartFromThePackagesCommandGoesThroughThatCommand(@TempDir Path bin) throws Exception {
        Path command = bin.resolve("timescope");
        java.nio.file.Files.writeString(command, "#!/bin/sh\n");
        command.toFile().setExecutable(true);
        assertThat(StartupBench.executable(command.toString())).isEqualTo(command.toString());
        // a path that is not there (a package removed since) or none: this JVM's own java
        String java = ProcessHandle.current().info().command().orElseThrow();
        assertThat(StartupBench.executable(bin.resolve("gone").toString())).isEqualTo(java);
        assertThat(StartupBench.executable(null)).isEqualTo(java);
    }

    @Test
    void aWindowNeedsAnXDisplayOrHeadlessMonocle() {
        assertThat(StartupBench.canShowWindow(null, null)).isFalse();
        assertThat(StartupBench.canShowWindow(" ", "gtk")).isFalse();
        assertThat(StartupBench.canShowWindow(":99", null)).isTrue();
        assertThat(StartupBench.canShowWindow(null, "Monocle")).isTrue();
    }
}
