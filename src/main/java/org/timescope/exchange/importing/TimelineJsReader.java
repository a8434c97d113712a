package org.timescope.exchange.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * Reads TimelineJS JSON: {@code events} (and {@code eras}, which become events of category "era") with
 * {@code start_date}/{@code end_date} objects, HTML {@code text.headline}/{@code text.text}, {@code media}
 * and {@code group}. Times of day ({@code hour}, {@code minute},
 * {@code second}) are kept; {@code display_date} is kept in the note.
 */
public final class TimelineJsReader {
    private static final ObjectMapper JSON = org.timescope.exchange.JsonErrors.reader();

    private TimelineJsReader() {
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw org.timescope.exchange.JsonErrors.of(origin, "TimelineJS JSON", e);
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw new ExchangeException(origin + ": not a TimelineJS file (no \"events\" list)");
        }
        DatasetBuilder data = new DatasetBuilder(fileName(origin), content, false).notes(notes);
        int i = 0;
        for (JsonNode e : root.get("events")) {
            read(e, "events[" + i++ + "]", null, origin, options, data);
        }
        int events = i;
        i = 0;
        for (JsonNode e : root.path("eras")) {
            read(e, "eras[" + i++ + "]", "era", origin, options, data);
        }
        if (events + i == 0) {
            throw new ExchangeException(origin + ": read as TimelineJS JSON: its \"events\" list is empty, so no events");
        }
        return data.build();
    }

    static String fileName(String origin) {
        return java.nio.file.Path.of(origin).getFileName().toString();
    }

    private static void read(JsonNode e, String at, String category, String origin, ImportOptions options,
                             DatasetBuilder data) {
        PartialDate start = date(e.path("start_date"), origin, at + ".start_date");
        if (start == null) {
            throw RecordError.at(origin, at, "start_date.year", "is missing");
        }
        PartialDate end = date(e.path("end_date"), origin, at + ".end_date");
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException x) {
            throw RecordError.at(origin, at, "end_date", x.getMessage());
        }
        String headline = Html.toText(e.path("text").path("headline").asText(null));
        String body = Html.toText(e.path("text").path("text").asText(null));
        if (headline == null) {
            headline = body != null ? abbreviate(body) : null;
        }
        if (headline == null) {
            throw RecordError.at(origin, at, "text.headline", "is missing (an event needs a headline or text)");
        }
        List<String> notes = new ArrayList<>();
        String display = e.path("start_date").path("display_date").asText(e.path("display_date").asText(""));
        if (!display.isBlank()) {
            notes.add("shown in the source as '" + Html.toText(display) + "'");
        }
        String summary = join(body, media(e.path("media")));
        List<String> themes = new ArrayList<>();
        List<OrganisationRole> orgs = new ArrayList<>();
        data.group(e.path("group").asText(""), options, "TimelineJS group", themes, orgs);
        String key = DatasetBuilder.key(e.path("unique_id").asText(null), headline, when);
        TimelineEvent read = new TimelineEvent(key, headline, summary, category, when, false, false,
                notes.isEmpty() ? null : String.join("; ", notes), List.of(), orgs, themes, List.of(),
                List.of(data.evidence(headline)));
        if ("era".equals(category)) {
            data.era(read, null);
        } else {
            data.event(read);
        }
    }

    private static PartialDate date(JsonNode d, String origin, String at) {
        if (d.isMissingNode() || d.isNull()) {
            return null;
        }
        try {
            return YearCheck.withTime(YearCheck.of(text(d.path("year")), text(d.path("month")), text(d.path("day"))),
                    text(d.path("hour")), text(d.path("minute")), text(d.path("second")));
        } catch (IllegalArgumentException x) {
            throw RecordError.at(origin, at, null, x.getMessage());
        }
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    static String media(JsonNode m) {
        if (m.isMissingNode() || m.isNull()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("caption", "credit")) {
            String v = Html.toText(m.path(field).asText(null));
            if (v != null) {
                parts.add(v);
            }
        }
        String url = m.path("url").asText("").strip();
        if (!url.isEmpty()) {
            parts.add(url);
        }
        return parts.isEmpty() ? null : "Media: " + String.join(" — ", parts);
    }

    static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "\n" + b;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79).strip() + "…";
    }
}
