package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/**
 * Found by fuzzing the importers: two different records of one file with the same id, or (without ids) the same title
 * and dates, were stored as one — the second silently gone, in every format. Each different record is now an event;
 * only an exact repeat is skipped, and the report says what happened to both.
 */
class RepeatedRecordsTest {

    @TempDir
    Path dir;

    private CliRun importFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return CliRun.of("import", "--db", dir.resolve("c.db").toString(), "--empty", file.toString());
    }

    private List<String> titles() {
        try (Workspace w = Workspace.open(dir.resolve("c.db"), false)) {
            return w.events().find(EventFilter.ALL).stream().map(TimelineEvent::title).sorted().toList();
        }
    }

    @Test
    void aCsvIdGivenToTwoDifferentEventsKeepsBothAndSaysSo() throws Exception {
        CliRun r = importFile("ids.csv", "id,title,start\nx1,First event,2021-01-01\nx1,Second different event,2022-05-05\n");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 events");
        assertThat(r.out() + r.err()).contains("1 record has the id, or the title and dates, of a different event")
                .contains("'x1' (\"Second different event\") as 'x1-2'");
        assertThat(titles()).containsExactly("First event", "Second different event");
        // the same file again finds both stored (the second under the same key as before): nothing is added
        CliRun again = importFile("ids.csv", Files.readString(dir.resolve("ids.csv")));
        assertThat(again.out()).contains("0 events, 2 already in the database");
    }

    @Test
    void twoMeetingsWithTheSameTitleAndYearByDifferentBodiesAreTwoEventsInEveryFormat() throws Exception {
        importFile("m.csv", "title,start,organisation,summary\nBoard meeting,2021,WIPO,First meeting about patents\n"
                + "Board meeting,2021,CNIPA,A different meeting by another body\n");
        importFile("m.json", "[{\"date\":\"2021-06-11\",\"title\":\"Meeting\",\"description\":\"Board A\"},"
                + "{\"date\":\"2021-06-11\",\"title\":\"Meeting\",\"description\":\"Board B\"}]");
        importFile("m.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:same@x\r\nDTSTART;VALUE=DATE:20210611\r\nSUMMARY:Forum\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:same@x\r\nDTSTART;VALUE=DATE:20220611\r\nSUMMARY:Forum again\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n");
        assertThat(titles()).containsExactly("Board meeting", "Board meeting", "Forum", "Forum again", "Meeting",
                "Meeting");
        try (Workspace w = Workspace.open(dir.resolve("c.db"), false)) {
            assertThat(w.events().find(EventFilter.ALL).stream().filter(e -> e.title().equals("Board meeting"))
                    .map(e -> e.organisations().get(0).organisation()).sorted().toList())
                    .containsExactly("CNIPA", "WIPO");
        }
    }

    @Test
    void aRowRepeatedExactlyIsSkippedAndCounted() throws Exception {
        CliRun r = importFile("rep.csv", "title,start\nForum,2021\nForum,2021\nWorkshop,2022\n");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 events");
        assertThat(r.out() + r.err()).contains("1 record repeats an earlier one of the file exactly");
        assertThat(titles()).containsExactly("Forum", "Workshop");
    }

    @Test
    void aLargeCsvReadAsItStreamsKeepsADifferentRecordWithARepeatedIdToo() throws Exception {
        StringBuilder csv = new StringBuilder("id,title,start,organisation\n");
        for (int i = 0; i < 6000; i++) { // over 256 kB: the rows go to the store as they are read
            csv.append("e").append(i).append(",Event number ").append(i).append(" of a long generated list,2020-01-")
                    .append(String.format("%02d", 1 + i % 28)).append(",Organisation ").append(i % 7).append('\n');
        }
        csv.append("e17,A different event that reuses an id,2021-03-03,WIPO\n");
        csv.append("e18,Event number 18 of a long generated list,2020-01-19,Organisation 4\n"); // an exact repeat
        assertThat(csv.length()).isGreaterThan(256_000);
        CliRun r = importFile("large.csv", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6001 events");
        assertThat(r.out() + r.err()).contains("'e17' (\"A different event that reuses an id\") as 'e17-2'")
                .contains("1 record repeats an earlier one");
        assertThat(titles()).contains("A different event that reuses an id", "Event number 17 of a long generated list");
    }
}
