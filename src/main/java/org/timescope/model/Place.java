package org.timescope.model;

import java.util.Objects;

/** A named place ("Shanghai", "Pudong"), optionally inside a larger one, so that filters include it. */
public record Place(String name, String kind, String parent) {
    public Place {
        Objects.requireNonNull(name, "name");
    }
}
