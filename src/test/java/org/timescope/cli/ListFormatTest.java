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
}
