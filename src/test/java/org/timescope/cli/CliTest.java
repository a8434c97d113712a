package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: output, exit codes and one-line errors. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String db() {
        return CliRun.collection(dir.resolve("timescope.db"));
    }

    @Test
    void exportOnANewDatabasePrintsTheCuratedDatasetAsJson() throws Exception {
        CliRun r = run("export", "--format", "json", "--db", db());
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("events")).hasSize(23);
        assertThat(root.get("indicators").size()).isGreaterThan(10);
        JsonNode forum = root.get("events").get(0);
        for (String field : List.of("id", "title", "summary", "start", "precision", "approximate", "inferred",
                "places", "organisations", "themes", "people", "sources")) {
            assertThat(forum.has(field)).as(field).isTrue();
        }
        assertThat(forum.get("sources").get(0).has("quote")).isTrue();
        assertThat(r.out()).contains("\"title\" : \"2021 High-level Forum on China IP Protection\"");
    }

    @Test
    void listShowsATableOfTheMatchingEvents() {
        CliRun r = run("list", "--db", db(), "--org", "WIPO", "--from", "2023");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("DATE").contains("Premier Li Qiang meets WIPO Director General Daren Tang")
                .contains("2 of 23 events");
        assertThat(r.out()).doesNotContain("High-level Forum");
    }

    @Test
    void childOrganisationsAreIncludedAndRepeatedFiltersOr() {
        CliRun wipo = run("list", "--db", db(), "--org", "World Intellectual Property Organization");
        assertThat(wipo.out()).contains("2021 High-level Forum on China IP Protection"); // co-hosted by the WIPO Office in China
        CliRun either = run("list", "--db", db(), "--theme", "Copyright", "--theme", "Regional collaboration");
        assertThat(either.out()).contains("2 of 23 events");
        CliRun both = run("list", "--db", db(), "--theme", "Awards and recognition", "--org", "State Council");
        assertThat(both.out()).contains("1 of 23 events").contains("State Council's IP work incentive");
    }

    @Test
    void fullTextFindsWordsInQuotes() {
        CliRun r = run("list", "--db", db(), "--query", "shipbuilding");
        assertThat(r.out()).contains("CNIPA visits China State Shipbuilding Corporation").contains("1 of 23 events");
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerEvent() throws Exception {
        Path out = dir.resolve("events.csv");
        CliRun r = run("export", "--format", "csv", "--db", db(), "--theme", "Judicial protection", "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("Exported 8 events to");
        List<CSVRecord> rows = new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(out))).getRecords());
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).get("start")).isEqualTo("2016");
        assertThat(rows.get(0).get("themes")).contains("Judicial protection");
        assertThat(rows).allMatch(row -> !row.get("quotes").isBlank());
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseExportsTheSame() throws Exception {
        Path first = dir.resolve("first.json");
        assertThat(run("export", "--format", "json", "--db", db(), "--out", first.toString()).code()).isZero();
        Path other = dir.resolve("other.db");
        CliRun imported = run("import", "--db", other.toString(), "--empty", first.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("23 events");
        Path second = dir.resolve("second.json");
        assertThat(run("export", "--format", "json", "--db", other.toString(), "--out", second.toString()).code()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void emptyCreatesADatabaseWithoutTheDataset() {
        Path file = dir.resolve("empty.db");
        assertThat(run("views", "save", "none", "--db", file.toString(), "--empty").code()).isZero();
        CliRun r = run("stats", "--db", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Events         0");
    }

    @Test
    void statsCountsWhatTheStoreHolds() {
        CliRun r = run("stats", "--db", db());
        assertThat(r.out()).contains("Events         23  (2016 – 2023)").contains("Sources        5")
                .contains("Themes         12");
    }

    @Test
    void anUnknownOrganisationIsAOneLineErrorWithExitCodeOne() {
        CliRun r = run("list", "--db", db(), "--org", "Ministry of Magic");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualToIgnoringNewLines("timescope: unknown organisation 'Ministry of Magic'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMalformedDateIsAUsageErrorNamingTheValue() {
        CliRun r = run("list", "--db", db(), "--to", "2021-02-30");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'--to'").contains("2021-02-30").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithoutAStackTrace() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a database at all, just words\n".repeat(40));
        CliRun r = run("list", "--db", notes.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: " + notes.toAbsolutePath() + " is not a Timescope database (not an SQLite file)");
    }

    @Test
    void anUnwritableOutputLeavesNoFileAndSaysWhy() {
        Path out = dir.resolve("missing-folder/x.json");
        CliRun r = run("export", "--format", "json", "--db", db(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write").contains("does not exist");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadImportFileChangesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\":[{\"id\":\"x\",\"title\":\"X\","
                + "\"start\":\"2020\",\"themes\":[\"Copyright\"],\"organisations\":[\"Nobody\"]}]}");
        run("stats", "--db", db());
        CliRun r = run("import", "--db", db(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.json").contains("unknown organisation 'Nobody'").contains("nothing was imported");
        assertThat(run("stats", "--db", db()).out()).contains("Events         23");
    }

    @Test
    void aMissingBenchFileIsNamedWithoutAStackTrace() {
        CliRun r = run("bench", "--events", dir.resolve("nowhere.csv").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("nowhere.csv: no such file").doesNotContain("Exception");
    }

    @Test
    void unknownFormatsAreRefused() {
        CliRun r = run("export", "--format", "xml", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown export format 'xml'");
    }

    @Test
    void onlyWindowOptionsOpenTheWindow() {
        assertThat(Cli.isCommand(new String[0])).isFalse();
        assertThat(Cli.isCommand(new String[] {"--db", "x.db"})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--db=x.db", "--empty"})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--db", "x.db", "list"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"export", "--format", "json"})).isTrue();
    }

    /** Files given to the jar without a command are opened in the window (imported), as "Open with" does. */
    @Test
    void filesWithoutACommandOpenTheWindowButUnknownWordsAreCommands(@TempDir Path tmp) throws Exception {
        Path csv = java.nio.file.Files.writeString(tmp.resolve("events.csv"), "id,start,title\n");
        assertThat(Cli.isCommand(new String[] {csv.toString()})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--db", "x.db", csv.toString()})).isFalse();
        assertThat(Cli.isCommand(new String[] {"exprot", "--db", "x.db"})).as("a typo, not a file").isTrue();
        assertThat(Cli.isCommand(new String[] {csv.toString(), "list"})).isTrue();
    }
}
