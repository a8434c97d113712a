package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts and the man page the package installs name every command the program takes. */
class ShellFilesTest {

    /** Every command of the README's command table, written out here rather than read from the program. */
    private static final List<String> COMMANDS = List.of("list", "export", "snapshot", "views", "generate", "bench",
            "stats", "import", "event", "org", "theme", "place", "person", "undo", "history", "duplicates", "help");

    @TempDir
    Path dir;

    @Test
    void bashCompletionOffersEveryCommandAndListFormats() throws Exception {
        ShellFiles.write(dir, "/opt/timescope/lib/app/timescope.bash");
        String bash = Files.readString(dir.resolve("timescope.bash"));
        String commands = bash.lines().filter(l -> l.contains("local commands=")).findFirst().orElseThrow();
        for (String command : COMMANDS) {
            assertThat(commands).as(command).containsPattern("[\"' ]" + command + "[\"' ]");
        }
        assertThat(bash).contains("complete -F _complete_timescope").contains("(\"table\" \"tsv\" \"json\")");
        Process p = new ProcessBuilder("bash", "-n", dir.resolve("timescope.bash").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void bashCompletionOffersExportFormatsInLowerCaseAndExportTakesEitherCase() throws Exception {
        ShellFiles.write(dir, "/opt/timescope/lib/app/timescope.bash");
        String bash = Files.readString(dir.resolve("timescope.bash"));
        // the values the README's command table and `timescope help export` write, in their order there
        assertThat(bash).contains("(\"json\" \"csv\" \"timelinejs\" \"ics\")").doesNotContain("\"JSON\"")
                .doesNotContain("\"CSV\"");
        String db = CliRun.collection(dir.resolve("formats.db"));
        CliRun lower = CliRun.of("export", "--format", "csv", "--db", db);
        CliRun upper = CliRun.of("export", "--format", "CSV", "--db", db);
        assertThat(lower.code()).as(lower.err()).isZero();
        assertThat(upper.code()).as(upper.err()).isZero();
        assertThat(upper.out()).isNotEmpty().isEqualTo(lower.out());
    }

    @Test
    void zshCompletionLoadsTheInstalledBashOne() throws Exception {
        ShellFiles.write(dir, "/opt/timescope/lib/app/timescope.bash");
        String zsh = Files.readString(dir.resolve("_timescope"));
        assertThat(zsh).startsWith("#compdef timescope\n").contains("source /opt/timescope/lib/app/timescope.bash");
    }

    @Test
    void theManPageHasASectionPerCommandAndTheExitCodes() throws Exception {
        ShellFiles.write(dir, "/x/timescope.bash");
        String man = Files.readString(dir.resolve("timescope.1"));
        assertThat(man).startsWith(".TH TIMESCOPE 1");
        for (String command : COMMANDS) {
            if (!command.equals("help")) {
                assertThat(man).as(command).contains(".SS \"timescope " + command + "\"");
            }
        }
        assertThat(man).contains(".SS \"timescope event add\"").contains("\\fB\\-\\-format\\fR \\fIFORMAT\\fR")
                .contains(".SH EXIT STATUS");
        for (String line : man.lines().toList()) {
            assertThat(line).as("a text line starting with a dot would be read as a request")
                    .matches(l -> !l.startsWith(".") || l.matches("^\\.(TH|SH|SS|TP|PP|B|br|nf|fi)( .*)?$"));
        }
    }

    @Test
    void helpCommandPrintsACommandsOptions() {
        CliRun r = CliRun.of("help", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: timescope list").contains("--format=FORMAT").contains("--org=NAME");
    }

    @Test
    void everyCommandsHelpPrintsWithoutWarnings() {
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : COMMANDS) {
                CliRun r = CliRun.of("help", command);
                assertThat(r.code()).as(command).isZero();
                assertThat(r.out()).as(command).contains("Usage: timescope");
                assertThat(r.err()).as(command).isEmpty();
            }
        } finally {
            System.setErr(console);
        }
        // picocli reports a description it cannot format ("10% of", not "10%% of") on the console itself
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}
