package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by a walk through the command line: wrong arguments were answered in the parser's words ("'abc' is not a
 * double", "Unmatched argument at index 0", "Value for option option '--map'…") or in another unit than the one typed
 * ("scale 0.052 is outside 0.25–8" for --dpi 5). Each is one line in the command line's own terms, exit code 2 for
 * arguments the parser refuses.
 */
class ArgumentWordingTest {

    @TempDir
    Path dir;

    private String refused(int code, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        String first = r.err().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("timescope: ").doesNotContain("double", " int", "Unmatched", "option option",
                "index", "java.", "Exception");
        return first;
    }

    @Test
    void numbersCommandsMappingsAndDpiAreRefusedInTheCommandLinesWords() {
        String out = dir.resolve("x.png").toString();
        assertThat(refused(2, "snapshot", "--width", "abc", "--out", out)).isEqualTo("timescope: --width: 'abc' is not a number");
        assertThat(refused(2, "generate", "--events", "abc")).isEqualTo("timescope: --events: 'abc' is not a whole number");
        assertThat(refused(2, "frobnicate")).isEqualTo("timescope: unknown command or argument: 'frobnicate'");
        assertThat(refused(2, "import", "--db", dir.resolve("c.db").toString(), "--map", "foo", "x.csv"))
                .isEqualTo("timescope: --map takes KEY=VALUE pairs separated by commas (e.g. start=When,title=What), "
                        + "not 'foo'");
        assertThat(refused(1, "snapshot", "--db", dir.resolve("c.db").toString(), "--dpi", "5", "--out", out))
                .isEqualTo("timescope: --dpi 5 is outside 24–768");
    }
}
