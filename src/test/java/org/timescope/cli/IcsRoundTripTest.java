package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timescope's own iCalendar export imports back into an empty database as the same events. */
class IcsRoundTripTest {

    @TempDir
    Path dir;

    /** What iCalendar carries of an event (people, roles, category and the cited sources it does not). */
    private static Map<String, String> carried(JsonNode e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : List.of("title", "start", "end", "precision", "approximate", "inferred", "dateNote", "summary",
                "places", "themes", "organisations")) {
            m.put(f, e.has(f) ? e.get(f).toString() : "null");
        }
        List<String> quotes = new ArrayList<>();
        e.path("sources").forEach(s -> quotes.add(s.get("quote").asText().replace('\u00a0', ' ')));
        m.put("quotes", quotes.toString());
        return m;
    }

    private static Map<String, Map<String, String>> events(String json) throws Exception {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (JsonNode e : new ObjectMapper().readTree(json).get("events")) {
            byId.put(e.get("id").asText(), carried(e));
        }
        return byId;
    }

    @Test
    void theBundledDatasetSurvivesExportToIcsAndImportIntoAnEmptyDatabase() throws Exception {
        String bundled = dir.resolve("bundled.db").toString();
        org.timescope.service.Workspace.open(Path.of(bundled), false).close(); // a collection with the bundled dataset
        Path ics = dir.resolve("events.ics");
        assertThat(CliRun.of("export", "--format", "ics", "--db", bundled, "--out", ics.toString()).code()).isZero();
        String empty = dir.resolve("empty.db").toString();
        CliRun r = CliRun.of("import", "--db", empty, "--empty", ics.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("(ics): 23 events");
        Map<String, Map<String, String>> before = events(CliRun.of("export", "--format", "json", "--db", bundled).out());
        Map<String, Map<String, String>> after = events(CliRun.of("export", "--format", "json", "--db", empty).out());
        assertThat(before).hasSize(23);
        assertThat(after).isEqualTo(before);
        // a month-precision, inferred event keeps both (not widened to a range of days)
        assertThat(after.values()).anySatisfy(e -> assertThat(e).containsEntry("precision", "\"month\""));
        assertThat(after.values()).anySatisfy(e -> assertThat(e).containsEntry("inferred", "true"));
        CliRun again = CliRun.of("import", "--db", empty, ics.toString());
        assertThat(again.out()).contains("0 events, 23 already in the database");
    }

    /**
     * A time written with an offset keeps its hour (RFC 5545: a TZID with its VTIMEZONE; the export used to move it
     * to UTC, so 09:30 in Shanghai came back as 01:30Z), and the category comes back.
     */
    @Test
    void timesKeepTheirOffsetAndHourAndTheCategoryComesBack() throws Exception {
        Path json = dir.resolve("timed.json");
        java.nio.file.Files.writeString(json, """
                {"events": [
                  {"id": "shanghai-forum-opening", "title": "Forum opens", "category": "forum",
                   "start": "2021-04-26T09:30+08:00", "end": "2021-04-26T11:00+08:00"},
                  {"id": "utc-call", "title": "Call in UTC", "start": "2021-04-27T14:00Z"},
                  {"id": "floating", "title": "Floating lunch", "start": "2021-04-28T12:15"},
                  {"id": "delhi", "title": "Delhi briefing", "start": "2021-04-29T10:00+05:30"}
                ]}
                """);
        String source = dir.resolve("timed.db").toString();
        CliRun in = CliRun.of("import", "--db", source, "--empty", json.toString());
        assertThat(in.code()).as(in.err()).isZero();
        Path ics = dir.resolve("timed.ics");
        assertThat(CliRun.of("export", "--format", "ics", "--db", source, "--out", ics.toString()).code()).isZero();
        String text = java.nio.file.Files.readString(ics);
        // what RFC 5545 says a local time in a zone looks like, and the zone each names
        assertThat(text).contains("DTSTART;TZID=UTC+0800:20210426T093000\r\n", "DTSTART;TZID=UTC+0530:20210429T100000\r\n",
                "DTSTART:20210427T140000Z\r\n", "DTSTART:20210428T121500\r\n", "X-TIMESCOPE-CATEGORY:forum\r\n");
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:UTC+0800\r\n").contains("TZOFFSETTO:+0800\r\n")
                .contains("TZOFFSETTO:+0530\r\n");
        assertThat(text.indexOf("BEGIN:VTIMEZONE")).isLessThan(text.indexOf("BEGIN:VEVENT"));
        String empty = dir.resolve("back.db").toString();
        CliRun back = CliRun.of("import", "--db", empty, "--empty", ics.toString());
        assertThat(back.code()).as(back.err()).isZero();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        new ObjectMapper().readTree(CliRun.of("export", "--format", "json", "--db", empty).out()).get("events")
                .forEach(e -> byId.put(e.get("id").asText(), e));
        assertThat(byId.get("shanghai-forum-opening").get("start").asText()).isEqualTo("2021-04-26T09:30+08:00");
        assertThat(byId.get("shanghai-forum-opening").get("end").asText()).isEqualTo("2021-04-26T11:00+08:00");
        assertThat(byId.get("shanghai-forum-opening").get("category").asText()).isEqualTo("forum");
        assertThat(byId.get("utc-call").get("start").asText()).isEqualTo("2021-04-27T14:00Z");
        assertThat(byId.get("floating").get("start").asText()).isEqualTo("2021-04-28T12:15");
        assertThat(byId.get("delhi").get("start").asText()).isEqualTo("2021-04-29T10:00+05:30");
    }
}
