package org.timescope.model;

import java.util.Arrays;
import java.util.Locale;

/** What sort of body an organisation is; used for grouping and for the detail pane. */
public enum OrganisationKind {
    GOVERNMENT_BODY("government body"),
    PARTY_BODY("party body"),
    ADVISORY_BODY("advisory body"),
    COURT("court"),
    PROCURATORATE("procuratorate"),
    PUBLIC_INSTITUTION("public institution"),
    UNIVERSITY("university"),
    INTERNATIONAL_ORGANISATION("international organisation"),
    COMPANY("company"),
    MEDIA("media"),
    OTHER("other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label ("government body") or the constant name, in any case. */
    public static OrganisationKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an organisation kind (one of: "
                        + String.join(", ", Arrays.stream(values()).map(OrganisationKind::label).toList()) + ")"));
    }
}
