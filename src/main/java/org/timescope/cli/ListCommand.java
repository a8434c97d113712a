package org.timescope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.model.Counts;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code timescope list [filters]}: the matching events as a table, in date order. */
@Command(name = "list", description = "List the events that match the filters, in date order.",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() {
        try (Workspace workspace = store.openForReading()) {
            // one moment: an import committing in between must not give "60,023 of 23 events"
            record Seen(int total, List<TimelineEvent> events) {
            }
            Seen seen = workspace.snapshot(() -> new Seen(workspace.events().count(org.timescope.model.EventFilter.ALL),
                    workspace.events().find(filters.toFilter())));
            int total = seen.total();
            List<TimelineEvent> events = seen.events();
            PrintWriter out = spec.commandLine().getOut();
            TextTable table = new TextTable(List.of("DATE", "TITLE", "ORGANISATIONS", "THEMES"), List.of(24, 60, 48, 40));
            for (TimelineEvent e : events) {
                table.row(date(e), e.title(), String.join("; ", e.organisationNames()), String.join("; ", e.themes()));
            }
            table.print(out);
            out.println(Counts.ofTotal(events.size(), total) + (events.isEmpty() ? "" : "  (~ approximate date, * inferred date)"));
            return 0;
        }
    }

    /** The date as a reader says it, with "~" for approximate and "*" for inferred dates. */
    static String date(TimelineEvent e) {
        return e.when().display() + (e.approximate() ? " ~" : "") + (e.inferred() ? " *" : "");
    }
}
