package org.timescope.model;

import java.util.Objects;

/** An organisation's part in one event: host, co-host, participant, signatory, awarded … */
public record OrganisationRole(String organisation, String role) {
    public OrganisationRole {
        Objects.requireNonNull(organisation, "organisation");
    }

    /**
     * One entry per organisation, in the order first named, its roles joined ("host; reporter"): for reading. After
     * a merge of two names of one body, an event that had named both in two roles listed the survivor twice.
     */
    public static java.util.List<OrganisationRole> byOrganisation(java.util.List<OrganisationRole> roles) {
        java.util.Map<String, java.util.List<String>> joined = new java.util.LinkedHashMap<>();
        for (OrganisationRole r : roles) {
            java.util.List<String> of = joined.computeIfAbsent(r.organisation(), k -> new java.util.ArrayList<>());
            if (r.role() != null && !r.role().isBlank() && !of.contains(r.role())) {
                of.add(r.role());
            }
        }
        java.util.List<OrganisationRole> out = new java.util.ArrayList<>();
        joined.forEach((name, of) -> out.add(new OrganisationRole(name, of.isEmpty() ? null : String.join("; ", of))));
        return out;
    }
}
