package org.timescope.service.edit;

import org.timescope.model.Era;
import org.timescope.model.Evidence;
import org.timescope.model.Source;

/**
 * Commands on eras: create, edit (name, dates, colour, scope, notes, evidence; the key stays), delete. Each is
 * one undo step and one change group, like the commands on events.
 */
public final class EraEdits {
    private EraEdits() {
    }

    /**
     * A new era; one without a colour is given the first of the palette no other era is drawn in, kept with it, so
     * that adding an era — even one before the others — recolours none of them.
     */
    public static EditCommand create(Era era) {
        return new EditCommand("create", "Creation of era " + EditCommand.quoted(era.name()), plan -> {
            Era coloured = era.colour() != null ? era : new Era(era.key(), era.name(), era.when(),
                    org.timescope.render.EraPainter.firstFree(plan.session().eras()), era.organisation(), era.theme(),
                    era.notes(), era.evidence());
            plan.create(Kind.ERA, coloured.key(), Images.of(located(plan, coloured)));
        });
    }

    public static EditCommand update(Era before, Era after) {
        if (!before.key().equals(after.key())) {
            throw new IllegalArgumentException("an era keeps its key ('" + before.key() + "')");
        }
        return new EditCommand("edit", "Edit of era " + EditCommand.quoted(after.name()),
                plan -> plan.diff(Kind.ERA, before.key(), Images.of(before), Images.of(located(plan, after))));
    }

    /**
     * The era as the store will keep it, so the log's image matches what undo finds: each quote without offsets
     * placed where it first occurs in its source's text (as the store places it).
     */
    private static Era located(Plan plan, Era era) {
        java.util.List<Evidence> evidence = new java.util.ArrayList<>();
        for (Evidence e : era.evidence()) {
            String text = e.hasOffsets() ? null : plan.session().source(e.sourceKey()).map(Source::text).orElse(null);
            int at = text == null ? -1 : text.indexOf(e.quote());
            evidence.add(at < 0 ? e : Evidence.at(e.sourceKey(), e.quote(), at));
        }
        return new Era(era.key(), era.name(), era.when(), era.colour(), era.organisation(), era.theme(), era.notes(),
                evidence);
    }

    public static EditCommand delete(Era era) {
        return new EditCommand("delete", "Deletion of era " + EditCommand.quoted(era.name()),
                plan -> plan.delete(Kind.ERA, era.key()));
    }
}
