package org.timescope.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.timescope.model.Dataset;
import org.timescope.model.Era;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * Writes Timescope's native JSON: the documented event shape plus the vocabulary and sources the events
 * use, so that an export re-imports into an empty database without loss.
 */
public final class NativeJsonWriter {

    public static final String FORMAT = "timescope";
    public static final int VERSION = 1;

    private NativeJsonWriter() {
    }

    public static void write(Dataset dataset, OutputStream out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(pretty);
            Map<String, Source> sources = dataset.sources().stream()
                    .collect(Collectors.toMap(Source::key, Function.identity(), (a, b) -> a));
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("events");
            for (TimelineEvent e : dataset.events()) {
                event(g, e, sources);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Indicator i : dataset.indicators()) {
                indicator(g, i, sources);
            }
            g.writeEndArray();
            if (!dataset.eras().isEmpty()) {
                g.writeArrayFieldStart("eras");
                for (Era era : dataset.eras()) {
                    era(g, era, sources);
                }
                g.writeEndArray();
            }
            if (!dataset.links().isEmpty()) {
                g.writeArrayFieldStart("links");
                for (EventLink link : dataset.links()) {
                    link(g, link, sources);
                }
                g.writeEndArray();
            }
            themes(g, dataset.themes());
            organisations(g, dataset.organisations());
            places(g, dataset.places());
            sources(g, dataset.sources());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void event(JsonGenerator g, TimelineEvent e, Map<String, Source> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.key());
        g.writeStringField("title", e.title());
        optional(g, "summary", e.summary());
        optional(g, "category", e.category());
        g.writeStringField("start", e.when().start().toString());
        optional(g, "end", e.when().end() == null ? null : e.when().end().toString());
        g.writeStringField("precision", e.when().precision().label());
        g.writeBooleanField("approximate", e.approximate());
        g.writeBooleanField("inferred", e.inferred());
        optional(g, "dateNote", e.dateNote());
        strings(g, "places", e.places());
        strings(g, "organisations", e.organisationNames());
        g.writeArrayFieldStart("roles");
        for (OrganisationRole r : e.organisations()) {
            g.writeStartObject();
            g.writeStringField("organisation", r.organisation());
            optional(g, "role", r.role());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "themes", e.themes());
        g.writeArrayFieldStart("people");
        for (PersonRole p : e.people()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            optional(g, "role", p.role());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (Evidence ev : e.evidence()) {
            evidence(g, ev, sources);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, Evidence ev, Map<String, Source> sources) throws IOException {
        Source s = sources.get(ev.sourceKey());
        g.writeStartObject();
        g.writeStringField("sourceId", ev.sourceKey());
        optional(g, "title", s == null ? null : s.title());
        optional(g, "publisher", s == null ? null : s.publisher());
        optional(g, "url", s == null ? null : s.url());
        g.writeStringField("quote", ev.quote());
        if (ev.hasOffsets()) {
            g.writeNumberField("offset", ev.start());
        }
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i, Map<String, Source> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("series", i.series());
        optional(g, "place", i.place());
        g.writeStringField("period", i.period().toString());
        if (i.value() == Math.rint(i.value()) && Math.abs(i.value()) < 1e15) {
            g.writeNumberField("value", (long) i.value());
        } else {
            g.writeNumberField("value", i.value());
        }
        optional(g, "unit", i.unit());
        optional(g, "qualifier", i.qualifier());
        optional(g, "note", i.note());
        g.writeFieldName("source");
        evidence(g, i.evidence(), sources);
        g.writeEndObject();
    }

    private static void era(JsonGenerator g, Era era, Map<String, Source> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", era.key());
        g.writeStringField("name", era.name());
        g.writeStringField("start", era.when().start().toString());
        optional(g, "end", era.when().end() == null ? null : era.when().end().toString());
        optional(g, "colour", era.colour());
        optional(g, "organisation", era.organisation());
        optional(g, "theme", era.theme());
        optional(g, "notes", era.notes());
        g.writeArrayFieldStart("sources");
        for (Evidence ev : era.evidence()) {
            evidence(g, ev, sources);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, EventLink link, Map<String, Source> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("from", link.from());
        g.writeStringField("to", link.to());
        g.writeStringField("kind", link.kind().label());
        optional(g, "note", link.note());
        if (!link.evidence().isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (Evidence ev : link.evidence()) {
                evidence(g, ev, sources);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void themes(JsonGenerator g, List<Theme> themes) throws IOException {
        g.writeArrayFieldStart("themes");
        for (Theme t : themes) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            optional(g, "description", t.description());
            optional(g, "colour", t.colour());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void organisations(JsonGenerator g, List<Organisation> organisations) throws IOException {
        g.writeArrayFieldStart("organisations");
        for (Organisation o : organisations) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            optional(g, "acronym", o.acronym());
            strings(g, "aliases", o.aliases());
            optional(g, "parent", o.parent());
            g.writeStringField("kind", o.kind().label());
            optional(g, "note", o.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void places(JsonGenerator g, List<Place> places) throws IOException {
        g.writeArrayFieldStart("places");
        for (Place p : places) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            optional(g, "kind", p.kind());
            optional(g, "parent", p.parent());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Source s : sources) {
            g.writeStartObject();
            g.writeStringField("id", s.key());
            g.writeStringField("title", s.title());
            optional(g, "author", s.author());
            optional(g, "publisher", s.publisher());
            optional(g, "url", s.url());
            optional(g, "published", s.published() == null ? null : s.published().toString());
            optional(g, "publishedNote", s.publishedNote());
            optional(g, "file", s.file());
            optional(g, "text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
