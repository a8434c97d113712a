package org.timescope.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timescope.exchange.CsvEventWriter;
import org.timescope.exchange.IcsWriter;
import org.timescope.exchange.TimelineJsWriter;
import org.timescope.exchange.NativeJsonWriter;
import org.timescope.model.Dataset;
import org.timescope.model.Era;
import org.timescope.model.EventFilter;
import org.timescope.model.Indicator;
import org.timescope.model.Organisation;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/** Writes the events that match a filter, as native JSON (with what they need to re-import) or CSV. */
public final class ExportService {

    private final Workspace workspace;

    public ExportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The matching events and observations, with the vocabulary and sources they refer to. */
    public Dataset select(EventFilter filter) {
        List<TimelineEvent> events = workspace.events().find(filter);
        List<Indicator> indicators = workspace.events().indicators(filter);
        Set<String> sourceKeys = new HashSet<>();
        events.forEach(e -> e.evidence().forEach(ev -> sourceKeys.add(ev.sourceKey())));
        indicators.forEach(i -> sourceKeys.add(i.evidence().sourceKey()));
        List<Era> eras = eras(filter);
        eras.forEach(e -> e.evidence().forEach(ev -> sourceKeys.add(ev.sourceKey())));
        List<org.timescope.model.EventLink> links = links(events);
        links.forEach(l -> l.evidence().forEach(ev -> sourceKeys.add(ev.sourceKey())));
        List<Source> sources = workspace.catalog().sources().stream()
                .filter(s -> sourceKeys.contains(s.key())).toList();
        List<Organisation> organisations = workspace.catalog().organisations();
        return new Dataset(workspace.catalog().themes(), organisations, workspace.catalog().places(), sources,
                events, indicators, eras, links);
    }

    /** The links whose both ends are among the events written (a link to an event left out cannot re-import). */
    private List<org.timescope.model.EventLink> links(List<TimelineEvent> events) {
        Set<String> keys = new HashSet<>();
        events.forEach(e -> keys.add(e.key()));
        return workspace.links().all().stream().filter(l -> keys.contains(l.from()) && keys.contains(l.to())).toList();
    }

    /** The eras that overlap the filter's dates (all of them when it has none): the context of the events. */
    private List<Era> eras(EventFilter filter) {
        java.time.LocalDate from = filter.from() == null ? null : filter.from().firstDay();
        java.time.LocalDate to = filter.to() == null ? null : filter.to().lastDay();
        return workspace.eras().eras().stream().filter(e -> e.when().overlaps(from, to)).toList();
    }

    /** Writes the selection; returns how many events were written. */
    public int export(EventFilter filter, ExportFormat format, OutputStream out) throws IOException {
        Dataset selection = select(filter);
        switch (format) {
            case JSON -> NativeJsonWriter.write(selection, out);
            case CSV -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvEventWriter.write(selection.events(), selection.sources(), writer);
                writer.flush();
            }
            case TIMELINEJS -> TimelineJsWriter.write("Timescope: " + workspace.file().getFileName(),
                    selection.events().size() + " events" + (filter.isEmpty() ? "" : " — " + filter.describe()),
                    selection.events(), selection.eras(), selection.sources(), out);
            case ICS -> IcsWriter.write(selection.events(), java.time.Instant.now().truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS), out);
        }
        return selection.events().size();
    }
}
