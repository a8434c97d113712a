package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator series from the command line: listed by name, drawn in strips under a snapshot's timeline. */
class StatisticsCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return CliRun.collection(dir.resolve("t.db"));
    }

    /** The series of the bundled dataset and their observation counts, read from the dataset file itself. */
    private static Map<String, Integer> datasetSeries() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Path.of("assets/dataset.json").toFile());
        Map<String, Integer> counts = new TreeMap<>();
        root.get("indicators").forEach(i -> counts.merge(i.get("series").asText(), 1, Integer::sum));
        return counts;
    }

    @Test
    void statsListsEverySeriesWithItsCountWholeSoItCanBeTypedBack() throws Exception {
        CliRun r = CliRun.of("stats", "--db", db(), "--series");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Integer> expected = datasetSeries();
        assertThat(expected).hasSizeGreaterThan(5);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(r.out()).as(e.getKey()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(e.getKey())
                    + " +" + e.getValue() + " ");
        }
    }

    @Test
    void aSnapshotDrawsTheChosenSeriesUnderTheTimelineWithTheirHedgedValues() throws Exception {
        Path svg = dir.resolve("strips.svg");
        Path plain = dir.resolve("plain.svg");
        CliRun r = CliRun.of("snapshot", "--db", db(), "--out", svg.toString(), "--series", "Invention patents granted",
                "--series", "GII science and technology cluster rank");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(CliRun.of("snapshot", "--db", db(), "--out", plain.toString()).code()).isZero();
        String text = Files.readString(svg);
        // the dataset: "over 24,000 applications were approved" (2020); GII ranks 11th (2019) … 6th (2022)
        assertThat(text).contains("Invention patents granted (patents)").contains("over 24,000")
                .contains("GII science and technology cluster rank (rank)").contains("#11").contains("#6")
                .contains("Statistics under the timeline");
        assertThat(Files.readString(plain)).doesNotContain("over 24,000");
        // the strips make the figure taller by two strips, not by squeezing the timeline
        assertThat(height(text)).isGreaterThan(height(Files.readString(plain)) + 2 * 60);
    }

    @Test
    void anUnknownSeriesIsRefusedWithTheNamesThereAre() {
        Path out = dir.resolve("x.png");
        CliRun r = CliRun.of("snapshot", "--db", db(), "--out", out.toString(), "--series", "Trademarks filed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("timescope: no indicator series 'Trademarks filed' in this collection")
                .contains("Invention patents granted").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    private static double height(String svg) {
        var m = java.util.regex.Pattern.compile("<svg[^>]*height='([0-9.]+)").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
