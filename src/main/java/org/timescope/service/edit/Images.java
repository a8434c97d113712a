package org.timescope.service.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * Records as JSON objects for the change log: one member per field, so a change names a field and its
 * values are members. {@code id} (the store id) rides along in whole images only, so that re-creating a
 * deleted entry puts it back where it was.
 */
final class Images {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Images() {
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        if (text == null) {
            return F.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a change in the log is not readable JSON: " + e.getOriginalMessage());
        }
    }

    // ---- events

    static ObjectNode of(TimelineEvent e) {
        ObjectNode o = F.objectNode();
        o.put("key", e.key());
        o.put("title", e.title());
        o.put("summary", e.summary());
        o.put("category", e.category());
        o.put("start", e.when().start().toString());
        o.put("end", e.when().end() == null ? null : e.when().end().toString());
        o.put("approximate", e.approximate());
        o.put("inferred", e.inferred());
        o.put("dateNote", e.dateNote());
        ArrayNode orgs = o.putArray("organisations");
        e.organisations().forEach(r -> orgs.addObject().put("name", r.organisation()).put("role", r.role()));
        ArrayNode themes = o.putArray("themes");
        e.themes().forEach(themes::add);
        ArrayNode people = o.putArray("people");
        e.people().forEach(p -> people.addObject().put("name", p.name()).put("role", p.role()));
        ArrayNode places = o.putArray("places");
        e.places().forEach(places::add);
        ArrayNode evidence = o.putArray("evidence");
        e.evidence().forEach(v -> evidence.addObject().put("source", v.sourceKey()).put("quote", v.quote())
                .put("start", v.start()));
        return o;
    }

    static TimelineEvent event(JsonNode o) {
        List<OrganisationRole> orgs = new ArrayList<>();
        o.path("organisations").forEach(r -> orgs.add(new OrganisationRole(r.get("name").asText(), str(r, "role"))));
        List<PersonRole> people = new ArrayList<>();
        o.path("people").forEach(p -> people.add(new PersonRole(p.get("name").asText(), str(p, "role"))));
        List<Evidence> evidence = new ArrayList<>();
        o.path("evidence").forEach(v -> evidence.add(Evidence.at(v.get("source").asText(), v.get("quote").asText(),
                v.path("start").asInt(-1))));
        return new TimelineEvent(o.get("key").asText(), o.get("title").asText(), str(o, "summary"), str(o, "category"),
                DateSpan.parse(o.get("start").asText(), str(o, "end")), o.path("approximate").asBoolean(),
                o.path("inferred").asBoolean(), str(o, "dateNote"), strings(o.path("places")), orgs,
                strings(o.path("themes")), people, evidence);
    }

    // ---- eras

    static ObjectNode of(Era e) {
        ObjectNode o = F.objectNode();
        o.put("key", e.key());
        o.put("name", e.name());
        o.put("start", e.when().start().toString());
        o.put("end", e.when().end() == null ? null : e.when().end().toString());
        o.put("colour", e.colour());
        o.put("organisation", e.organisation());
        o.put("theme", e.theme());
        o.put("notes", e.notes());
        ArrayNode evidence = o.putArray("evidence");
        e.evidence().forEach(v -> evidence.addObject().put("source", v.sourceKey()).put("quote", v.quote())
                .put("start", v.start()));
        return o;
    }

    static Era era(JsonNode o) {
        List<Evidence> evidence = new ArrayList<>();
        o.path("evidence").forEach(v -> evidence.add(Evidence.at(v.get("source").asText(), v.get("quote").asText(),
                v.path("start").asInt(-1))));
        return new Era(o.get("key").asText(), o.get("name").asText(), DateSpan.parse(o.get("start").asText(),
                str(o, "end")), str(o, "colour"), str(o, "organisation"), str(o, "theme"), str(o, "notes"), evidence);
    }

    // ---- links between events

    static ObjectNode of(org.timescope.model.EventLink l) {
        ObjectNode o = F.objectNode();
        o.put("from", l.from());
        o.put("to", l.to());
        o.put("kind", l.kind().label());
        o.put("note", l.note());
        ArrayNode evidence = o.putArray("evidence");
        l.evidence().forEach(v -> evidence.addObject().put("source", v.sourceKey()).put("quote", v.quote())
                .put("start", v.start()));
        return o;
    }

    static org.timescope.model.EventLink link(JsonNode o) {
        List<Evidence> evidence = new ArrayList<>();
        o.path("evidence").forEach(v -> evidence.add(Evidence.at(v.get("source").asText(), v.get("quote").asText(),
                v.path("start").asInt(-1))));
        return new org.timescope.model.EventLink(o.get("from").asText(), o.get("to").asText(),
                org.timescope.model.LinkKind.parse(o.get("kind").asText()), str(o, "note"), evidence);
    }

    // ---- catalogue entries

    static ObjectNode of(Organisation g) {
        ObjectNode o = F.objectNode();
        o.put("name", g.name());
        o.put("acronym", g.acronym());
        ArrayNode aliases = o.putArray("aliases");
        g.aliases().forEach(aliases::add);
        o.put("parent", g.parent());
        o.put("kind", g.kind().label());
        o.put("note", g.note());
        return o;
    }

    static Organisation organisation(JsonNode o) {
        return new Organisation(o.get("name").asText(), str(o, "acronym"), strings(o.path("aliases")), str(o, "parent"),
                OrganisationKind.parse(o.get("kind").asText()), str(o, "note"));
    }

    static ObjectNode of(Theme t) {
        return F.objectNode().put("name", t.name()).put("description", t.description()).put("colour", t.colour());
    }

    static Theme theme(JsonNode o) {
        return new Theme(o.get("name").asText(), str(o, "description"), str(o, "colour"));
    }

    static ObjectNode of(Place p) {
        return F.objectNode().put("name", p.name()).put("kind", p.kind()).put("parent", p.parent());
    }

    static Place place(JsonNode o) {
        return new Place(o.get("name").asText(), str(o, "kind"), str(o, "parent"));
    }

    static ObjectNode person(String name) {
        return F.objectNode().put("name", name);
    }

    static ObjectNode of(Source s) {
        return F.objectNode().put("key", s.key()).put("title", s.title()).put("author", s.author())
                .put("publisher", s.publisher()).put("url", s.url())
                .put("published", s.published() == null ? null : s.published().toString())
                .put("publishedNote", s.publishedNote()).put("file", s.file()).put("text", s.text());
    }

    static Source source(JsonNode o) {
        String published = str(o, "published");
        return new Source(o.get("key").asText(), o.get("title").asText(), str(o, "author"), str(o, "publisher"),
                str(o, "url"), published == null ? null : PartialDate.parse(published), str(o, "publishedNote"),
                str(o, "file"), str(o, "text"));
    }

    // ---- helpers

    static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    /** The field names of an image, in order. */
    static List<String> fields(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
