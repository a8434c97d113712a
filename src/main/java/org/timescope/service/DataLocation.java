package org.timescope.service;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives when no {@code --db} is given: the XDG data folder. */
public final class DataLocation {
    private DataLocation() {
    }

    /** {@code $XDG_DATA_HOME/timescope/timescope.db}, or {@code ~/.local/share/timescope/timescope.db}. */
    public static Path defaultDatabase(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("timescope").resolve("timescope.db");
    }

    public static Path defaultDatabase() {
        return defaultDatabase(System.getenv(), System.getProperty("user.home"));
    }
}
