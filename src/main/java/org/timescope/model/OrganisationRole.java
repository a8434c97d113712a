package org.timescope.model;

import java.util.Objects;

/** An organisation's part in one event: host, co-host, participant, signatory, awarded … */
public record OrganisationRole(String organisation, String role) {
    public OrganisationRole {
        Objects.requireNonNull(organisation, "organisation");
    }
}
