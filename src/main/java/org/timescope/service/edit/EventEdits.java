package org.timescope.service.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/** Commands on events: create, edit, duplicate, delete, edit many at once, merge two. */
public final class EventEdits {
    private EventEdits() {
    }

    /** A new event; organisations, themes, people and places it names that the catalogue lacks are created with it. */
    public static EditCommand create(TimelineEvent event) {
        return create(event, List.of());
    }

    /** A new event citing {@code newSources} too (sources added in the editor), which are stored first. */
    public static EditCommand create(TimelineEvent event, List<Source> newSources) {
        return new EditCommand("create", "Creation of " + EditCommand.quoted(event.title()), plan -> {
            createSources(plan, newSources);
            TimelineEvent e = prepare(plan, withFreeKey(plan, event));
            plan.create(Kind.EVENT, e.key(), Images.of(e));
        });
    }

    private static void createSources(Plan plan, List<Source> sources) {
        for (Source source : sources) {
            plan.create(Kind.SOURCE, source.key(), Images.of(source));
        }
    }

    /** As {@link #edit(TimelineEvent, TimelineEvent)}, storing first the sources the editor added. */
    public static EditCommand edit(TimelineEvent before, TimelineEvent after, List<Source> newSources) {
        if (newSources.isEmpty()) {
            return edit(before, after);
        }
        EditCommand edit = edit(before, after);
        return new EditCommand(edit.action(), edit.summary(), plan -> {
            createSources(plan, newSources);
            edit.plan(plan);
        });
    }

    /**
     * The event as the editor saw it ({@code before}) becomes {@code after} (same key): one change per field that
     * differs, each refused if the stored value is no longer what the editor saw.
     */
    public static EditCommand edit(TimelineEvent before, TimelineEvent after) {
        if (!before.key().equals(after.key())) {
            throw new IllegalArgumentException("an edit keeps the event's key ('" + before.key() + "')");
        }
        return new EditCommand("edit", "Edit of " + EditCommand.quoted(before.title()), plan -> {
            plan.diff(Kind.EVENT, before.key(), Images.of(before), Images.of(prepare(plan, after)));
        });
    }

    /** A copy of the event under a new key, titled "… (copy)". */
    public static EditCommand duplicate(TimelineEvent event) {
        return new EditCommand("create", "Duplicate of " + EditCommand.quoted(event.title()), plan -> {
            TimelineEvent copy = withFreeKey(plan, with(event, event.key(), event.title() + " (copy)"));
            plan.create(Kind.EVENT, copy.key(), Images.of(copy));
        });
    }

    public static EditCommand delete(List<TimelineEvent> events) {
        String summary = events.size() == 1 ? "Deletion of " + EditCommand.quoted(events.get(0).title())
                : "Deletion of " + events.size() + " events";
        return new EditCommand("delete", summary, plan -> {
            LinkEdits.removeLinksOf(plan, events.stream().map(TimelineEvent::key).toList());
            events.forEach(e -> plan.delete(Kind.EVENT, e.key()));
        });
    }

    /** One change to many events (add or remove a theme, an organisation or a place; set a flag). */
    public static EditCommand bulk(List<TimelineEvent> events, BulkChange change) {
        return new EditCommand("bulk-edit", change.describe(events.size()), plan -> {
            for (TimelineEvent before : events) {
                TimelineEvent after = change.apply(before);
                if (!after.equals(before)) {
                    plan.diff(Kind.EVENT, before.key(), Images.of(before), Images.of(prepare(plan, after)));
                }
            }
        });
    }

    /**
     * Two events that are one: {@code kept} becomes {@code merged} (each field picked from either side by the
     * caller), {@code removed} is deleted; every quote of both is kept, and {@code removed}'s links move to
     * {@code kept} (see {@link LinkEdits}).
     */
    public static EditCommand merge(TimelineEvent kept, TimelineEvent removed, TimelineEvent merged) {
        return new EditCommand("merge", "Merge of " + EditCommand.quoted(removed.title()) + " into "
                + EditCommand.quoted(kept.title()), plan -> {
            Set<Evidence> quotes = new LinkedHashSet<>(merged.evidence());
            quotes.addAll(kept.evidence());
            quotes.addAll(removed.evidence());
            TimelineEvent after = new TimelineEvent(kept.key(), merged.title(), merged.summary(), merged.category(),
                    merged.when(), merged.approximate(), merged.inferred(), merged.dateNote(), merged.places(),
                    merged.organisations(), merged.themes(), merged.people(), new ArrayList<>(quotes));
            LinkEdits.moveLinks(plan, removed.key(), kept.key());
            plan.delete(Kind.EVENT, removed.key());
            plan.diff(Kind.EVENT, kept.key(), Images.of(kept), Images.of(prepare(plan, after)));
        });
    }

    /** A change many events get at once. */
    public record BulkChange(String what, String name, boolean add, UnaryOperator<TimelineEvent> change) {
        public TimelineEvent apply(TimelineEvent e) {
            return change.apply(e);
        }

        String describe(int n) {
            String events = n == 1 ? "1 event" : n + " events";
            if (name == null) {
                return "Set " + what + " of " + events;
            }
            return (add ? "Adding " + what + " " + EditCommand.quoted(name) + " to " : "Removing " + what + " "
                    + EditCommand.quoted(name) + " from ") + events;
        }

        public static BulkChange theme(String theme, boolean add) {
            return new BulkChange("theme", theme, add, e -> {
                List<String> themes = new ArrayList<>(e.themes());
                themes.removeIf(t -> t.equalsIgnoreCase(theme));
                if (add) {
                    themes.add(theme);
                }
                return add && e.themes().stream().anyMatch(t -> t.equalsIgnoreCase(theme)) ? e
                        : withLists(e, e.places(), e.organisations(), themes);
            });
        }

        public static BulkChange organisation(String organisation, String role, boolean add) {
            return new BulkChange("organisation", organisation, add, e -> {
                boolean has = e.organisations().stream().anyMatch(o -> o.organisation().equalsIgnoreCase(organisation));
                if (add == has) {
                    return e;
                }
                List<OrganisationRole> orgs = new ArrayList<>(e.organisations());
                orgs.removeIf(o -> o.organisation().equalsIgnoreCase(organisation));
                if (add) {
                    orgs.add(new OrganisationRole(organisation, role));
                }
                return withLists(e, e.places(), orgs, e.themes());
            });
        }

        public static BulkChange place(String place, boolean add) {
            return new BulkChange("place", place, add, e -> {
                boolean has = e.places().stream().anyMatch(p -> p.equalsIgnoreCase(place));
                if (add == has) {
                    return e;
                }
                List<String> places = new ArrayList<>(e.places());
                places.removeIf(p -> p.equalsIgnoreCase(place));
                if (add) {
                    places.add(place);
                }
                return withLists(e, places, e.organisations(), e.themes());
            });
        }

        /** {@code flag} is "approximate" or "inferred". */
        public static BulkChange flag(String flag, boolean value) {
            if (!flag.equals("approximate") && !flag.equals("inferred")) {
                throw new IllegalArgumentException("unknown flag '" + flag + "' (approximate or inferred)");
            }
            return new BulkChange(flag + " to " + (value ? "yes" : "no"), null, value, e -> new TimelineEvent(e.key(),
                    e.title(), e.summary(), e.category(), e.when(), flag.equals("approximate") ? value : e.approximate(),
                    flag.equals("inferred") ? value : e.inferred(), e.dateNote(), e.places(), e.organisations(),
                    e.themes(), e.people(), e.evidence()));
        }
    }

    static TimelineEvent withLists(TimelineEvent e, List<String> places, List<OrganisationRole> orgs, List<String> themes) {
        return new TimelineEvent(e.key(), e.title(), e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), places, orgs, themes, e.people(), e.evidence());
    }

    private static TimelineEvent with(TimelineEvent e, String key, String title) {
        return new TimelineEvent(key, title, e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    /** The event under a key no other event has: its own if free, else one made from its year and title. */
    private static TimelineEvent withFreeKey(Plan plan, TimelineEvent e) {
        String base = e.key().isBlank() || plan.session().eventId(e.key()) >= 0 ? keyFor(e) : e.key();
        String key = base;
        for (int n = 2; plan.session().eventId(key) >= 0; n++) {
            key = base + "-" + n;
        }
        return key.equals(e.key()) ? e : with(e, key, e.title());
    }

    /**
     * "2021-high-level-forum-on-ip": the start year and the first words of the title, as a file-safe key. Latin
     * letters lose their accents; letters of other scripts are kept ("2021-上海知识产权论坛开幕": a Chinese title gave
     * "2021-event", "2021-event-2", … and told nothing apart), a run of them cut at 16 characters.
     */
    public static String keyFor(TimelineEvent e) {
        StringBuilder slug = new StringBuilder();
        int run = 0;
        String title = e.title();
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            String kept = null;
            if (cp < 128) {
                kept = Character.isLetterOrDigit(cp) ? String.valueOf((char) Character.toLowerCase(cp)) : null;
            } else if (Character.isLetterOrDigit(cp)) {
                kept = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                        ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                        : new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            }
            if (kept == null || kept.isEmpty()) {
                if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                    slug.append('-');
                }
                run = 0;
            } else if (cp < 128 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN || run++ < 16) {
                slug.append(kept);
            }
        }
        String cut = slug.toString().replaceAll("^-|-$", "");
        String[] words = cut.isEmpty() ? new String[0] : cut.split("-");
        String head = String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 7)));
        return e.when().start().year() + (head.isEmpty() ? "-event" : "-" + head);
    }

    /**
     * Creates (and logs) the catalogue entries an event names that do not exist yet, and returns the event with
     * every name as the catalogue spells it (an acronym becomes the organisation's name), as it will read back.
     */
    static TimelineEvent prepare(Plan plan, TimelineEvent e) {
        var s = plan.session();
        List<OrganisationRole> orgs = new ArrayList<>();
        for (OrganisationRole o : e.organisations()) {
            if (s.organisation(o.organisation()).isEmpty()) {
                plan.create(Kind.ORGANISATION, o.organisation(), Images.of(new Organisation(o.organisation().strip(),
                        null, List.of(), null, OrganisationKind.OTHER, null)));
            }
            orgs.add(new OrganisationRole(s.organisation(o.organisation()).orElseThrow().name(), o.role()));
        }
        List<String> themes = new ArrayList<>();
        for (String t : e.themes()) {
            if (s.theme(t).isEmpty()) {
                plan.create(Kind.THEME, t, Images.of(new Theme(t.strip(), null)));
            }
            themes.add(s.theme(t).orElseThrow().name());
        }
        List<PersonRole> people = new ArrayList<>();
        for (PersonRole p : e.people()) {
            if (s.person(p.name()).isEmpty()) {
                plan.create(Kind.PERSON, p.name(), Images.person(p.name().strip()));
            }
            people.add(new PersonRole(s.person(p.name()).orElseThrow(), p.role()));
        }
        List<String> places = new ArrayList<>();
        for (String p : e.places()) {
            if (s.place(p).isEmpty()) {
                plan.create(Kind.PLACE, p, Images.of(new Place(p.strip(), null, null)));
            }
            String name = s.place(p).orElseThrow().name();
            if (!places.contains(name)) {
                places.add(name);
            }
        }
        return new TimelineEvent(e.key(), e.title(), e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), places, orgs, themes, people, e.evidence());
    }
}
