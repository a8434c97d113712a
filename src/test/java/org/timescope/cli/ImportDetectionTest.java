package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a tester found misread (taken for a news article, "0 events", exit 0): each is now read in
 * its own format with the right dates and titles, or refused with one line that names the file and the
 * format, leaving the database and the file as they were. Expected values come from the inputs written
 * here, not from the code under test.
 */
class ImportDetectionTest {

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void emptyDatabase() {
        db = dir.resolve("t.db").toString();
        org.timescope.service.Workspace.open(Path.of(db), true).close(); // a new, empty collection
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    /** Imports and returns the stored events by title: "start..end" (end omitted when none). */
    private Map<String, String> imported(Path f, String format, int events) throws Exception {
        CliRun r = CliRun.of("import", "--db", db, f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(f + " (" + format + "): " + events + (events == 1 ? " event," : " events,"));
        JsonNode json = new ObjectMapper().readTree(CliRun.of("export", "--format", "json", "--db", db).out());
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (JsonNode e : json.get("events")) {
            byTitle.put(e.get("title").asText(), e.get("start").asText() + (e.has("end") && !e.get("end").isNull()
                    ? ".." + e.get("end").asText() : ""));
        }
        return byTitle;
    }

    /** Imports a file that must be refused: exit 1, one line naming the file and the format, nothing changed. */
    private String refused(Path f, String... expected) throws Exception {
        byte[] before = Files.readAllBytes(f);
        String stats = CliRun.of("stats", "--db", db).out();
        CliRun r = CliRun.of("import", "--db", db, f.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        String line = r.err().strip();
        assertThat(line).startsWith("timescope: " + f + ": ");
        for (String e : expected) {
            assertThat(line).contains(e);
        }
        assertThat(line).doesNotContain("java.", "org.", "com.", "Exception");
        assertThat(CliRun.of("stats", "--db", db).out()).isEqualTo(stats); // same events, same sources
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        return line;
    }

    @Test
    void aPublishedTimelineCsvWithStartEndLabelEraIsATable() throws Exception {
        Path f = file("eras.csv", "start,end,label,era\n-3000,-1200,Bronze Age,Prehistory\n1914,1918,First World War,Modern\n");
        assertThat(imported(f, "csv", 2)).containsEntry("Bronze Age", "-3000..-1200")
                .containsEntry("First World War", "1914..1918");
    }

    /** Found by fuzzing: a table with old Mac line endings (a lone CR) was read as a news article, and junk stored. */
    @Test
    void aTableWithLoneCarriageReturnsIsATable() throws Exception {
        Path f = file("mac.csv", "date,title\r2021-06-11,Forum held\r2019-03,Office opened\r");
        assertThat(imported(f, "csv", 2)).containsEntry("Forum held", "2021-06-11").containsEntry("Office opened", "2019-03");
    }

    /** Found by fuzzing: a JSON file that opens with a comment was read as a news article. Comments are allowed. */
    @Test
    void aJsonListWithCommentsIsAJsonList() throws Exception {
        Path f = file("kept.json", "// kept by hand\n/* two events */\n[{\"date\":\"2021-06-11\",\"title\":\"Forum held\"},"
                + "// the office\n{\"date\":\"2019-03\",\"title\":\"Office opened\"}]\n");
        assertThat(imported(f, "json-list", 2)).containsEntry("Forum held", "2021-06-11")
                .containsEntry("Office opened", "2019-03");
    }

    /** Found by fuzzing: a second document, or text after the last bracket, was silently left unread. */
    @Test
    void whatFollowsTheEndOfAJsonValueIsRefused() throws Exception {
        refused(file("two.json", "[{\"date\":\"2021\",\"title\":\"A\"}]\n[{\"date\":\"2022\",\"title\":\"B\"}]\n"),
                "line 2, column 1", "more follows the end of the JSON value");
        refused(file("garbage.json", "[{\"date\":\"2021\",\"title\":\"A\"}] garbage"),
                "line 1, column 38", "'garbage' is not a JSON value");
    }

    /** Found by fuzzing: the JSON parser's own words ("VALUE_STRING", "enable  to allow") reached the user. */
    @Test
    void jsonParserComplaintsAreSaidInTheFilesWords() throws Exception {
        refused(file("nan.json", "[{\"date\":\"2021\",\"title\":\"A\",\"score\":NaN}]"), "NaN is not a JSON number");
        refused(file("cut.json", "[{\"date\":\"2021\",\"title\":\"A cut sh"), "the file ends in the middle of a value");
        refused(file("twice.json", "[{\"date\":\"2021\",\"title\":\"A\",\"title\":\"B\"}]"),
                "the field 'title' is given twice in one object");
        refused(file("bare.json", "[{date:\"2021\"}]"), "not valid JSON");
    }

    /** Found by fuzzing: a month or day written 00 was read as "none" (2021-05-00 became May 2021), "maybe" as false. */
    @Test
    void aMonthOrDayOfZeroAndAFlagThatIsNeitherAreRefusedByRowAndField() throws Exception {
        refused(file("m0.csv", "title,start\nForum,2021-00\n"), "row 2, start: '2021-00' is not a valid date: "
                + "month 00 is not 01-12");
        refused(file("d0.csv", "title,start\nForum,2021-05-00\n"), "row 2, start: '2021-05-00' is not a valid date: "
                + "day 00 is not a day of the month");
        refused(file("null.csv", "title,start\nForum,0000-00-00\n"), "row 2, start: '0000-00-00'");
        refused(file("m0.json", "{\"format\":\"timescope\",\"version\":1,\"events\":[{\"id\":\"a\",\"title\":\"A\","
                + "\"start\":\"2021-00\"}]}"), "events[0].start", "month 00 is not 01-12");
        refused(file("maybe.csv", "title,start,approximate\nForum,2021,maybe\n"),
                "row 2, approximate: 'maybe' is not true or false");
    }

    /** Found by fuzzing: messages that named the wrong thing, or nothing. */
    @Test
    void refusalsNameWhatTheFileHolds() throws Exception {
        Path text = file("top.json", "\"just a text\"");
        byte[] before = Files.readAllBytes(text);
        CliRun r = CliRun.of("import", "--db", db, "--format", "json", text.toString());
        assertThat(r.err().strip()).isEqualTo("timescope: " + text + ": the top level: expected an object");
        assertThat(Files.readAllBytes(text)).isEqualTo(before);
        // an Atom entry's date is "updated", not RSS's "pubDate"
        refused(file("atom.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                + "<title>A</title><updated>yesterday-ish</updated></entry></feed>"),
                "item 1, updated: 'yesterday-ish' is not a date I can read");
        // 200 kB of file separators (0x1C) is not "empty"
        byte[] separators = new byte[200_000];
        java.util.Arrays.fill(separators, (byte) 0x1C);
        assertThat(refused(file("fs.bin", separators))).doesNotContain("the file is empty");
    }

    @Test
    void aTabSeparatedFileIsATable() throws Exception {
        Path f = file("events.tsv", "date\ttitle\n2021-06-11\tForum held, with talks\n2019-03\tOffice opened\n");
        assertThat(imported(f, "csv", 2)).containsEntry("Forum held, with talks", "2021-06-11")
                .containsEntry("Office opened", "2019-03");
    }

    @Test
    void aSemicolonSeparatedFileIsATable() throws Exception {
        Path f = file("events.csv", "date;title\n2021-06-11;Forum held, with talks\n11 June 2020;Award presented\n");
        assertThat(imported(f, "csv", 2)).containsEntry("Forum held, with talks", "2021-06-11")
                .containsEntry("Award presented", "2020-06-11");
    }

    @Test
    void aRowWithAnUnquotedCommaIsRefusedByRow() throws Exception {
        Path f = file("comma.csv", "date,title\n2021-06-11,Forum held\n2021-06-12,Forum held, Shanghai\n");
        refused(f, "read as CSV", "row 3 has 3 cells but the header has 2");
    }

    /** Found by a walk through the window: the theme of a row with its organisation left out became an organisation. */
    @Test
    void aRowWithACellLeftOutIsRefusedByRowRatherThanReadIntoTheWrongColumns() throws Exception {
        Path f = file("short.csv", "id,start,end,title,organisation,theme\n"
                + "x-1,2021-03-04,,Forum held,CNIPA,Copyright\n"
                + "x-2,2021-03-04,2021-05-01,Office opened,Copyright\n");
        refused(f, "read as CSV", "row 3 has 5 cells but the header has 6", "a cell is missing");
    }

    @Test
    void aJsonListOfEventObjectsIsRead() throws Exception {
        Path f = file("list.json", "[{\"date\": \"2021-06-11\", \"title\": \"Forum held\"},\n"
                + " {\"start_date\": \"2019-03\", \"end_date\": \"2019-05\", \"headline\": \"Talks\"},\n"
                + " {\"Start\": 1914, \"label\": \"War begins\", \"tags\": [\"War\"]}]");
        assertThat(imported(f, "json-list", 3)).containsEntry("Forum held", "2021-06-11")
                .containsEntry("Talks", "2019-03..2019-05").containsEntry("War begins", "1914");
    }

    private static final String TIMELINE_BODY = "<events>\n<event><start>2021-06-11 00:00:00</start>"
            + "<end>2021-06-13 00:00:00</end><text>Forum held</text></event>\n</events>\n";

    @Test
    void aTimelineFileWithANamespacePrefixIsRead() throws Exception {
        Path f = file("ns.timeline", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<tl:timeline xmlns:tl=\"urn:x-timeline\">\n"
                + TIMELINE_BODY.replace("<", "<tl:").replace("<tl:/", "</tl:") + "</tl:timeline>\n");
        assertThat(imported(f, "timeline-xml", 1)).containsEntry("Forum held", "2021-06-11..2021-06-13");
    }

    @Test
    void aTimelineFileWithADoctypeIsRead() throws Exception {
        Path f = file("doctype.timeline", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE timeline>\n<!-- saved -->\n"
                + "<timeline>\n" + TIMELINE_BODY + "</timeline>\n");
        assertThat(imported(f, "timeline-xml", 1)).containsEntry("Forum held", "2021-06-11..2021-06-13");
    }

    @Test
    void aUtf16TimelineFileIsRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<timeline>\n" + TIMELINE_BODY + "</timeline>\n";
        Path withBom = file("bom.timeline", ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE));
        assertThat(imported(withBom, "timeline-xml", 1)).containsEntry("Forum held", "2021-06-11..2021-06-13");
        Path plain = file("plain.timeline", xml.replace("Forum held", "Forum closed").getBytes(StandardCharsets.UTF_16LE));
        assertThat(imported(plain, "timeline-xml", 1)).containsEntry("Forum closed", "2021-06-11..2021-06-13");
    }

    @Test
    void aTimelineFileWithANulCharacterIsRefusedByLine() throws Exception {
        Path f = file("nul.timeline", "<?xml version=\"1.0\"?>\n<timeline>\n<events>\0</events>\n</timeline>\n");
        refused(f, "read as a Timeline (.timeline) XML file", "line 3 holds a NUL character");
    }

    /** JSON may write a NUL as \\u0000; as text it cannot be exported to CSV or iCalendar and read back. */
    @Test
    void aJsonTitleOrNameWithANulIsRefusedByField() throws Exception {
        refused(file("nul-title.json", "{\"events\": [{\"id\": \"a\", \"title\": \"Forum\\u0000held\", \"start\": \"2021\"}]}"),
                "events[0].title: holds a NUL character (U+0000) at character 6");
        refused(file("nul-theme.json", "{\"events\": [{\"id\": \"a\", \"title\": \"Forum\", \"start\": \"2021\", "
                + "\"themes\": [\"Law\\u0000\"]}]}"), "events[0].themes: holds a NUL character");
    }

    @Test
    void theTimelineAppsOldTextFormatIsRefusedByName() throws Exception {
        Path f = file("old.timeline", "# Written by Timeline 0.7.0 on 2007-03-01 20:01:17\n"
                + "CATEGORY:Work;255,0,0;True\nEVENT:2006-10-03 00:00:00;2006-10-03 00:00:00;Forum;Work\n");
        refused(f, "a Timeline 0.x text file; Timescope reads only Timeline's XML format");
    }

    @Test
    void truncatedCsvAndXmlAreRefusedInTheirFormat() throws Exception {
        refused(file("cut.csv", "date,title,notes\n2021-06-11,Forum held,\"Jointly held by"), "read as CSV",
                "a quoted cell is not closed");
        refused(file("cut.timeline", "<?xml version=\"1.0\"?>\n<timeline>\n<events>\n<event><start>2021-06"),
                "read as a Timeline (.timeline) XML file", "not well-formed XML");
    }

    @Test
    void aHeaderOf82ColumnsIsATable() throws Exception {
        List<String> names = new ArrayList<>(List.of("date", "title"));
        for (int i = 3; i <= 82; i++) {
            names.add("measure_" + i);
        }
        StringBuilder row = new StringBuilder("1999-12-31,Survey closed");
        row.append(",1".repeat(80));
        Path wide = file("wide.csv", String.join(",", names) + "\n" + row + "\n");
        assertThat(imported(wide, "csv", 1)).containsEntry("Survey closed", "1999-12-31");
        List<String> unknown = names.stream().map(n -> "q_" + n).toList();
        refused(file("unknown.csv", String.join(",", unknown) + "\n"), "read as CSV", "no column for the event's start");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws Exception {
        refused(file("header.csv", "date,title\n"), "read as CSV", "no rows below the header");
    }

    @Test
    void otherXmlIsRefusedByItsRootElement() throws Exception {
        refused(file("pom.xml", "<?xml version=\"1.0\"?>\n<project><name>x</name></project>\n"), "<project>",
                "none of the formats Timescope reads");
    }

    @Test
    void rssAndAtomItemsBecomeEventsOnTheirPublicationDay() throws Exception {
        Path rss = file("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>"
                + "<item><title>Forum opens</title><link>https://example.org/a</link>"
                + "<pubDate>Fri, 11 Jun 2021 09:30:00 +0800</pubDate><description>&lt;p&gt;The forum opened.&lt;/p&gt;</description></item>"
                + "</channel></rss>\n");
        assertThat(imported(rss, "feed", 1)).containsEntry("Forum opens", "2021-06-11");
        Path atom = file("atom.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>News</title><entry><title>Office set up</title><id>urn:1</id>"
                + "<updated>2020-03-02T10:00:00Z</updated><summary>An office.</summary></entry></feed>\n");
        assertThat(imported(atom, "feed", 1)).containsEntry("Office set up", "2020-03-02");
    }

    @Test
    void deeplyNestedJsonIsAOneLineRefusal() throws Exception {
        refused(file("deep.json", "{\"events\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"),
                "read as Timescope JSON", "nested more than 1,000 levels deep");
        refused(file("deep-list.json", "[".repeat(5_000) + "]".repeat(5_000)), "read as a JSON list of events",
                "nested more than 1,000 levels deep");
    }

    @Test
    void malformedXmlPrintsNothingOfTheParsersOwn() throws Exception {
        Path f = file("bad.timeline", "<?xml version=\"1.0\"?>\n<timeline><events><event></events></timeline>\n");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            refused(f, "read as a Timeline (.timeline) XML file", "line 2: not well-formed XML");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("[Fatal Error]").isEmpty();
    }

    @Test
    void invalidUtf8DeepInALargeStreamedCsvIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("id,date,title\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 12_000; i++) {
            b.writeBytes(("e" + i + ",2020-01-01,Hearing number " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(new byte[] {'x', ',', '2', '0', '2', '0', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        Path f = file("large.csv", b.toByteArray());
        assertThat(Files.size(f)).isGreaterThan(256_000); // streamed, not read whole
        refused(f, "not UTF-8 text", "nothing was imported");
    }

    @Test
    void aLongWordInAnEventSentenceTakesLinearTime() throws Exception {
        String word = "7".repeat(40_000);
        Path f = file("word.txt", "Forum report\n\nUpdated: 2021-06-12\n\nThe forum was held on June 11, 2021 in "
                + "Shanghai with " + word + " guests.\n\nThe 19th Forum was held " + "ab-".repeat(20_000) + ".\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThat(CliRun.of("import", "--db", db, "--dry-run", f.toString()).code()).isZero());
    }

    @Test
    void anArticleOverTheLimitIsRefusedWithTheLimit() throws Exception {
        String paragraph = "The delegates talked about trade and the weather of the region for a long time.\n\n";
        Path f = file("book.txt", "A book\n\n" + paragraph.repeat(1_000_000 / paragraph.length() + 10));
        refused(f, "read as a news article", "over the 1,000,000 characters of text an article may have");
    }
}
