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
}
