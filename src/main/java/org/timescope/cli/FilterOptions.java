package org.timescope.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import picocli.CommandLine.Option;

/** The filter options every query command takes; repeating one ORs, different ones AND. */
final class FilterOptions {

    @Option(names = "--org", paramLabel = "NAME",
            description = "Organisation by name, acronym or alias; includes its child organisations. Repeatable.")
    List<String> organisations = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", description = "Theme name. Repeatable.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME", description = "Person's name. Repeatable.")
    List<String> people = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = "Place name; includes places inside it. Repeatable.")
    List<String> places = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events that start on or before DATE (the whole year or month counts).")
    PartialDate to;

    @Option(names = "--query", paramLabel = "TEXT", description = "Full-text search in titles, summaries and quotes (all words; word* for a prefix).")
    String query;

    EventFilter toFilter() {
        return new EventFilter(new LinkedHashSet<>(organisations), new LinkedHashSet<>(themes),
                new LinkedHashSet<>(people), new LinkedHashSet<>(places), from, to, query);
    }
}
