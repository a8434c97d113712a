package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed package's command (src/dist/timescope-command.sh, decisions 0047 and 0048) on an app image laid out as
 * jpackage lays it out, whose "java" only writes down what it was started with: the image's .cfg turned into a
 * command line, and the environment the window starts in.
 */
class PackageCommandTest {

    @TempDir
    Path image;

    @Test
    void startsTheImagesJavaWithTheCfgsClassPathOptionsAndMainClass() throws Exception {
        Path command = layOut();
        Started started = run(command, Map.of(), "--db", "study db.db");
        Path app = image.resolve("lib/app").toRealPath();
        assertThat(started.args()).containsExactly("-classpath", app + "/timescope.jar", "-Xms512m",
                "-Dorg.sqlite.lib.path=" + app, "-Dtimescope.launcher=" + command.toRealPath(), "org.timescope.Main",
                "--db", "study db.db");
    }

    @Test
    void turnsGtksAccessibilityBridgeOffUnlessAskedToKeepIt() throws Exception {
        Path command = layOut();
        assertThat(run(command, Map.of()).env()).isEqualTo("NO_AT_BRIDGE=1");
        // a value of the user's own stays as it is; asking for the bridge leaves the variable unset
        assertThat(run(command, Map.of("NO_AT_BRIDGE", "yes")).env()).isEqualTo("NO_AT_BRIDGE=yes");
        assertThat(run(command, Map.of("TIMESCOPE_ACCESSIBILITY_BRIDGE", "1")).env()).isEqualTo("NO_AT_BRIDGE=");
    }

    private record Started(List<String> args, String env) {
    }

    private Path layOut() throws Exception {
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path command = bin.resolve("timescope");
        Files.copy(Path.of("src/dist/timescope-command.sh"), command);
        Files.writeString(app.resolve("timescope.cfg"), """
                [Application]
                app.classpath=$APPDIR/timescope.jar
                app.mainclass=org.timescope.Main

                [JavaOptions]
                java-options=-Xms512m
                java-options=-Dorg.sqlite.lib.path=$APPDIR
                """);
        Path java = runtime.resolve("java");
        Files.writeString(java, """
                #!/bin/bash
                printf '%s\\n' "$@" > "$(dirname "$0")/args"
                printf 'NO_AT_BRIDGE=%s' "${NO_AT_BRIDGE:-}" > "$(dirname "$0")/env"
                """);
        for (Path p : List.of(command, java)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return command;
    }

    private Started run(Path command, Map<String, String> env, String... args) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(command.toString()));
        line.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
        pb.environment().remove("NO_AT_BRIDGE");
        pb.environment().remove("TIMESCOPE_ACCESSIBILITY_BRIDGE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Path written = image.resolve("lib/runtime/bin");
        return new Started(Files.readAllLines(written.resolve("args")), Files.readString(written.resolve("env")));
    }
}
