package org.timescope.model;

import java.util.Objects;

/** A research theme from the controlled vocabulary (e.g. "Judicial protection"), with what it covers. */
public record Theme(String name, String description) {
    public Theme {
        Objects.requireNonNull(name, "name");
    }
}
