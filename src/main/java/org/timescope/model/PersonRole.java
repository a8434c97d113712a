package org.timescope.model;

import java.util.Objects;

/** A person at one event, with the title or role the source gives them at that time. */
public record PersonRole(String name, String role) {
    public PersonRole {
        Objects.requireNonNull(name, "name");
    }
}
