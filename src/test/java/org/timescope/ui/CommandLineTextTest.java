package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.cli.Cli;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.service.Workspace;

/** The window's filter, copied as a command line, lists the same events from the command line. */
class CommandLineTextTest {

    @TempDir
    Path dir;

    @Test
    void theCopiedCommandReproducesTheView() {
        Path db = dir.resolve("t.db");
        EventFilter filter = EventFilter.ALL.withOrganisations(Set.of("Shanghai People's Procuratorate"))
                .withDates(PartialDate.parse("2021"), null).withText("forum");
        String command = CommandLineText.of(filter, db);
        assertThat(command).contains("--org 'Shanghai People'\\''s Procuratorate'").contains("--from 2021")
                .contains("--query forum");
        int expected;
        try (Workspace w = Workspace.open(db, false)) {
            expected = w.events().count(filter);
        }
        StringWriter out = new StringWriter();
        int code = Cli.run(shellWords(command.substring(command.indexOf("list"))), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains(expected + " of 23 events");
        assertThat(expected).isEqualTo(3);
    }

    /** Splits like a POSIX shell for the quoting CommandLineText produces. */
    private static String[] shellWords(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted && i + 1 < s.length()) {
                w.append(s.charAt(++i));
            } else if (c == ' ' && !quoted) {
                if (any || w.length() > 0) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || w.length() > 0) {
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }
}
