package org.timescope.model;

import java.util.List;
import java.util.Objects;

/**
 * One canonical organisation. Other spellings found in sources ("WIPO", "the Municipal Procuratorate")
 * are its acronym or aliases; {@code parent} names the organisation it belongs to, if any, so that a
 * filter on a parent also finds its offices and branches.
 */
public record Organisation(String name, String acronym, List<String> aliases, String parent,
                           OrganisationKind kind, String note) {
    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}
