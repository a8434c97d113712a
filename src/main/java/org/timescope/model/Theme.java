package org.timescope.model;

import java.util.Objects;

/**
 * A research theme from the controlled vocabulary (e.g. "Judicial protection"), with what it covers and,
 * when the researcher chose one, its own colour ({@code #rrggbb}; null keeps the palette's colour).
 */
public record Theme(String name, String description, String colour) {
    public Theme {
        Objects.requireNonNull(name, "name");
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("theme '" + name + "': colour '" + colour + "' is not #rrggbb");
        }
    }

    public Theme(String name, String description) {
        this(name, description, null);
    }
}
