package org.timescope.model;

import java.util.List;
import java.util.Objects;

/**
 * A named period drawn behind the events ("14th Five-Year Plan", 2021–2025): its dates at the precision the
 * sources support, a colour ({@code #rrggbb}; null takes one from the era palette), an optional scope — the
 * organisation or the theme it belongs to, at most one; null for both means it concerns everything —, notes
 * and the verbatim quotes that support it. {@code key} is its stable identifier in files.
 */
public record Era(String key, String name, DateSpan when, String colour, String organisation, String theme,
                  String notes, List<Evidence> evidence) {
    public Era {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        if (name.isBlank()) {
            throw new IllegalArgumentException("era '" + key + "' has no name");
        }
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("era '" + name + "': colour '" + colour + "' is not #rrggbb");
        }
        if (organisation != null && theme != null) {
            throw new IllegalArgumentException("era '" + name + "' is scoped to an organisation or a theme, not both");
        }
        evidence = List.copyOf(evidence);
    }

    /**
     * Whether a view with this filter shows the era: it overlaps the filter's dates, and when the filter picks
     * themes (or organisations) an era scoped to one is shown only if it is among them.
     */
    public boolean concerns(EventFilter filter) {
        java.time.LocalDate from = filter.from() == null ? null : filter.from().firstDay();
        java.time.LocalDate to = filter.to() == null ? null : filter.to().lastDay();
        if (!when.overlaps(from, to)) {
            return false;
        }
        if (theme != null && !filter.themes().isEmpty()
                && filter.themes().stream().noneMatch(t -> t.equalsIgnoreCase(theme))) {
            return false;
        }
        return organisation == null || filter.organisations().isEmpty()
                || filter.organisations().stream().anyMatch(o -> o.equalsIgnoreCase(organisation));
    }

    /** The era's scope in words: "all", "organisation: WIPO", "theme: Copyright". */
    public String scopeText() {
        return organisation != null ? "organisation: " + organisation : theme != null ? "theme: " + theme : "all";
    }
}
