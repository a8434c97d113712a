package org.timescope.ui;

import java.nio.file.Path;

/** The window's title and the menu's name for a collection: the file's name, then its folder with ~ for home. */
final class CollectionTitle {
    private CollectionTitle() {
    }

    /** "Timescope — study.db (~/research)". */
    static String of(Path file, String home) {
        return "Timescope — " + name(file, home);
    }

    /** "study.db (~/research)". */
    static String name(Path file, String home) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        return absolute.getFileName() + (folder == null ? "" : " (" + folder(folder, home) + ")");
    }

    private static String folder(Path folder, String home) {
        if (home != null && !home.isBlank()) {
            Path h = Path.of(home).toAbsolutePath().normalize();
            if (folder.equals(h)) {
                return "~";
            }
            if (folder.startsWith(h) && h.getNameCount() > 0) {
                return "~/" + h.relativize(folder);
            }
        }
        return folder.toString();
    }
}
