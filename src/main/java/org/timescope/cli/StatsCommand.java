package org.timescope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.timescope.service.Workspace;
import org.timescope.service.storage.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code timescope stats}: what the database holds and the date range it spans. */
@Command(name = "stats", description = "Show counts of events, organisations, themes and sources, and the date range.",
        mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Workspace workspace = store.openForReading()) {
            // one moment: an import committing in between must not mix its counts with the old ones
            record Seen(StoreStats stats, Map<String, Integer> perTheme) {
            }
            Seen seen = workspace.snapshot(() -> new Seen(workspace.catalog().stats(), workspace.catalog().eventsPerTheme()));
            StoreStats s = seen.stats();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Database       " + workspace.file());
            out.println("Events         " + s.events() + (s.earliest() == null ? ""
                    : "  (" + s.earliest().display() + " – " + s.latest().display() + ")"));
            out.println("Organisations  " + s.organisations());
            out.println("Themes         " + s.themes());
            out.println("People         " + s.people());
            out.println("Places         " + s.places());
            out.println("Sources        " + s.sources() + "  (" + s.evidence() + " evidence quotes)");
            out.println("Indicators     " + s.indicators() + "  (statistical observations)");
            out.println();
            TextTable table = new TextTable(List.of("THEME", "EVENTS"), List.of(40, 8));
            for (Map.Entry<String, Integer> e : seen.perTheme().entrySet()) {
                table.row(e.getKey(), Integer.toString(e.getValue()));
            }
            table.print(out);
            return 0;
        }
    }
}
