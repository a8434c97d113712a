package org.timescope.ui;

import java.nio.file.Path;
import java.util.List;
import org.timescope.service.DataLocation;

/**
 * What the window takes: {@code --db FILE}, {@code --empty}, and files to import once it is open (as a file
 * manager's "Open with" passes them).
 */
record AppArguments(Path database, boolean empty, List<Path> files) {

    static AppArguments parse(List<String> raw) {
        Path db = null;
        boolean empty = false;
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--empty")) {
                empty = true;
            } else if (arg.startsWith("--db=") && arg.length() > "--db=".length()) {
                db = Path.of(arg.substring("--db=".length()));
            } else if (arg.equals("--db") && i + 1 < raw.size()) {
                db = Path.of(raw.get(++i));
            } else if (arg.equals("--db") || arg.equals("--db=")) {
                throw new IllegalArgumentException("--db needs the database FILE after it (--db study.db)");
            } else if (!arg.startsWith("-")) {
                files.add(Path.of(arg));
            } else {
                throw new IllegalArgumentException("unknown option '" + arg
                        + "' (the window takes --db FILE, --empty and files to import)");
            }
        }
        return new AppArguments(db != null ? db : DataLocation.defaultDatabase(), empty, List.copyOf(files));
    }
}
