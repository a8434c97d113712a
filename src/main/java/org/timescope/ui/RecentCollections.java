package org.timescope.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The collections opened last, newest first, kept as a JSON list of paths in {@code recent.json} beside the
 * window state file ({@code $XDG_CONFIG_HOME/timescope/}). A missing or damaged file is an empty list: like
 * window positions, it must never stop the app from starting.
 */
final class RecentCollections {

    static final int MAX = 8;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    RecentCollections(Path file) {
        this.file = file;
    }

    /** {@code recent.json} in the folder of the window state file. */
    static RecentCollections beside(Path windowStateFile) {
        return new RecentCollections(windowStateFile.resolveSibling("recent.json"));
    }

    List<Path> list() {
        try {
            if (Files.isRegularFile(file)) {
                List<String> names = JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
                return names.stream().filter(n -> n != null && !n.isBlank()).map(Path::of).limit(MAX).toList();
            }
        } catch (IOException | RuntimeException e) {
            // a damaged list only costs the menu its entries
        }
        return List.of();
    }

    /** Puts the collection first (once), keeps the newest {@value #MAX}; returns false if it could not be saved. */
    boolean add(Path collection) {
        Path absolute = collection.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(List.of(absolute));
        list().stream().filter(p -> !p.equals(absolute)).limit(MAX - 1).forEach(next::add);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), next.stream().map(Path::toString).toList());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets every collection (Edit → Preferences…); returns false if the list could not be saved. */
    boolean clear() {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
