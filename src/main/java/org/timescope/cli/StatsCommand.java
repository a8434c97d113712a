package org.timescope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.timescope.model.Indicator;
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

    @picocli.CommandLine.Option(names = "--series", description = "List the indicator series instead: observations,"
            + " unit, periods and places of each (names for 'snapshot --series').")
    boolean series;

    @Override
    public Integer call() {
        try (Workspace workspace = store.openForReading()) {
            PrintWriter out = spec.commandLine().getOut();
            if (series) {
                printSeries(workspace, out);
                return 0;
            }
            // one moment: an import committing in between must not mix its counts with the old ones
            record Seen(StoreStats stats, Map<String, Integer> perTheme) {
            }
            Seen seen = workspace.snapshot(() -> new Seen(workspace.catalog().stats(), workspace.catalog().eventsPerTheme()));
            StoreStats s = seen.stats();
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

    private static void printSeries(Workspace workspace, PrintWriter out) {
        Map<String, List<Indicator>> bySeries = new java.util.TreeMap<>();
        for (Indicator i : workspace.events().indicators(org.timescope.model.EventFilter.ALL)) {
            bySeries.computeIfAbsent(i.series(), k -> new java.util.ArrayList<>()).add(i);
        }
        int nameWidth = bySeries.keySet().stream().mapToInt(String::length).max().orElse(6); // names are typed back whole
        int unitWidth = bySeries.values().stream().flatMap(List::stream).mapToInt(i -> i.unit() == null ? 0 : i.unit().length())
                .max().orElse(4);
        TextTable table = new TextTable(List.of("SERIES", "OBS", "UNIT", "PERIODS", "PLACES"),
                List.of(Math.max(6, nameWidth), 4, Math.max(4, unitWidth), 12, 20));
        bySeries.forEach((name, list) -> table.row(name, Integer.toString(list.size()),
                String.join(", ", new java.util.TreeSet<>(list.stream().map(i -> i.unit() == null ? "" : i.unit()).toList())),
                periods(list), String.join(", ", new java.util.TreeSet<>(list.stream()
                        .map(i -> i.place() == null ? "" : i.place()).toList()))));
        table.print(out);
    }

    private static String periods(List<Indicator> list) {
        List<org.timescope.model.PartialDate> sorted = list.stream().map(Indicator::period).sorted().toList();
        String first = sorted.get(0).display();
        String last = sorted.get(sorted.size() - 1).display();
        return first.equals(last) ? first : first + " – " + last;
    }
}
