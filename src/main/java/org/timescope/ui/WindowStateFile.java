package org.timescope.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Reads and writes {@link WindowState} as JSON in {@code $XDG_CONFIG_HOME/timescope/window.json}
 * (or {@code ~/.config/…}). A missing or unreadable file means defaults: losing window positions must
 * never stop the app from starting.
 */
public final class WindowStateFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;

    public WindowStateFile(Path file) {
        this.file = file;
    }

    public static Path defaultFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("timescope").resolve("window.json");
    }

    public WindowState load() {
        try {
            if (Files.isRegularFile(file)) {
                WindowState state = JSON.readValue(file.toFile(), WindowState.class);
                return state.width() > 200 && state.height() > 150 ? state : WindowState.initial();
            }
        } catch (IOException | RuntimeException e) {
            // a damaged state file only costs the window positions
        }
        return WindowState.initial();
    }

    /** Writes the state (to a temporary file first); returns false if it could not be saved. */
    public boolean save(WindowState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), state);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
