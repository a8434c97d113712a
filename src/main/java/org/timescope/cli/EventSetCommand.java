package org.timescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.DateText;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;
import org.timescope.service.edit.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code timescope event set KEY [--title T] [--start DATE] … [--add-theme NAME] …}: every option given is one
 * edit (one group in the log, one step for {@code undo}); prints each field that changed, one per line.
 */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Change an event's fields; prints what changed (one step for 'undo').")
final class EventSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "KEY", description = "The event's key (see 'list' or 'event show').")
    String key;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;
    @Option(names = "--start", paramLabel = "DATE", description = "2021, June 2021, 11 June 2021, 2021-06-11 …")
    String start;
    @Option(names = "--end", paramLabel = "DATE")
    String end;
    @Option(names = "--no-end", description = "The event has no end date (a single date).")
    boolean noEnd;
    @Option(names = "--summary", paramLabel = "TEXT", description = "The summary ('' clears it).")
    String summary;
    @Option(names = "--category", paramLabel = "TEXT", description = "The category ('' clears it).")
    String category;
    @Option(names = "--add-theme", paramLabel = "NAME")
    List<String> addThemes = new ArrayList<>();
    @Option(names = "--remove-theme", paramLabel = "NAME")
    List<String> removeThemes = new ArrayList<>();
    @Option(names = "--add-org", paramLabel = "NAME[=ROLE]", description = "Add an organisation, or give it a new role.")
    List<String> addOrgs = new ArrayList<>();
    @Option(names = "--remove-org", paramLabel = "NAME")
    List<String> removeOrgs = new ArrayList<>();
    @Option(names = "--add-place", paramLabel = "NAME")
    List<String> addPlaces = new ArrayList<>();
    @Option(names = "--remove-place", paramLabel = "NAME")
    List<String> removePlaces = new ArrayList<>();
    @Option(names = "--add-person", paramLabel = "NAME[=TITLE]", description = "Add a person, or give them a new title.")
    List<String> addPeople = new ArrayList<>();
    @Option(names = "--remove-person", paramLabel = "NAME")
    List<String> removePeople = new ArrayList<>();
    @Option(names = "--approximate", negatable = true, description = "The source gives the date loosely (or not).")
    Boolean approximate;
    @Option(names = "--inferred", negatable = true, description = "The date was worked out (or stated outright).")
    Boolean inferred;
    @Option(names = "--date-note", paramLabel = "TEXT", description = "How the date was worked out ('' clears it).")
    String dateNote;

    @Override
    public Integer call() {
        if (end != null && noEnd) {
            throw new Errors.CommandFailure("give either --end or --no-end, not both");
        }
        try (Workspace workspace = store.open()) {
            TimelineEvent before = EventCommand.require(workspace, key);
            TimelineEvent after = changed(workspace, before);
            EditResult r = new Editor(workspace).run(EventEdits.edit(before, after));
            PrintWriter out = spec.commandLine().getOut();
            if (r.group() == 0) {
                out.println("No change to " + before.key());
                return 0;
            }
            r.changes().forEach(c -> out.println(ChangeText.describe(c))); // fields, and entries it created
            return 0;
        }
    }

    private TimelineEvent changed(Workspace workspace, TimelineEvent e) {
        PartialDate from = start == null ? e.when().start() : DateText.date(start);
        PartialDate to = noEnd ? null : end != null ? DateText.date(end) : e.when().end();
        DateSpan when = new DateSpan(from, to);
        List<String> themes = edited(workspace, Kind.THEME, e.themes(), addThemes, removeThemes, e.key());
        List<String> places = edited(workspace, Kind.PLACE, e.places(), addPlaces, removePlaces, e.key());
        List<OrganisationRole> orgs = roles(workspace, Kind.ORGANISATION, e.organisations(), addOrgs, removeOrgs,
                e.key(), OrganisationRole::organisation, OrganisationRole::new);
        List<PersonRole> people = roles(workspace, Kind.PERSON, e.people(), addPeople, removePeople, e.key(),
                PersonRole::name, PersonRole::new);
        return new TimelineEvent(e.key(), title == null ? e.title() : nonBlank("--title", title),
                summary == null ? e.summary() : EventAddCommand.blankToNull(summary),
                category == null ? e.category() : EventAddCommand.blankToNull(category), when,
                approximate == null ? e.approximate() : approximate, inferred == null ? e.inferred() : inferred,
                dateNote == null ? e.dateNote() : EventAddCommand.blankToNull(dateNote), places, orgs, themes, people,
                e.evidence());
    }

    /** A list of names with some removed (each must be there) and some added (once, as the catalogue spells it). */
    private static List<String> edited(Workspace workspace, Kind kind, List<String> current, List<String> add,
                                       List<String> remove, String key) {
        List<String> out = new ArrayList<>(current);
        for (String typed : remove) {
            String name = spelled(workspace, kind, typed);
            if (!out.removeIf(n -> n.equalsIgnoreCase(name))) {
                throw notThere(key, kind, typed);
            }
        }
        for (String typed : add) {
            String name = spelled(workspace, kind, nonBlank("--add-" + option(kind), typed));
            if (out.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                out.add(name);
            }
        }
        return out;
    }

    /** The same for organisations and people, whose entries carry a role or title. */
    private static <T> List<T> roles(Workspace workspace, Kind kind, List<T> current, List<String> add,
                                     List<String> remove, String key, Function<T, String> nameOf,
                                     java.util.function.BiFunction<String, String, T> make) {
        List<T> out = new ArrayList<>(current);
        for (String typed : remove) {
            String name = spelled(workspace, kind, typed);
            if (!out.removeIf(r -> nameOf.apply(r).equalsIgnoreCase(name))) {
                throw notThere(key, kind, typed);
            }
        }
        for (String typed : add) {
            String[] nameRole = EventCommand.nameAndRole(typed);
            String name = spelled(workspace, kind, nameRole[0]);
            T entry = make.apply(name, nameRole[1]);
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (nameOf.apply(out.get(i)).equalsIgnoreCase(name)) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(entry);
            } else if (nameRole[1] != null) {
                out.set(at, entry);
            }
        }
        return out;
    }

    /** The catalogue's spelling of a name (an acronym becomes the organisation's name); a new name as typed. */
    private static String spelled(Workspace workspace, Kind kind, String typed) {
        return CatalogNames.find(workspace, kind, typed).orElse(typed.strip());
    }

    private static Errors.CommandFailure notThere(String key, Kind kind, String typed) {
        return new Errors.CommandFailure("event '" + key + "' has no " + kind.label() + " '" + typed + "'");
    }

    private static String option(Kind kind) {
        return kind == Kind.ORGANISATION ? "org" : kind.label();
    }

    private static String nonBlank(String option, String value) {
        if (value.isBlank()) {
            throw new Errors.CommandFailure(option + " is empty");
        }
        return value.strip();
    }
}
