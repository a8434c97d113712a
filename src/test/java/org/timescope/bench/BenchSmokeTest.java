package org.timescope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;

/** The benchmark runs end to end on a small file and reports every figure (not a timing test). */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryFigureForASmallFile() throws Exception {
        Path csv = dir.resolve("small.csv");
        TestFiles.generatedCsv(csv, 3000, 1);
        Bench.Result r = new Bench(line -> { }, false).run(csv, dir);
        assertThat(r.figures()).containsKeys("events", "import_events_per_s", "first_paint_ms", "frame_p50_ms",
                "frame_p95_ms", "filter_ms", "search_ms", "edit_ms", "edit_write_ms", "snapshot_ms", "heap_mb", "display");
        assertThat(r.figures().get("events")).isEqualTo(3000L);
        Path json = dir.resolve("bench.json");
        Bench.writeJson(List.of(r), json);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0).get("frame_p95_ms")
                .isNumber()).isTrue();
        assertThat(Bench.readJson(json).get(0).figures().get("events")).isEqualTo(3000);
    }

    @Test
    void repeatedRunsEachRunInTheirOwnJvmAndAreSummarised() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        TestFiles.generatedCsv(csv, 400, 1);
        Path json = dir.resolve("repeat.json");
        java.io.StringWriter out = new java.io.StringWriter();
        int code = org.timescope.cli.Cli.run(new String[] {"bench", "--events", csv.toString(), "--repeat", "2",
                "--no-window", "--json", json.toString()}, new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("2 runs, each in a fresh JVM").contains("frame_p95_ms");
        var figures = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0);
        assertThat(figures.get("repeat").asInt()).isEqualTo(2);
        assertThat(figures.get("events").asInt()).isEqualTo(400);
        var rate = figures.get("import_events_per_s");
        assertThat(rate.get("runs")).hasSize(2);
        assertThat(rate.get("min").asDouble()).isLessThanOrEqualTo(rate.get("median").asDouble())
                .isPositive();
        assertThat(rate.get("max").asDouble()).isGreaterThanOrEqualTo(rate.get("median").asDouble());
    }

    @Test
    void importOnlyReportsTheImportAloneAndLeavesNoDatabase() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        TestFiles.generatedCsv(csv, 400, 1);
        Path json = dir.resolve("import.json");
        int code = org.timescope.cli.Cli.run(new String[] {"bench", "--events", csv.toString(), "--import-only",
                "--json", json.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        var figures = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0);
        assertThat(figures.get("events").asInt()).isEqualTo(400);
        assertThat(figures.get("import_events_per_s").asDouble()).isPositive();
        assertThat(figures.get("import_cpu_s").asDouble()).isPositive();
        assertThat(figures.has("load_average")).isTrue();
        assertThat(figures.has("first_paint_ms")).isFalse();
        assertThat(figures.has("frame_p95_ms")).isFalse();
    }
}
