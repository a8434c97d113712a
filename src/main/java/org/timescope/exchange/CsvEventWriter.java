package org.timescope.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.timescope.model.Evidence;
import org.timescope.model.PersonRole;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * Writes events as CSV: a header row, one row per event, RFC 4180 quoting, multi-valued fields joined
 * with "; ". People are written as "Name (role)".
 */
public final class CsvEventWriter {

    public static final List<String> HEADER = List.of("id", "start", "end", "precision", "approximate", "inferred",
            "date_note", "title", "summary", "category", "places", "organisations", "themes", "people", "sources",
            "quotes");

    private CsvEventWriter() {
    }

    public static void write(List<TimelineEvent> events, List<Source> sources, Writer out) throws IOException {
        Map<String, Source> byKey = sources.stream()
                .collect(Collectors.toMap(Source::key, Function.identity(), (a, b) -> a));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (TimelineEvent e : events) {
            printer.printRecord(e.key(), e.when().start(), e.when().end() == null ? "" : e.when().end(),
                    e.when().precision().label(), e.approximate(), e.inferred(), nullToEmpty(e.dateNote()),
                    e.title(), nullToEmpty(e.summary()), nullToEmpty(e.category()), join(e.places()),
                    join(e.organisationNames()), join(e.themes()),
                    join(e.people().stream().map(CsvEventWriter::person).toList()),
                    join(e.evidence().stream().map(ev -> sourceTitle(ev, byKey)).distinct().toList()),
                    join(e.evidence().stream().map(Evidence::quote).toList()));
        }
        printer.flush();
    }

    /** "Name (role)"; a name ending in a bracket and without a role is written "Name ()", so it reads back whole. */
    private static String person(PersonRole p) {
        if (p.role() == null) {
            return p.name().strip().endsWith(")") ? p.name() + " ()" : p.name();
        }
        return p.name() + " (" + p.role() + ")";
    }

    private static String sourceTitle(Evidence ev, Map<String, Source> byKey) {
        Source s = byKey.get(ev.sourceKey());
        return s == null ? ev.sourceKey() : s.title();
    }

    private static String join(List<String> values) {
        return ListCell.join(values);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
