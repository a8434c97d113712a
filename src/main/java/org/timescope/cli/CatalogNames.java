package org.timescope.cli;

import java.util.Optional;
import org.timescope.model.Organisation;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Kind;

/** A catalogue entry's name as the catalogue spells it, from a name the user typed (or an acronym or alias). */
final class CatalogNames {
    private CatalogNames() {
    }

    static Optional<String> find(Workspace workspace, Kind kind, String typed) {
        String t = typed.strip();
        return switch (kind) {
            case ORGANISATION -> workspace.catalog().organisations().stream().filter(o -> names(o, t))
                    .map(Organisation::name).findFirst();
            case THEME -> workspace.catalog().themes().stream().map(org.timescope.model.Theme::name)
                    .filter(t::equalsIgnoreCase).findFirst();
            case PLACE -> workspace.catalog().places().stream().map(org.timescope.model.Place::name)
                    .filter(t::equalsIgnoreCase).findFirst();
            case PERSON -> workspace.catalog().people().stream().filter(t::equalsIgnoreCase).findFirst();
            default -> throw new IllegalArgumentException(kind.label() + "s have no catalogue names");
        };
    }

    /** The canonical name, or a one-line failure "unknown organisation 'X'". */
    static String require(Workspace workspace, Kind kind, String typed) {
        return find(workspace, kind, typed).orElseThrow(() ->
                new Errors.CommandFailure("unknown " + kind.label() + " '" + typed + "'"));
    }

    private static boolean names(Organisation o, String t) {
        return o.name().equalsIgnoreCase(t) || (o.acronym() != null && o.acronym().equalsIgnoreCase(t))
                || o.aliases().stream().anyMatch(t::equalsIgnoreCase);
    }
}
