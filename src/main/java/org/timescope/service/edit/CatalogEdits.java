package org.timescope.service.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.Era;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;

/**
 * Commands on the catalogue: create, change (rename, describe, parent, acronym, aliases, colour), delete an
 * unused entry, and merge two entries into one — every event link moves to the survivor and, for an
 * organisation, the loser's name, acronym and aliases become the survivor's aliases.
 */
public final class CatalogEdits {
    private CatalogEdits() {
    }

    public static EditCommand create(Organisation o) {
        return created(Kind.ORGANISATION, o.name(), Images.of(o));
    }

    public static EditCommand create(Theme t) {
        return created(Kind.THEME, t.name(), Images.of(t));
    }

    public static EditCommand create(Place p) {
        return created(Kind.PLACE, p.name(), Images.of(p));
    }

    public static EditCommand createPerson(String name) {
        return created(Kind.PERSON, name, Images.person(name));
    }

    public static EditCommand create(Source s) {
        return created(Kind.SOURCE, s.key(), Images.of(s));
    }

    private static EditCommand created(Kind kind, String key, ObjectNode image) {
        return new EditCommand("create", "Creation of " + kind.label() + " " + EditCommand.quoted(key),
                plan -> plan.create(kind, key, image));
    }

    public static EditCommand update(Organisation before, Organisation after) {
        return updated(Kind.ORGANISATION, before.name(), after.name(), Images.of(before), Images.of(after));
    }

    public static EditCommand update(Theme before, Theme after) {
        return updated(Kind.THEME, before.name(), after.name(), Images.of(before), Images.of(after));
    }

    public static EditCommand update(Place before, Place after) {
        return updated(Kind.PLACE, before.name(), after.name(), Images.of(before), Images.of(after));
    }

    public static EditCommand renamePerson(String before, String after) {
        return updated(Kind.PERSON, before, after, Images.person(before), Images.person(after));
    }

    public static EditCommand update(Source before, Source after) {
        return updated(Kind.SOURCE, before.key(), after.key(), Images.of(before), Images.of(after));
    }

    private static EditCommand updated(Kind kind, String name, String newName, ObjectNode before, ObjectNode after) {
        String summary = name.equals(newName) ? "Edit of " + kind.label() + " " + EditCommand.quoted(name)
                : "Renaming of " + kind.label() + " " + EditCommand.quoted(name) + " to " + EditCommand.quoted(newName);
        return new EditCommand("edit", summary, plan -> plan.diff(kind, name, before, after));
    }

    /**
     * Removes an entry no event uses (the store refuses one in use, saying how many events use it). An era scoped
     * to the organisation or theme loses its scope in the same step (it then spans every lane; undo restores
     * both): the era is about a period, which outlives the lane it was drawn in. See {@link #erasScopedBy}.
     */
    public static EditCommand delete(Kind kind, String name) {
        return new EditCommand("delete", "Deletion of " + kind.label() + " " + EditCommand.quoted(name),
                plan -> {
                    rescope(plan, kind, name, null);
                    plan.delete(kind, name);
                });
    }

    /** The eras an organisation or theme scopes, by name: what deleting it unscopes and merging it moves. */
    public static List<Era> erasScopedBy(List<Era> eras, Kind kind, String name) {
        return eras.stream().filter(e -> name.equalsIgnoreCase(kind == Kind.ORGANISATION ? e.organisation()
                : kind == Kind.THEME ? e.theme() : null)).toList();
    }

    /** Each era scoped by {@code name} scoped by {@code into} instead (null: by nothing). */
    private static void rescope(Plan plan, Kind kind, String name, String into) {
        if (kind != Kind.ORGANISATION && kind != Kind.THEME) {
            return;
        }
        for (Era era : erasScopedBy(plan.session().eras(), kind, name)) {
            Era after = new Era(era.key(), era.name(), era.when(), era.colour(),
                    kind == Kind.ORGANISATION ? into : era.organisation(), kind == Kind.THEME ? into : era.theme(),
                    era.notes(), era.evidence());
            plan.diff(Kind.ERA, era.key(), Images.of(era), Images.of(after));
        }
    }

    /** Merges {@code from} into {@code into} (organisations, themes, places or people). */
    public static EditCommand merge(Kind kind, String from, String into) {
        if (kind == Kind.EVENT || kind == Kind.SOURCE) {
            throw new IllegalArgumentException(kind.label() + "s are not merged here");
        }
        return new EditCommand("merge", "Merge of " + EditCommand.quoted(from) + " into " + EditCommand.quoted(into),
                plan -> plan(plan, kind, from, into));
    }

    private static void plan(Plan plan, Kind kind, String fromName, String intoName) {
        var s = plan.session();
        ObjectNode fromImage = kind.read(s, fromName).orElseThrow(() -> unknown(kind, fromName));
        ObjectNode intoImage = kind.read(s, intoName).orElseThrow(() -> unknown(kind, intoName));
        String from = fromImage.get("name").asText();
        String into = intoImage.get("name").asText();
        if (from.equalsIgnoreCase(into)) {
            throw new IllegalArgumentException("cannot merge " + kind.label() + " '" + from + "' into itself");
        }
        plan.moveLinks(kind, from, into); // one change however many events use the entry (decision 0018)
        rescope(plan, kind, from, into); // an era drawn in the loser's lane is drawn in the survivor's
        if (kind == Kind.ORGANISATION || kind == Kind.PLACE) {
            for (String child : s.children(kind.label(), from)) {
                ObjectNode before = kind.read(s, child).orElseThrow();
                ObjectNode after = before.deepCopy();
                after.put("parent", into);
                plan.diff(kind, child, before, after);
            }
            if (isBelow(plan, kind, into, from)) { // the survivor takes the loser's place in the hierarchy
                ObjectNode before = kind.read(s, into).orElseThrow();
                ObjectNode after = before.deepCopy();
                after.set("parent", fromImage.get("parent"));
                plan.diff(kind, into, before, after);
            }
        }
        plan.delete(kind, from);
        if (kind == Kind.ORGANISATION) {
            ObjectNode before = kind.read(s, into).orElseThrow();
            ObjectNode after = before.deepCopy();
            Set<String> aliases = new LinkedHashSet<>(Images.strings(before.path("aliases")));
            aliases.add(from);
            if (!fromImage.path("acronym").isNull() && !fromImage.path("acronym").isMissingNode()) {
                aliases.add(fromImage.get("acronym").asText());
            }
            aliases.addAll(Images.strings(fromImage.path("aliases")));
            aliases.removeIf(a -> a.equalsIgnoreCase(into) || a.equalsIgnoreCase(before.path("acronym").asText("")));
            ArrayNode list = after.putArray("aliases");
            aliases.forEach(list::add);
            plan.diff(kind, into, before, after);
        }
    }

    /** True if {@code name} lies below {@code ancestor} in the parent hierarchy. */
    private static boolean isBelow(Plan plan, Kind kind, String name, String ancestor) {
        String at = kind.read(plan.session(), name).map(i -> i.path("parent").asText(null)).orElse(null);
        for (int depth = 0; at != null && depth < 100; depth++) {
            if (at.equalsIgnoreCase(ancestor)) {
                return true;
            }
            at = kind.read(plan.session(), at).map(i -> i.path("parent").asText(null)).orElse(null);
        }
        return false;
    }

    private static IllegalArgumentException unknown(Kind kind, String name) {
        return new IllegalArgumentException("unknown " + kind.label() + " '" + name + "'");
    }
}
