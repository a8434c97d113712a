package org.timescope.ui;

import java.nio.file.Path;
import java.util.List;
import org.timescope.service.DataLocation;

/** The options the window takes: {@code --db FILE} and {@code --empty}. */
record AppArguments(Path database, boolean empty) {

    static AppArguments parse(List<String> raw) {
        Path db = null;
        boolean empty = false;
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--empty")) {
                empty = true;
            } else if (arg.startsWith("--db=")) {
                db = Path.of(arg.substring("--db=".length()));
            } else if (arg.equals("--db") && i + 1 < raw.size()) {
                db = Path.of(raw.get(++i));
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "' (the window takes --db FILE and --empty)");
            }
        }
        return new AppArguments(db != null ? db : DataLocation.defaultDatabase(), empty);
    }
}
