package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before the window: one line on what is missing and how to get it, exit code 1, never a stack trace. */
class StartupChecksTest {

    @TempDir
    Path dir;

    private static String[] runMain(Map<String, String> env, String... args) throws Exception {
        ChildMain r = ChildMain.run(env, args);
        return new String[] {Integer.toString(r.code()), r.err()};
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndExitsWithOne() throws Exception {
        String[] r = runMain(Map.of("XDG_DATA_HOME", dir.toString(), "XDG_CONFIG_HOME", dir.toString()));
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1].strip()).isEqualTo("timescope: cannot open the window: there is no display (DISPLAY is not "
                + "set); start it in a desktop session (or over ssh -X), or use a command, which needs none: timescope --help");
        assertThat(r[1]).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("timescope")).doesNotExist(); // nothing was made for a window that never opened
    }

    @Test
    void aCommandStillRunsWithoutADisplay() throws Exception {
        String[] r = runMain(Map.of("XDG_DATA_HOME", dir.toString()), "--version");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEmpty();
    }

    @Test
    void missingGtkIsNamedWithItsDebianPackage() throws Exception {
        Path libs = Files.createDirectories(dir.resolve("lib"));
        Files.createFile(libs.resolve("libXtst.so.6"));
        WindowRequirements check = new WindowRequirements(Map.of("DISPLAY", ":0"), "Linux", List.of(libs));
        assertThat(check.problem()).contains("timescope: cannot open the window: libgtk-3.so.0 is missing; on Debian "
                + "or Ubuntu: sudo apt install libgtk-3-0 (the commands work without them: timescope --help)");
        Files.createFile(libs.resolve("libgtk-3.so.0"));
        assertThat(check.problem()).isEmpty();
    }

    @Test
    void bothMissingLibrariesAreNamedInOneLine() {
        WindowRequirements check = new WindowRequirements(Map.of("DISPLAY", ":0"), "Linux", List.of(dir));
        assertThat(check.problem().orElseThrow()).contains("libgtk-3.so.0 and libXtst.so.6 are missing")
                .contains("sudo apt install libgtk-3-0 libxtst6").doesNotContain("\n");
    }

    @Test
    void aWindowThatCannotOpenGivesTheInnermostReason() {
        RuntimeException wrapped = new RuntimeException("Application launch exception",
                new UnsupportedOperationException("Unable to open DISPLAY"));
        assertThat(WindowRequirements.failure(wrapped, ":77"))
                .isEqualTo("timescope: cannot open the window: Unable to open DISPLAY (DISPLAY=:77)");
    }

    @Test
    void aJavaOlderThan17IsToldWhatToInstall() {
        assertThat(JavaRequirement.problem("1.8")).startsWith("timescope: needs Java 17 or newer, but this is Java 1.8")
                .contains("install openjdk-17-jre");
        assertThat(JavaRequirement.problem("11")).contains("this is Java 11");
        assertThat(JavaRequirement.problem("17")).isNull();
        assertThat(JavaRequirement.problem("25")).isNull();
    }

    @Test
    void theEntryPointLoadsOnJava8SoItCanSayThat() throws Exception {
        for (Class<?> c : List.of(org.timescope.Main.class, JavaRequirement.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                byte[] head = in.readNBytes(8);
                int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                assertThat(major).as(c.getName() + " class file version (52 = Java 8)").isEqualTo(52);
            }
        }
    }

    @Test
    void javaFxDrawingIntoMemoryNeedsNoDisplayNorGtk() {
        // -Dglass.platform=Monocle -Dmonocle.platform=Headless: the tests' and a headless benchmark's JavaFX
        assertThat(new WindowRequirements(Map.of(), "Linux", List.of(), true).problem()).isEmpty();
        assertThat(new WindowRequirements(Map.of(), "Linux", List.of(), false).problem()).get().asString()
                .contains("there is no display");
    }
}
