package org.timescope.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Reads and writes {@link Preferences} as JSON in {@code $XDG_CONFIG_HOME/timescope/preferences.json} (or
 * {@code ~/.config/…}), beside the window's {@code window.json} and {@code recent.json} and the same way: a
 * missing or damaged file means the defaults, and a save goes through a temporary file. Read by the window and
 * by the commands that write (for the author of the change log).
 */
public final class PreferencesFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file;
    }

    public static Path defaultFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("timescope").resolve("preferences.json");
    }

    public static PreferencesFile ofThisUser() {
        return new PreferencesFile(defaultFile(System.getenv(), System.getProperty("user.home")));
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        try {
            if (Files.isRegularFile(file)) {
                Preferences p = JSON.readValue(file.toFile(), Preferences.class);
                return p != null ? p : Preferences.initial();
            }
        } catch (IOException | RuntimeException e) {
            // damaged preferences cost the settings, never the start
        }
        return Preferences.initial();
    }

    /** Writes the preferences (to a temporary file first); returns false if they could not be saved. */
    public boolean save(Preferences preferences) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), preferences);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
