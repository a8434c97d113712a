package org.timescope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.timescope.model.EventFilter;

/** Writes a filter as the equivalent {@code timescope list} command, quoted for a POSIX shell. */
final class CommandLineText {
    private CommandLineText() {
    }

    static String of(EventFilter f, Path database) {
        List<String> words = new ArrayList<>(List.of("java", "-jar", "timescope.jar", "list", "--db", quote(database.toString())));
        f.organisations().forEach(v -> words.add("--org " + quote(v)));
        f.themes().forEach(v -> words.add("--theme " + quote(v)));
        f.people().forEach(v -> words.add("--person " + quote(v)));
        f.places().forEach(v -> words.add("--place " + quote(v)));
        if (f.from() != null) {
            words.add("--from " + f.from());
        }
        if (f.to() != null) {
            words.add("--to " + f.to());
        }
        if (f.text() != null) {
            words.add("--query " + quote(f.text()));
        }
        return String.join(" ", words);
    }

    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
