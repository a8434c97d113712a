package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --format tsv|json}: output a script can read, with the events the dataset file holds. */
class ListFormatTest {

    @TempDir
    Path dir;

    private String db() {
        return CliRun.collection(dir.resolve("timescope.db"));
    }

    /** The titles as written in the bundled dataset file, read without Timescope's reader. */
    private static Set<String> datasetTitles() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Path.of("assets/dataset.json").toFile());
        Set<String> titles = new HashSet<>();
        root.get("events").forEach(e -> titles.add(e.get("title").asText()));
        return titles;
    }

    @Test
    void jsonHasEveryEventOfTheDatasetWithItsTitle() throws Exception {
        CliRun r = CliRun.of("list", "--db", db(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(23);
        Set<String> titles = new HashSet<>();
        list.forEach(e -> titles.add(e.get("title").asText()));
        assertThat(titles).isEqualTo(datasetTitles());
        JsonNode first = list.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyElementsOf(ListCommand.FIELDS);
    }

    @Test
    void jsonKeepsTheFiltersAndTheDatesPrecision() throws Exception {
        CliRun r = CliRun.of("list", "--db", db(), "--format", "json", "--query", "shipbuilding");
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertThat(list).hasSize(1);
        JsonNode visit = list.get(0); // in the dataset file: "start": "2022-11", approximate and inferred
        assertThat(visit.get("id").asText()).isEqualTo("cnipa-visits-cssc-and-protection-center-2022");
        assertThat(visit.get("start").asText()).isEqualTo("2022-11");
        assertThat(visit.get("end").isNull()).isTrue();
        assertThat(visit.get("precision").asText()).isEqualTo("month");
        assertThat(visit.get("approximate").asBoolean()).isTrue();
        assertThat(visit.get("inferred").asBoolean()).isTrue();
        assertThat(visit.get("organisations").toString()).contains("China State Shipbuilding Corporation")
                .contains("Shanghai IP Protection Center");
    }

    @Test
    void tsvIsAHeaderAndOneLineOfTenColumnsPerEvent() throws Exception {
        CliRun r = CliRun.of("list", "--db", db(), "--format", "TSV");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id\tdate\tstart\tend\tprecision\tapproximate\tinferred\ttitle\torganisations\tthemes");
        assertThat(lines).hasSize(1 + 23);
        List<String> titles = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).hasSize(10);
            assertThat(cells[4]).isIn("year", "month", "day");
            titles.add(cells[7]);
        }
        assertThat(new HashSet<>(titles)).isEqualTo(datasetTitles());
        assertThat(r.out()).doesNotContain("of 23 events");
    }

    @Test
    void anUnknownFormatIsOneLineAndExitCodeOne() {
        CliRun r = CliRun.of("list", "--db", db(), "--format", "xml");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: unknown list format 'xml' (use table, tsv or json)");
        assertThat(r.out()).isEmpty();
    }

    /**
     * A Chinese character takes two columns of a terminal: a table of Chinese titles lines up when the columns
     * after them start at the same place on screen, counted in those columns.
     */
    @Test
    void aTableOfChineseTitlesLinesUpOnScreen() throws Exception {
        Path csv = dir.resolve("zh.csv");
        java.nio.file.Files.writeString(csv, """
                key,title,start,organisations,themes
                forum,上海知识产权论坛开幕,2021-04-26,上海市知识产权局,知识产权保护
                office,WIPO办事处,2019-11-02,WIPO,国际合作
                """);
        String db = dir.resolve("zh.db").toString();
        assertThat(CliRun.of("import", "--db", db, "--empty", csv.toString()).code()).isZero();
        CliRun r = CliRun.of("list", "--db", db);
        List<String> lines = r.out().lines().toList();
        // where ORGANISATIONS starts: in the header, and under it, after "上海…开幕" (10 characters, 20 columns)
        // and after "WIPO办事处" (4 + 3 × 2 = 10 columns)
        int header = screenColumn(lines.get(0), lines.get(0).indexOf("ORGANISATIONS"));
        assertThat(screenColumn(lines.get(1), lines.get(1).indexOf("WIPO", lines.get(1).indexOf("办事处")))).isEqualTo(header);
        assertThat(screenColumn(lines.get(2), lines.get(2).indexOf("上海市"))).isEqualTo(header);
        assertThat(screenColumn(lines.get(2), lines.get(2).indexOf("上海知识产权论坛开幕")) + 20 + 2).isEqualTo(header);
    }

    /** The screen column of a character index: two for every character of the CJK blocks used above, else one. */
    private static int screenColumn(String line, int index) {
        int column = 0;
        for (char ch : line.substring(0, index).toCharArray()) {
            column += ch >= 0x4E00 && ch <= 0x9FFF ? 2 : 1;
        }
        return column;
    }
}
