package org.timescope.ui.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.service.edit.CatalogEdits;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.Kind;
import org.timescope.ui.catalog.CatalogModel.Entry;

/**
 * The editable fields of one catalogue entry, as the form shows them. Saving is one
 * {@code CatalogEdits.update(before, after)} ({@link #command()}); {@link #problem()} says in one line what
 * stops it (a name taken, a loop in the parents, an alias another organisation has, a malformed colour or date).
 * Fields a list does not have are ignored for it.
 */
public final class EntryForm {
    private final CatalogModel catalog;
    private final Entry entry;

    public String name;
    /** A theme's description, an organisation's note. */
    public String description;
    public String parent;
    public OrganisationKind organisationKind;
    public String acronym;
    public List<String> aliases;
    /** A theme's colour, {@code #rrggbb}, or null for its palette colour. */
    public String colour;
    public String placeKind;
    public String title;
    public String author;
    public String publisher;
    public String url;
    /** A source's publication date as typed: YYYY, YYYY-MM or YYYY-MM-DD, or blank. */
    public String published;

    public EntryForm(CatalogModel catalog, Entry entry) {
        this.catalog = catalog;
        this.entry = entry;
        name = entry.name();
        aliases = new ArrayList<>();
        Object v = entry.value();
        if (v instanceof Organisation o) {
            description = o.note();
            parent = o.parent();
            organisationKind = o.kind();
            acronym = o.acronym();
            aliases.addAll(o.aliases());
        } else if (v instanceof Theme t) {
            description = t.description();
            colour = t.colour();
        } else if (v instanceof Place p) {
            parent = p.parent();
            placeKind = p.kind();
        } else if (v instanceof Source s) {
            title = s.title();
            author = s.author();
            publisher = s.publisher();
            url = s.url();
            published = s.published() == null ? null : s.published().toString();
        }
    }

    public Entry entry() {
        return entry;
    }

    public Kind kind() {
        return entry.kind();
    }

    /** What stops saving, in one line; empty when the form can be saved. */
    public Optional<String> problem() {
        String n = strip(name);
        if (n == null) {
            return Optional.of(kind() == Kind.SOURCE ? "A source needs a key" : "A name is needed");
        }
        Optional<Entry> other = catalog.find(kind(), n);
        if (other.isPresent() && !other.get().name().equals(entry.name())) {
            return Optional.of("There is already a " + kind().label() + " " + CatalogModel.quoted(other.get().name()));
        }
        return switch (kind()) {
            case ORGANISATION -> parentProblem().or(this::aliasProblem);
            case PLACE -> parentProblem();
            case THEME -> strip(colour) == null || strip(colour).matches("#[0-9a-fA-F]{6}") ? Optional.empty()
                    : Optional.of("The colour '" + colour + "' is not #rrggbb");
            case SOURCE -> sourceProblem();
            default -> Optional.empty();
        };
    }

    private Optional<String> parentProblem() {
        String p = strip(parent);
        if (p == null) {
            return Optional.empty();
        }
        Optional<Entry> found = catalog.find(kind(), p);
        if (found.isEmpty()) {
            return Optional.of(CatalogModel.quoted(p) + " is not a known " + kind().label());
        }
        // walk up from the new parent: meeting this entry again would make a loop
        String at = found.get().name();
        for (int depth = 0; at != null && depth < 1000; depth++) {
            if (at.equalsIgnoreCase(entry.name()) || at.equalsIgnoreCase(strip(name))) {
                return Optional.of(at.equalsIgnoreCase(found.get().name())
                        ? "An entry cannot be inside itself"
                        : CatalogModel.quoted(strip(name)) + " cannot be inside " + CatalogModel.quoted(found.get().name())
                        + ": " + CatalogModel.quoted(found.get().name()) + " is inside it");
            }
            at = catalog.find(kind(), at).map(Entry::parent).orElse(null);
        }
        return Optional.empty();
    }

    private Optional<String> aliasProblem() {
        List<String> spellings = new ArrayList<>(cleanAliases());
        if (strip(acronym) != null) {
            spellings.add(0, strip(acronym));
        }
        for (String s : spellings) {
            if (s.equalsIgnoreCase(strip(name))) {
                continue; // the store drops an alias equal to the name
            }
            for (Entry e : catalog.entries(Kind.ORGANISATION)) {
                if (e.name().equals(entry.name())) {
                    continue;
                }
                Organisation o = (Organisation) e.value();
                boolean taken = o.name().equalsIgnoreCase(s) || s.equalsIgnoreCase(o.acronym())
                        || o.aliases().stream().anyMatch(s::equalsIgnoreCase);
                if (taken) {
                    return Optional.of(CatalogModel.quoted(s) + " already names " + CatalogModel.quoted(o.name()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> sourceProblem() {
        if (strip(title) == null) {
            return Optional.of("A source needs a title");
        }
        if (strip(published) != null) {
            try {
                PartialDate.parse(strip(published));
            } catch (RuntimeException e) {
                return Optional.of("The date '" + published.strip() + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        return Optional.empty();
    }

    /** True when a field differs from the entry as read. */
    public boolean changed() {
        return !Objects.equals(after(), entry.value());
    }

    /** The entry as the form would save it. */
    public Object after() {
        String n = strip(name);
        Object v = entry.value();
        if (v instanceof Organisation) {
            return new Organisation(n, strip(acronym), cleanAliases(), strip(parent),
                    organisationKind == null ? OrganisationKind.OTHER : organisationKind, strip(description));
        } else if (v instanceof Theme) {
            return new Theme(n, strip(description), strip(colour) == null ? null
                    : strip(colour).toLowerCase(java.util.Locale.ROOT));
        } else if (v instanceof Place) {
            return new Place(n, strip(placeKind), strip(parent));
        } else if (v instanceof Source s) {
            return new Source(n, strip(title), strip(author), strip(publisher), strip(url),
                    strip(published) == null ? null : PartialDate.parse(strip(published)), s.publishedNote(), s.file(),
                    s.text());
        }
        return n;
    }

    /** The one command that saves the form; call only when {@link #problem()} is empty. */
    public EditCommand command() {
        problem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        Object after = after();
        Object v = entry.value();
        if (v instanceof Organisation o) {
            return CatalogEdits.update(o, (Organisation) after);
        } else if (v instanceof Theme t) {
            return CatalogEdits.update(t, (Theme) after);
        } else if (v instanceof Place p) {
            return CatalogEdits.update(p, (Place) after);
        } else if (v instanceof Source s) {
            return CatalogEdits.update(s, (Source) after);
        }
        return CatalogEdits.renamePerson(entry.name(), (String) after);
    }

    private List<String> cleanAliases() {
        Set<String> out = new LinkedHashSet<>();
        for (String a : aliases) {
            String s = strip(a);
            if (s != null && out.stream().noneMatch(s::equalsIgnoreCase)) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
