package org.timescope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.timescope.model.Counts;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code timescope list [filters] [--format table|tsv|json]}: the matching events in date order, as a table
 * for people or as tab-separated values or JSON for scripts (no count line, no markers folded into fields).
 */
@Command(name = "list", description = "List the events that match the filters, in date order.",
        mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {

    /** The columns of {@code --format tsv}, also the keys of {@code --format json}. */
    static final List<String> FIELDS = List.of("id", "date", "start", "end", "precision", "approximate", "inferred",
            "title", "organisations", "themes");

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = Formats.class,
            description = "table (default, for reading), tsv (a header row, then one event per line) or json "
                    + "(an array of objects).")
    String format;

    @Override
    public Integer call() throws Exception {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!new Formats().contains(f)) {
            throw new Errors.CommandFailure("unknown list format '" + format + "' (use table, tsv or json)");
        }
        try (Workspace workspace = store.openForReading()) {
            // one moment: an import committing in between must not give "60,023 of 23 events"
            record Seen(int total, List<TimelineEvent> events) {
            }
            Seen seen = workspace.snapshot(() -> new Seen(workspace.events().count(org.timescope.model.EventFilter.ALL),
                    workspace.events().find(filters.toFilter())));
            int total = seen.total();
            List<TimelineEvent> events = seen.events();
            PrintWriter out = spec.commandLine().getOut();
            switch (f) {
                case "tsv" -> tsv(events, out);
                case "json" -> out.println(json(events));
                default -> table(events, total, out);
            }
            return 0;
        }
    }

    private static void table(List<TimelineEvent> events, int total, PrintWriter out) {
        TextTable table = new TextTable(List.of("DATE", "TITLE", "ORGANISATIONS", "THEMES"), List.of(24, 60, 48, 40));
        for (TimelineEvent e : events) {
            table.row(date(e), e.title(), String.join("; ", e.organisationNames()), String.join("; ", e.themes()));
        }
        table.print(out);
        out.println(Counts.ofTotal(events.size(), total) + (events.isEmpty() ? "" : "  (~ approximate date, * inferred date)"));
    }

    /** Tabs and line breaks inside a value become spaces, so every event stays one line of fixed columns. */
    private static void tsv(List<TimelineEvent> events, PrintWriter out) {
        out.println(String.join("\t", FIELDS));
        for (TimelineEvent e : events) {
            out.println(String.join("\t", cell(e.key()), cell(e.when().display()), e.when().start().toString(),
                    e.when().isRange() ? e.when().end().toString() : "", precision(e), Boolean.toString(e.approximate()),
                    Boolean.toString(e.inferred()), cell(e.title()), cell(String.join("; ", e.organisationNames())),
                    cell(String.join("; ", e.themes()))));
        }
    }

    private static String json(List<TimelineEvent> events) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = mapper.createArrayNode();
        for (TimelineEvent e : events) {
            ObjectNode o = list.addObject();
            o.put("id", e.key());
            o.put("date", e.when().display());
            o.put("start", e.when().start().toString());
            if (e.when().isRange()) {
                o.put("end", e.when().end().toString());
            } else {
                o.putNull("end");
            }
            o.put("precision", precision(e));
            o.put("approximate", e.approximate());
            o.put("inferred", e.inferred());
            o.put("title", e.title());
            e.organisationNames().forEach(o.putArray("organisations")::add);
            e.themes().forEach(o.putArray("themes")::add);
        }
        return mapper.writeValueAsString(list);
    }

    private static String precision(TimelineEvent e) {
        return e.when().precision().name().toLowerCase(Locale.ROOT);
    }

    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** The date as a reader says it, with "~" for approximate and "*" for inferred dates. */
    static String date(TimelineEvent e) {
        return e.when().display() + (e.approximate() ? " ~" : "") + (e.inferred() ? " *" : "");
    }

    /** The values {@code --format} takes, offered by shell completion too. */
    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(List.of("table", "tsv", "json"));
        }
    }
}
