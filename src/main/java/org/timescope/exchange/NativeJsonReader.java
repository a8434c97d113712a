package org.timescope.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.EventLink;
import org.timescope.model.LinkKind;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
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
 * Reads Timescope's native JSON (see README, "File formats"). The bundled dataset is read by this same
 * class, so a curated file and a user's export take one code path. Every error names the file and the
 * field path, e.g. {@code my.json: events[3].start: 'June 2021' is not a date}.
 */
public final class NativeJsonReader {

    private static final ObjectMapper MAPPER = org.timescope.exchange.JsonErrors.reader();

    private NativeJsonReader() {
    }

    public static Dataset read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(origin, "Timescope JSON", e);
        } catch (IOException e) {
            throw new ExchangeException(origin + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ExchangeException(origin + ": the file is empty");
        }
        JsonFields top = new JsonFields(origin, "", root);
        String format = top.text("format");
        if (format != null && !format.equals(NativeJsonWriter.FORMAT)) {
            throw top.error("format", "'" + format + "' is not a Timescope file");
        }
        List<Source> sources = new ArrayList<>();
        for (JsonFields s : top.objects("sources")) {
            sources.add(source(s));
        }
        Map<String, String> sourceTexts = new LinkedHashMap<>();
        sources.forEach(s -> sourceTexts.put(s.key(), s.text()));
        List<TimelineEvent> events = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonFields e : top.objects("events")) {
            TimelineEvent event = event(e);
            if (!keys.add(event.key())) {
                throw e.error(e.path() + ".id", "'" + event.key() + "' is used by an earlier event too");
            }
            events.add(event);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (JsonFields i : top.objects("indicators")) {
            indicators.add(indicator(i));
        }
        List<Era> eras = new ArrayList<>();
        Set<String> eraKeys = new HashSet<>();
        for (JsonFields e : top.objects("eras")) {
            Era era = era(e);
            if (!eraKeys.add(era.key())) {
                throw e.error(e.path() + ".id", "'" + era.key() + "' is used by an earlier era too");
            }
            eras.add(era);
        }
        List<EventLink> links = new ArrayList<>();
        Set<String> linkKeys = new HashSet<>();
        for (JsonFields l : top.objects("links")) {
            EventLink link = link(l, keys);
            if (!linkKeys.add(link.key())) {
                throw l.error(l.path(), "links '" + link.from() + "' and '" + link.to() + "' as '" + link.kind().label()
                        + "' again (an earlier link says the same)");
            }
            links.add(link);
        }
        return new Dataset(themes(top), organisations(top), places(top), sources, events, indicators, eras, links);
    }

    /** A link between two events of this file, named by their ids (decision 0032). */
    private static EventLink link(JsonFields l, Set<String> events) {
        String from = l.requiredText("from");
        String to = l.requiredText("to");
        for (String[] end : new String[][] {{"from", from}, {"to", to}}) {
            if (!events.contains(end[1])) {
                throw l.error(l.path() + "." + end[0], "no event has the id '" + end[1] + "' in this file");
            }
        }
        if (from.equals(to)) {
            throw l.error(l.path() + ".to", "links event '" + from + "' to itself");
        }
        LinkKind kind;
        try {
            kind = LinkKind.parse(l.requiredText("kind"));
        } catch (IllegalArgumentException x) {
            throw l.error(l.path() + ".kind", x.getMessage());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonFields s : l.objects("sources")) {
            evidence.add(evidence(s));
        }
        return new EventLink(from, to, kind, l.text("note"), evidence);
    }

    private static Era era(JsonFields e) {
        PartialDate start = e.date("start", true);
        PartialDate end = e.date("end", false);
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException x) {
            throw e.error(e.path() + ".end", x.getMessage());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonFields s : e.objects("sources")) {
            evidence.add(evidence(s));
        }
        String name = e.requiredText("name");
        try {
            return new Era(e.requiredText("id"), name, when, e.text("colour"), e.text("organisation"), e.text("theme"),
                    e.text("notes"), evidence);
        } catch (IllegalArgumentException x) {
            throw e.error(e.path(), x.getMessage());
        }
    }

    private static List<Theme> themes(JsonFields top) {
        List<Theme> result = new ArrayList<>();
        for (JsonFields t : top.objects("themes")) {
            result.add(new Theme(t.requiredText("name"), t.text("description"), t.text("colour")));
        }
        return result;
    }

    private static List<Organisation> organisations(JsonFields top) {
        List<Organisation> result = new ArrayList<>();
        for (JsonFields o : top.objects("organisations")) {
            String kindText = o.text("kind");
            OrganisationKind kind;
            try {
                kind = kindText == null ? OrganisationKind.OTHER : OrganisationKind.parse(kindText);
            } catch (IllegalArgumentException e) {
                throw o.error(o.path() + ".kind", e.getMessage());
            }
            result.add(new Organisation(o.requiredText("name"), o.text("acronym"), o.strings("aliases"),
                    o.text("parent"), kind, o.text("note")));
        }
        return result;
    }

    private static List<Place> places(JsonFields top) {
        List<Place> result = new ArrayList<>();
        for (JsonFields p : top.objects("places")) {
            result.add(new Place(p.requiredText("name"), p.text("kind"), p.text("parent")));
        }
        return result;
    }

    private static Source source(JsonFields s) {
        return new Source(s.requiredText("id"), s.requiredText("title"), s.text("author"), s.text("publisher"),
                s.text("url"), s.date("published", false), s.text("publishedNote"), s.text("file"), s.text("text"));
    }

    private static TimelineEvent event(JsonFields e) {
        PartialDate start = e.date("start", true);
        PartialDate end = e.date("end", false);
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException x) {
            throw e.error(e.path() + ".end", x.getMessage());
        }
        String precision = e.text("precision");
        if (precision != null && !precision.equalsIgnoreCase(when.precision().label())) {
            throw e.error(e.path() + ".precision", "'" + precision + "' does not match the dates, which are known to the "
                    + when.precision().label());
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonFields s : e.objects("sources")) {
            evidence.add(evidence(s));
        }
        List<PersonRole> people = new ArrayList<>();
        for (JsonFields p : e.objects("people")) {
            people.add(new PersonRole(p.requiredText("name"), p.text("role")));
        }
        return new TimelineEvent(e.requiredText("id"), e.requiredText("title"), e.text("summary"),
                e.text("category"), when, e.bool("approximate"), e.bool("inferred"), e.text("dateNote"),
                e.strings("places"), organisationRoles(e), e.strings("themes"), people, evidence);
    }

    /** Roles come from "roles"; names listed only under "organisations" join without a role. */
    private static List<OrganisationRole> organisationRoles(JsonFields e) {
        List<OrganisationRole> roles = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (JsonFields r : e.objects("roles")) {
            String name = r.requiredText("organisation");
            roles.add(new OrganisationRole(name, r.text("role")));
            named.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        for (String name : e.strings("organisations")) {
            if (named.add(name.toLowerCase(java.util.Locale.ROOT))) {
                roles.add(new OrganisationRole(name, null));
            }
        }
        return roles;
    }

    private static Evidence evidence(JsonFields s) {
        String key = s.requiredText("sourceId");
        String quote = s.requiredText("quote");
        return Evidence.at(key, quote, s.offset("offset"));
    }

    private static Indicator indicator(JsonFields i) {
        Double value = i.number("value");
        if (value == null) {
            throw i.error(i.path() + ".value", "is missing");
        }
        JsonFields source = i.object("source");
        if (source == null) {
            throw i.error(i.path() + ".source", "is missing");
        }
        return new Indicator(i.requiredText("series"), i.text("place"), i.date("period", true), value,
                i.text("unit"), i.text("qualifier"), i.text("note"), evidence(source));
    }
}
