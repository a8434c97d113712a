package org.timescope.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;
import org.timescope.service.ExportFormat;
import org.timescope.service.ExportService;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * Timestamps as event datasets write them (vis-timeline, logs, GDELT) go through a collection unchanged: imported
 * at the precision written, stored, placed on the axis at their time of day, and exported with the time.
 */
class TimeOfDayTest {

    @TempDir
    Path dir;

    private static final String CSV = String.join("\n",
            "id,start,end,title,organisation,theme",
            "utc,1999-08-10T14:52:20Z,,Logged at a second in UTC,Org,T",
            "local,2021-06-11 14:30,,Spreadsheet minute,Org,T",
            "zoned,2021-06-11T09:00+02:00,2021-06-11T17:00+02:00,Working day in Geneva,Org,T",
            "day,2021-06-11,,The whole day,Org,T",
            "js,2014-04-20T12:00:00.000Z,,JavaScript's toISOString,Org,T") + "\n";

    private Workspace imported() throws Exception {
        Path csv = dir.resolve("stamps.csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        Workspace w = Workspace.open(dir.resolve("t.db"), true);
        new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
        return w;
    }

    @Test
    void aCsvTimestampImportsToTheSecondAndExportsBackAsWritten() throws Exception {
        try (Workspace w = imported()) {
            TimelineEvent utc = w.events().byKey("utc");
            assertThat(utc.when().start()).isEqualTo(new PartialDate(1999, 8, 10, 14, 52, 20, ZoneOffset.UTC));
            assertThat(utc.when().precision()).isEqualTo(Precision.SECOND);
            assertThat(w.events().byKey("local").when().precision()).isEqualTo(Precision.MINUTE);
            assertThat(w.events().byKey("zoned").when().end().offset()).isEqualTo(ZoneOffset.ofHours(2));
            assertThat(w.events().byKey("js").when().start().toString()).isEqualTo("2014-04-20T12:00:00Z");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExportService(w).export(EventFilter.ALL, ExportFormat.CSV, out);
            String csv = out.toString(StandardCharsets.UTF_8);
            assertThat(csv).contains("utc,1999-08-10T14:52:20Z,,second,")
                    .contains("local,2021-06-11T14:30,,minute,")
                    .contains("zoned,2021-06-11T09:00+02:00,2021-06-11T17:00+02:00,minute,")
                    .contains("day,2021-06-11,,day,");
        }
    }

    @Test
    void theTimelineColumnsPlaceATimeWithinItsDayAndOrderByIt() throws Exception {
        try (Workspace w = imported()) {
            TimelineRows rows = w.events().timelineRows();
            int local = indexOf(rows, "local");
            int zoned = indexOf(rows, "zoned");
            int day = indexOf(rows, "day");
            double june11 = java.time.LocalDate.of(2021, 6, 11).toEpochDay();
            assertThat(rows.first()[local]).isEqualTo(june11 + (14 * 60 + 30) / 1440.0);
            assertThat(rows.end()[local]).isEqualTo(june11 + (14 * 60 + 31) / 1440.0);
            assertThat(rows.first()[zoned]).isEqualTo(june11 + 9 / 24.0); // the time as written, offset kept aside
            assertThat(rows.end()[zoned]).isEqualTo(june11 + (17 * 60 + 1) / 1440.0);
            assertThat(rows.first()[day]).isEqualTo(june11);
            assertThat(rows.end()[day]).isEqualTo(june11 + 1);
            // the whole day begins first, then 09:00, then 14:30
            assertThat(day).isLessThan(zoned);
            assertThat(zoned).isLessThan(local);
            assertThat(TimelineRows.unpack(rows.start()[zoned]).toString()).isEqualTo("2021-06-11T09:00+02:00");
            TimelineRows dates = w.events().timelineDates();
            assertThat(dates.first()).containsExactly(rows.first());
            assertThat(dates.start()).containsExactly(rows.start());
        }
    }

    @Test
    void theDatesReadAloneForAFirstPicturePlaceTimesAsTheFullReadDoes() throws Exception {
        // a new collection has no column cache yet: the dates come from their own scan of the events, then the rows
        try (Workspace w = imported()) {
            TimelineRows dates = w.events().timelineDates();
            TimelineRows rows = w.events().timelineRows();
            double june11 = java.time.LocalDate.of(2021, 6, 11).toEpochDay();
            assertThat(dates.first()).contains(june11 + (14 * 60 + 30) / 1440.0, june11 + 9 / 24.0, june11);
            assertThat(dates.first()).containsExactly(rows.first());
            assertThat(dates.end()).containsExactly(rows.end());
            assertThat(dates.start()).containsExactly(rows.start());
            assertThat(dates.ids()).containsExactly(rows.ids());
        }
    }

    @Test
    void icalendarGetsTimedStartsAndEnds() throws Exception {
        try (Workspace w = imported()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IcsWriter.write(w.events().find(EventFilter.ALL), Instant.parse("2026-12-06T00:00:00Z"), out);
            String ics = out.toString(StandardCharsets.UTF_8);
            assertThat(ics).contains("DTSTART:19990810T145220Z\r\nDTEND:19990810T145221Z")
                    .contains("DTSTART:20210611T143000\r\nDTEND:20210611T143100") // floating: no offset written
                    // +02:00 kept as written, in a zone of that offset defined before the events
                    .contains("DTSTART;TZID=UTC+0200:20210611T090000\r\nDTEND;TZID=UTC+0200:20210611T170100")
                    .contains("BEGIN:VTIMEZONE\r\nTZID:UTC+0200\r\n")
                    .contains("DTSTART;VALUE=DATE:20210611\r\nDTEND;VALUE=DATE:20210612");
        }
    }

    @Test
    void nativeJsonAndTimelineJsKeepTheTime() throws Exception {
        try (Workspace w = imported()) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            new ExportService(w).export(EventFilter.ALL, ExportFormat.JSON, json);
            assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"start\" : \"1999-08-10T14:52:20Z\"")
                    .contains("\"precision\" : \"second\"");
            ByteArrayOutputStream tl = new ByteArrayOutputStream();
            new ExportService(w).export(EventFilter.ALL, ExportFormat.TIMELINEJS, tl);
            com.fasterxml.jackson.databind.JsonNode events = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(tl.toByteArray()).get("events");
            com.fasterxml.jackson.databind.JsonNode local = null;
            for (com.fasterxml.jackson.databind.JsonNode e : events) {
                if (e.get("unique_id").asText().equals("local")) {
                    local = e.get("start_date");
                }
            }
            assertThat(local.get("hour").asInt()).isEqualTo(14);
            assertThat(local.get("minute").asInt()).isEqualTo(30);
            assertThat(local.has("second")).isFalse();
        }
    }

    private static int indexOf(TimelineRows rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.keys().get(i).equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key);
    }
}
