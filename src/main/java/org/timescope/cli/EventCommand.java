package org.timescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code timescope event add|set|show|delete|duplicate|merge}: one event at a time, through the editor, so each
 * command is one group in the change log that {@code undo} takes back. An event's key is its id for the user.
 */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Add, change, show, delete, duplicate or merge events (each change is logged and undoable).",
        subcommands = {EventAddCommand.class, EventSetCommand.class, EventCommand.Show.class, EventCommand.Delete.class,
                EventCommand.Duplicate.class, EventCommand.Merge.class})
final class EventCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The stored event, or a one-line failure naming the key. */
    static TimelineEvent require(Workspace workspace, String key) {
        TimelineEvent e = workspace.events().byKey(key.strip());
        if (e == null) {
            throw new Errors.CommandFailure("unknown event '" + key + "' (see 'timescope list' for events, "
                    + "'timescope event show KEY' for one)");
        }
        return e;
    }

    /** "NAME=ROLE" or "NAME": an organisation with its part in the event, a person with their title. */
    static String[] nameAndRole(String text) {
        int eq = text.indexOf('=');
        String name = (eq < 0 ? text : text.substring(0, eq)).strip();
        String role = eq < 0 ? null : text.substring(eq + 1).strip();
        if (name.isEmpty()) {
            throw new Errors.CommandFailure("'" + text + "' names nothing (use NAME or NAME=ROLE)");
        }
        return new String[] {name, role == null || role.isEmpty() ? null : role};
    }

    static List<OrganisationRole> organisations(List<String> texts) {
        List<OrganisationRole> out = new ArrayList<>();
        texts.stream().map(EventCommand::nameAndRole).forEach(p -> out.add(new OrganisationRole(p[0], p[1])));
        return out;
    }

    static List<PersonRole> people(List<String> texts) {
        List<PersonRole> out = new ArrayList<>();
        texts.stream().map(EventCommand::nameAndRole).forEach(p -> out.add(new PersonRole(p[0], p[1])));
        return out;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one event in full.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "KEY", description = "The event's key (its id; see 'list').")
        String key;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                print(workspace, require(workspace, key), spec.commandLine().getOut());
                return 0;
            }
        }

        static void print(Workspace workspace, TimelineEvent e, PrintWriter out) {
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("Key", e.key());
            rows.put("Title", e.title());
            List<String> how = new ArrayList<>(List.of(e.when().precision().label()));
            if (e.approximate()) {
                how.add("approximate");
            }
            if (e.inferred()) {
                how.add("inferred");
            }
            rows.put("Date", e.when().display() + " (" + String.join(", ", how) + ")");
            rows.put("Date note", e.dateNote());
            rows.put("Category", e.category());
            rows.put("Summary", e.summary());
            rows.put("Places", String.join("; ", e.places()));
            rows.put("Organisations", String.join("; ", org.timescope.model.OrganisationRole
                    .byOrganisation(e.organisations()).stream()
                    .map(o -> o.role() == null ? o.organisation() : o.organisation() + " (" + o.role() + ")").toList()));
            rows.put("Themes", String.join("; ", e.themes()));
            rows.put("People", String.join("; ", e.people().stream()
                    .map(p -> p.role() == null ? p.name() : p.name() + " (" + p.role() + ")").toList()));
            rows.forEach((label, value) -> {
                if (value != null && !value.isBlank()) {
                    out.printf("%-14s %s%n", label, value);
                }
            });
            if (!e.evidence().isEmpty()) {
                Map<String, String> titles = new LinkedHashMap<>();
                for (Source s : workspace.catalog().sources()) {
                    titles.put(s.key(), s.title());
                }
                out.println("Evidence");
                for (Evidence v : e.evidence()) {
                    String title = titles.get(v.sourceKey());
                    out.println("  “" + v.quote() + "”");
                    out.println("      — " + (title == null ? v.sourceKey() : title + " (" + v.sourceKey() + ")"));
                }
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete events (one step for 'undo', however many are given).")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "KEY", arity = "1..*", description = "The events' keys.")
        List<String> keys;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                List<TimelineEvent> events = new ArrayList<>();
                for (String key : keys) {
                    TimelineEvent e = require(workspace, key);
                    if (events.stream().noneMatch(x -> x.key().equals(e.key()))) {
                        events.add(e);
                    }
                }
                EditResult r = new Editor(workspace).run(EventEdits.delete(events));
                PrintWriter out = spec.commandLine().getOut();
                events.forEach(e -> out.println("Deleted " + e.key() + "  " + e.title()));
                out.println("(change " + r.group() + "; 'timescope undo' brings " + (events.size() == 1 ? "it" : "them")
                        + " back)");
                return 0;
            }
        }
    }

    @Command(name = "duplicate", mixinStandardHelpOptions = true,
            description = "Copy an event under a new key (titled '… (copy)'); prints the new key.")
    static final class Duplicate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                EditResult r = new Editor(workspace).run(EventEdits.duplicate(require(workspace, key)));
                spec.commandLine().getOut().println(createdKey(r));
                return 0;
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge OTHER into KEEP: KEEP keeps its fields and gains OTHER's quotes; OTHER is deleted.")
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(index = "0", paramLabel = "KEEP", description = "The event that stays.")
        String keep;
        @Parameters(index = "1", paramLabel = "OTHER", description = "The event merged into it and removed.")
        String other;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                TimelineEvent kept = require(workspace, keep);
                TimelineEvent removed = require(workspace, other);
                if (kept.key().equals(removed.key())) {
                    throw new Errors.CommandFailure("cannot merge event '" + kept.key() + "' into itself");
                }
                EditResult r = new Editor(workspace).run(EventEdits.merge(kept, removed, kept));
                TimelineEvent after = workspace.events().byKey(kept.key());
                spec.commandLine().getOut().println("Merged '" + removed.title() + "' (" + removed.key() + ") into '"
                        + kept.title() + "' (" + kept.key() + "): " + after.evidence().size()
                        + (after.evidence().size() == 1 ? " quote" : " quotes") + " (change " + r.group() + ")");
                return 0;
            }
        }
    }

    /** The key of the event a create or duplicate stored. */
    static String createdKey(EditResult r) {
        return r.changes().stream().filter(c -> c.entity().equals("event") && c.whole() && c.before() == null)
                .map(org.timescope.model.Change::key).findFirst()
                .orElseThrow(() -> new IllegalStateException("the event was not stored"));
    }
}
