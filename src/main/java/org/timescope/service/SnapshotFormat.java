package org.timescope.service;

import java.nio.file.Path;
import java.util.Locale;

/** The picture formats; chosen by the output file's extension. */
public enum SnapshotFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SnapshotFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SnapshotFormat f : values()) {
            if (name.endsWith("." + f.extension())) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the picture format of '" + file.getFileName()
                + "': use a name ending in .png, .svg or .pdf");
    }
}
