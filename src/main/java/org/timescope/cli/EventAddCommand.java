package org.timescope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.DateText;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code timescope event add --title T --start DATE …}: stores a new event (organisations, themes, people and
 * places it names that the catalogue lacks are created with it) and prints its key, nothing else, so that a
 * script can keep it: {@code key=$(timescope event add …)}.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Add an event; prints its key (its id for 'event set', 'event show', 'list').")
final class EventAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The event's title.")
    String title;

    @Option(names = "--start", required = true, paramLabel = "DATE",
            description = "When it happened, as far as known: 2021, June 2021, 11 June 2021, 2021-06-11 …")
    String start;

    @Option(names = "--end", paramLabel = "DATE", description = "When it ended, for an event that lasted.")
    String end;

    @Option(names = "--summary", paramLabel = "TEXT")
    String summary;

    @Option(names = "--category", paramLabel = "TEXT", description = "forum, agreement, award, meeting …")
    String category;

    @Option(names = "--org", paramLabel = "NAME[=ROLE]",
            description = "An organisation (name, acronym or alias) and its part: --org WIPO=co-host. Repeatable.")
    List<String> organisations = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", description = "A theme. Repeatable.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME[=TITLE]",
            description = "A person and their title at the time: --person 'Chen Qun=Vice Mayor'. Repeatable.")
    List<String> people = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = "A place. Repeatable.")
    List<String> places = new ArrayList<>();

    @Option(names = "--approximate", description = "The source gives the date loosely.")
    boolean approximate;

    @Option(names = "--inferred", description = "The date is not stated outright but worked out (say how in --date-note).")
    boolean inferred;

    @Option(names = "--date-note", paramLabel = "TEXT", description = "How the date was worked out.")
    String dateNote;

    @Option(names = "--key", paramLabel = "KEY",
            description = "The key to store it under (default: made from the year and the title).")
    String key;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new Errors.CommandFailure("--title is empty");
        }
        DateSpan when = new DateSpan(DateText.date(start), end == null ? null : DateText.date(end));
        if (themes.stream().anyMatch(String::isBlank) || places.stream().anyMatch(String::isBlank)) {
            throw new Errors.CommandFailure("a --theme or --place is empty");
        }
        try (Workspace workspace = store.open()) {
            if (key != null) {
                if (key.isBlank()) {
                    throw new Errors.CommandFailure("--key is empty");
                }
                if (workspace.events().byKey(key.strip()) != null) {
                    throw new Errors.CommandFailure("an event with key '" + key.strip() + "' exists already; "
                            + "give another --key or leave it out");
                }
            }
            TimelineEvent event = new TimelineEvent(key == null ? "" : key.strip(), title.strip(), blankToNull(summary),
                    blankToNull(category), when, approximate, inferred, blankToNull(dateNote), places,
                    EventCommand.organisations(organisations), themes, EventCommand.people(people), List.of());
            EditResult r = new Editor(workspace).run(EventEdits.create(event));
            spec.commandLine().getOut().println(EventCommand.createdKey(r));
            return 0;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
