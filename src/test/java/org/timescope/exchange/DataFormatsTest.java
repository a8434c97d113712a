package org.timescope.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;
import org.timescope.service.BundledDataset;

/** TimelineJS and iCalendar outputs, parsed back. */
class DataFormatsTest {

    private final Dataset dataset = BundledDataset.load();

    @Test
    void timelineJsKeepsEachDateAtItsPrecision() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJsWriter.write("T", "D", dataset.events(), dataset.sources(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        JsonNode events = root.get("events");
        assertThat(events).hasSize(dataset.events().size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            TimelineEvent source = dataset.events().get(i);
            assertThat(e.get("unique_id").asText()).isEqualTo(source.key());
            assertThat(e.get("start_date").get("year").asInt()).isEqualTo(source.when().start().year());
            assertThat(e.get("start_date").has("month")).isEqualTo(source.when().start().month() > 0);
            assertThat(e.get("start_date").has("day")).isEqualTo(source.when().start().day() > 0);
            assertThat(e.get("text").get("headline").asText()).isNotBlank();
            assertThat(e.has("end_date")).isEqualTo(source.when().end() != null);
        }
        JsonNode january = find(events, "shanghai-ip-procuratorial-offices-2021");
        assertThat(january.get("start_date").get("display_date").asText()).isEqualTo("January 2021 (inferred)");
        assertThat(january.get("group").asText()).isEqualTo("Judicial protection");
        assertThat(january.get("text").get("text").asText()).contains("<blockquote>In January");
    }

    private static JsonNode find(JsonNode events, String id) {
        for (JsonNode e : events) {
            if (e.get("unique_id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void icalendarHasAnAllDayEventOverEachWholeInterval() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsWriter.write(dataset.events(), Instant.parse("2026-11-21T00:00:00Z"), out);
        String ics = out.toString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(dataset.events().size() + 1);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        String january = unfolded.substring(unfolded.indexOf("UID:shanghai-ip-procuratorial-offices-2021"));
        january = january.substring(0, january.indexOf("END:VEVENT"));
        assertThat(january).contains("DTSTART;VALUE=DATE:20210101").contains("DTEND;VALUE=DATE:20210201")
                .contains("CATEGORIES:Judicial protection,Institutions and services");
        assertThat(unfolded).contains("DTSTART;VALUE=DATE:20160101\r\nDTEND;VALUE=DATE:20220101");
    }

    @Test
    void icalendarEscapesItsSpecialCharacters() {
        assertThat(IcsWriter.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void icalendarRefusesYearsItCannotHoldAndNamesTheEvent() {
        TimelineEvent caesar = new TimelineEvent("ides", "Ides of March", null, null, DateSpan.parse("-0043-03-15", null),
                false, false, null, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> IcsWriter.write(List.of(caesar), Instant.EPOCH, new ByteArrayOutputStream()))
                .hasMessageContaining("event 'ides' cannot be written to iCalendar");
    }

    @Test
    void foldingNeverSplitsACharacter() throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        char[] chars = new char[120];
        Arrays.fill(chars, 'é');
        IcsWriter.line(w, "SUMMARY:" + new String(chars));
        for (String line : w.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line.replace(" ", "").replace("SUMMARY:", "")).matches("é*");
        }
    }
}
