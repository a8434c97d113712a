package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.Era;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;

/** Eras come in from TimelineJS as eras (not events), are stored, and go out again in native JSON and TimelineJS. */
class ErasExchangeTest {

    @TempDir
    Path dir;

    private static final String TIMELINEJS = """
            {"events": [
              {"start_date": {"year": "2017", "month": "4", "day": "26"}, "text": {"headline": "Forum opens"}},
              {"start_date": {"year": "2021", "month": "6", "day": "11", "hour": "9"}, "text": {"headline": "Signing"}},
              {"start_date": {"year": "2022"}, "text": {"headline": "Report"}}
             ],
             "eras": [
              {"start_date": {"year": "2016"}, "end_date": {"year": "2020"}, "text": {"headline": "13th Five-Year Plan"}},
              {"start_date": {"year": "2021"}, "end_date": {"year": "2025"},
               "text": {"headline": "14th Five-Year Plan", "text": "<p>National plan</p>"}}
             ]}
            """;

    private Workspace imported() throws Exception {
        Path file = dir.resolve("plans.json");
        Files.writeString(file, TIMELINEJS, StandardCharsets.UTF_8);
        Workspace w = Workspace.open(dir.resolve("t.db"), true);
        new ImportService(w).importFile(file, null, ImportOptions.DEFAULT);
        return w;
    }

    @Test
    void aTimelineJsFileWithTwoErasGivesTwoErasAndItsThreeEvents() throws Exception {
        try (Workspace w = imported()) {
            assertThat(w.events().count(EventFilter.ALL)).isEqualTo(3);
            assertThat(w.eras().eras()).extracting(Era::name).containsExactly("13th Five-Year Plan", "14th Five-Year Plan");
            Era fourteenth = w.eras().eras().get(1);
            assertThat(fourteenth.when().start()).isEqualTo(PartialDate.ofYear(2021));
            assertThat(fourteenth.when().end()).isEqualTo(PartialDate.ofYear(2025));
            assertThat(fourteenth.notes()).isEqualTo("National plan");
            assertThat(fourteenth.evidence()).singleElement().satisfies(e -> assertThat(e.quote())
                    .isEqualTo("14th Five-Year Plan"));
        }
    }

    @Test
    void exportsWriteTheErasBackAndNativeJsonReimportsThemUnchanged() throws Exception {
        try (Workspace w = imported()) {
            ByteArrayOutputStream tl = new ByteArrayOutputStream();
            new ExportService(w).export(EventFilter.ALL, ExportFormat.TIMELINEJS, tl);
            JsonNode root = new ObjectMapper().readTree(tl.toByteArray());
            assertThat(root.get("events")).hasSize(3);
            assertThat(root.get("eras")).hasSize(2);
            assertThat(root.get("eras").get(0).get("text").get("headline").asText()).isEqualTo("13th Five-Year Plan");
            assertThat(root.get("eras").get(0).get("end_date").get("year").asInt()).isEqualTo(2020);

            Path json = dir.resolve("export.json");
            try (var out = Files.newOutputStream(json)) {
                new ExportService(w).export(EventFilter.ALL, ExportFormat.JSON, out);
            }
            try (Workspace again = Workspace.open(dir.resolve("again.db"), true)) {
                new ImportService(again).importFile(json, null, ImportOptions.DEFAULT);
                assertThat(again.eras().eras()).isEqualTo(w.eras().eras());
            }
            // a date filter keeps the eras that overlap it
            ByteArrayOutputStream some = new ByteArrayOutputStream();
            new ExportService(w).export(EventFilter.ALL.withDates(PartialDate.ofYear(2022), null), ExportFormat.JSON, some);
            assertThat(some.toString(StandardCharsets.UTF_8)).contains("14th Five-Year Plan")
                    .doesNotContain("13th Five-Year Plan");
        }
    }
}
