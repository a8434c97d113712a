package org.timescope.ui.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.service.edit.Kind;
import org.timescope.service.storage.CatalogStore;

/**
 * The catalogue as read at one moment: each list with the events using every entry, search over it, and the
 * sentences the window shows before a merge or a delete. Read off the FX thread ({@link #read}); immutable.
 */
public final class CatalogModel {

    /** The lists of the catalogue window, in tab order. */
    public static final List<Kind> KINDS = List.of(Kind.ORGANISATION, Kind.THEME, Kind.PERSON, Kind.PLACE, Kind.SOURCE);

    /**
     * One entry of a list: {@code name} is its key (a source's key), {@code value} the record ({@link Organisation},
     * {@link Theme}, {@link Place}, {@link Source}, or the person's name).
     */
    public record Entry(Kind kind, String name, String parent, int usage, Object value) {
        /** "CNIPA · 7 events". */
        public String label() {
            return title() + " · " + events(usage);
        }

        /** What the list shows: the name, an organisation's acronym, a source's title. */
        public String title() {
            if (value instanceof Organisation o && o.acronym() != null && !o.acronym().isBlank()) {
                return o.name() + " (" + o.acronym() + ")";
            }
            if (value instanceof Source s) {
                return s.title();
            }
            return name;
        }

        /** Every text the search looks at. */
        List<String> words() {
            List<String> words = new ArrayList<>(List.of(title(), name));
            if (value instanceof Organisation o) {
                words.addAll(o.aliases());
            }
            return words;
        }
    }

    private final Map<Kind, List<Entry>> lists;
    private final List<org.timescope.model.Era> eras;

    CatalogModel(Map<Kind, List<Entry>> lists, List<org.timescope.model.Era> eras) {
        this.lists = new EnumMap<>(lists);
        this.eras = List.copyOf(eras);
    }

    /** Reads every list with its usage counts (SQL: never on the FX thread); no eras. */
    public static CatalogModel read(CatalogStore store) {
        return read(store, List.of());
    }

    /** Reads every list with its usage counts, and knows the collection's eras (for what a deletion unscopes). */
    public static CatalogModel read(CatalogStore store, List<org.timescope.model.Era> eras) {
        Map<Kind, List<Entry>> lists = new EnumMap<>(Kind.class);
        Map<String, Integer> use = store.usage("organisation");
        lists.put(Kind.ORGANISATION, store.organisations().stream()
                .map(o -> new Entry(Kind.ORGANISATION, o.name(), o.parent(), use.getOrDefault(o.name(), 0), o)).toList());
        Map<String, Integer> themes = store.usage("theme");
        lists.put(Kind.THEME, store.themes().stream()
                .map(t -> new Entry(Kind.THEME, t.name(), null, themes.getOrDefault(t.name(), 0), t)).toList());
        Map<String, Integer> people = store.usage("person");
        lists.put(Kind.PERSON, store.people().stream()
                .map(p -> new Entry(Kind.PERSON, p, null, people.getOrDefault(p, 0), p)).toList());
        Map<String, Integer> places = store.usage("place");
        lists.put(Kind.PLACE, store.places().stream()
                .map(p -> new Entry(Kind.PLACE, p.name(), p.parent(), places.getOrDefault(p.name(), 0), p)).toList());
        Map<String, Integer> sources = store.usage("source");
        lists.put(Kind.SOURCE, store.sources().stream()
                .map(s -> new Entry(Kind.SOURCE, s.key(), null, sources.getOrDefault(s.key(), 0), s)).toList());
        return new CatalogModel(lists, eras);
    }

    /**
     * What deleting the entry does besides: the eras it scopes lose their scope (and then span every lane), said
     * in one sentence naming them, or empty when it scopes none.
     */
    public Optional<String> deleteUnscopes(Entry e) {
        List<String> names = org.timescope.service.edit.CatalogEdits.erasScopedBy(eras, e.kind(), e.name()).stream()
                .map(era -> quoted(era.name())).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((names.size() == 1 ? "The era " + names.get(0) + " is" : "The eras "
                + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1) + " are")
                + " drawn in its lane only; deleting it clears " + (names.size() == 1 ? "that scope" : "those scopes")
                + ", so " + (names.size() == 1 ? "it spans" : "they span") + " every lane.");
    }

    /** The entries of a list (organisations and places: parents before their children). */
    public List<Entry> entries(Kind kind) {
        return lists.getOrDefault(kind, List.of());
    }

    /**
     * Entries whose name, acronym, alias or title contains every word of {@code text} (any case); those that
     * contain the text as typed come first.
     */
    public List<Entry> search(Kind kind, String text) {
        String phrase = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String[] words = phrase.split("\\s+");
        List<Entry> found = entries(kind).stream().filter(e -> matches(e, words)).toList();
        List<Entry> ordered = new ArrayList<>(found.stream().filter(e -> e.words().stream()
                .anyMatch(w -> w.toLowerCase(Locale.ROOT).contains(phrase))).toList());
        found.stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
        return ordered;
    }

    private static boolean matches(Entry e, String[] words) {
        String all = String.join(" ", e.words()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !all.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public Optional<Entry> find(Kind kind, String name) {
        return name == null ? Optional.empty()
                : entries(kind).stream().filter(e -> e.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Lists whose entries merge (sources do not: a source is a document, not a name). */
    public static boolean merges(Kind kind) {
        return kind != Kind.SOURCE;
    }

    /** Lists with a hierarchy (shown as a tree). */
    public static boolean nested(Kind kind) {
        return kind == Kind.ORGANISATION || kind == Kind.PLACE;
    }

    /** What can survive a merge of {@code from}: every other entry of its list. */
    public List<Entry> mergeTargets(Entry from) {
        return entries(from.kind()).stream().filter(e -> !e.name().equalsIgnoreCase(from.name())).toList();
    }

    /**
     * "7 events move from 'SIPO' to 'CNIPA'; 'SIPO' becomes an alias of 'CNIPA'", and what happens to its
     * children, for the confirmation of a merge.
     */
    public String mergePreview(Entry from, Entry into) {
        StringBuilder sb = new StringBuilder();
        sb.append(capitalised(events(from.usage()))).append(from.usage() == 1 ? " moves" : " move")
                .append(" from ").append(quoted(from.name())).append(" to ").append(quoted(into.name()));
        if (from.kind() == Kind.ORGANISATION) {
            sb.append("; ").append(quoted(from.name())).append(" becomes an alias of ").append(quoted(into.name()));
            if (from.value() instanceof Organisation o && o.acronym() != null && !o.acronym().isBlank()) {
                sb.append(", as does ").append(quoted(o.acronym()));
            }
        } else {
            sb.append("; ").append(quoted(from.name())).append(" is removed");
        }
        long children = entries(from.kind()).stream().filter(e -> from.name().equalsIgnoreCase(e.parent())).count();
        if (children > 0) {
            sb.append("; ").append(children).append(children == 1 ? " entry inside it moves" : " entries inside it move")
                    .append(" under ").append(quoted(into.name()));
        }
        return sb.append('.').toString();
    }

    /** Why an entry cannot be deleted ("'Copyright' is used by 8 events"), or empty when it can. */
    public Optional<String> deleteRefusal(Entry e) {
        if (e.usage() > 0) {
            return Optional.of(quoted(e.title()) + " is used by " + events(e.usage()));
        }
        long children = entries(e.kind()).stream().filter(c -> e.name().equalsIgnoreCase(c.parent())).count();
        if (children > 0) {
            return Optional.of(quoted(e.title()) + " has " + children + (children == 1 ? " entry" : " entries")
                    + " inside it");
        }
        return Optional.empty();
    }

    static String events(int n) {
        return n == 1 ? "1 event" : n + " events";
    }

    static String quoted(String s) {
        return "'" + s + "'";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
