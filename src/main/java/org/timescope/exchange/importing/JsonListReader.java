package org.timescope.exchange.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.JsonErrors;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * A JSON list of event objects, as scripts and other tools write them:
 * {@code [{"date": "2021-06-11", "title": "…"}, …]}. Keys are matched loosely (case, spaces, "_" and "-"
 * do not matter): the date from date/start/start_date/begin/when/year, the title from
 * title/headline/label/event/name, and description, end, group/category/tags, place and organisation.
 * A date is text as in CSV ("2021-06", "11 June 2021"), a year as a number, or {year, month, day}.
 */
public final class JsonListReader {
    private static final ObjectMapper JSON = org.timescope.exchange.JsonErrors.reader();
    private static final Map<String, List<String>> KEYS = Map.of(
            "id", List.of("id", "uniqueid", "key", "eventid"),
            "start", List.of("date", "start", "startdate", "begin", "from", "when", "year", "datetime"),
            "end", List.of("end", "enddate", "until", "to"),
            "title", List.of("title", "headline", "label", "event", "name", "subject"),
            "summary", List.of("description", "summary", "text", "notes", "details", "body"),
            "themes", List.of("themes", "theme", "group", "category", "categories", "tags", "tag", "era", "topic"),
            "places", List.of("places", "place", "location", "city", "country"),
            "organisations", List.of("organisations", "organisation", "organizations", "organization", "org", "actors"));

    private JsonListReader() {
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        String what = "a JSON list of events";
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(origin, what, e);
        }
        if (root == null || !root.isArray()) {
            throw new ExchangeException(origin + ": read as " + what + ": the file is not a JSON list");
        }
        if (root.isEmpty()) {
            throw new ExchangeException(origin + ": read as " + what + ": the list is empty, so no events");
        }
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        int i = 0;
        for (JsonNode item : root) {
            event(item, "[" + i++ + "]", origin, options, data);
        }
        return data.build();
    }

    private static void event(JsonNode item, String at, String origin, ImportOptions options, DatasetBuilder data) {
        if (!item.isObject()) {
            throw RecordError.at(origin, at, null, "expected an object with a date and a title, found "
                    + kind(item));
        }
        String startKey = key(item, "start");
        if (startKey == null) {
            throw RecordError.at(origin, at, null, "no date (looked for date, start, start_date, begin, when, year)");
        }
        PartialDate start = date(item.get(startKey), origin, at + "." + startKey);
        if (start == null) {
            throw RecordError.at(origin, at, startKey, "is empty");
        }
        String endKey = key(item, "end");
        PartialDate end = endKey == null ? null : date(item.get(endKey), origin, at + "." + endKey);
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, endKey, e.getMessage());
        }
        String titleKey = key(item, "title");
        String title = titleKey == null ? null : Html.toText(text(item.get(titleKey), origin, at + "." + titleKey));
        String summaryKey = key(item, "summary");
        String summary = summaryKey == null ? null : Html.toText(text(item.get(summaryKey), origin, at + "." + summaryKey));
        if (title == null && summary != null) {
            title = TimelineJsReader.abbreviate(summary);
        }
        if (title == null) {
            throw RecordError.at(origin, at, null, "no title (looked for title, headline, label, event, name)");
        }
        List<String> themes = new ArrayList<>();
        List<OrganisationRole> orgs = new ArrayList<>();
        for (String g : names(item, "themes", origin, at)) {
            data.group(g, options, "JSON key", themes, orgs);
        }
        List<String> places = names(item, "places", origin, at);
        places.forEach(data::place);
        for (String o : names(item, "organisations", origin, at)) {
            data.organisation(o);
            orgs.add(new OrganisationRole(o, null));
        }
        String idKey = key(item, "id");
        String id = idKey == null ? null : text(item.get(idKey), origin, at + "." + idKey);
        data.event(new TimelineEvent(DatasetBuilder.key(id, title, when), title, summary, null, when, false, false,
                null, places, orgs, themes, List.of(), List.of(data.evidence(title))));
    }

    /** The item's key for a field, matched loosely ("Start Date", "start_date", "startDate"). */
    private static String key(JsonNode item, String field) {
        List<String> wanted = KEYS.get(field);
        String found = null;
        int rank = Integer.MAX_VALUE;
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            int r = wanted.indexOf(k.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""));
            if (r >= 0 && r < rank && !item.get(k).isNull()) {
                rank = r;
                found = k;
            }
        }
        return found;
    }

    private static PartialDate date(JsonNode v, String origin, String at) {
        try {
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isIntegralNumber()) {
                return YearCheck.of(v.asText(), null, null);
            }
            if (v.isObject()) {
                return YearCheck.of(scalar(v.get("year")), scalar(v.get("month")), scalar(v.get("day")));
            }
            if (v.isTextual()) {
                return v.asText().isBlank() ? null : LooseDate.parse(v.asText());
            }
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, null, e.getMessage());
        }
        throw RecordError.at(origin, at, null, "expected a date, found " + kind(v));
    }

    private static String scalar(JsonNode v) {
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String text(JsonNode v, String origin, String at) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject() && v.has("headline")) {
            return scalar(v.get("headline")); // TimelineJS-like {"headline": …, "text": …}
        }
        if (!v.isValueNode()) {
            throw RecordError.at(origin, at, null, "expected text, found " + kind(v));
        }
        return v.asText();
    }

    private static List<String> names(JsonNode item, String field, String origin, String at) {
        String k = key(item, field);
        List<String> out = new ArrayList<>();
        if (k == null) {
            return out;
        }
        JsonNode v = item.get(k);
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (x.isValueNode() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            }
        } else if (v.isValueNode()) {
            for (String s : v.asText().split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        } else {
            throw RecordError.at(origin, at, k, "expected a name or a list of names, found " + kind(v));
        }
        return out;
    }

    private static String kind(JsonNode v) {
        return v.isObject() ? "an object" : v.isArray() ? "a list" : v.isTextual() ? "text" : v.isNumber() ? "a number"
                : v.isBoolean() ? "true or false" : "null";
    }
}
