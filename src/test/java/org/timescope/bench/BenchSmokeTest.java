package org.timescope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small file and reports every figure (not a timing test). */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryFigureForASmallFile() throws Exception {
        Path csv = dir.resolve("small.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Generator.write(3000, 1, w);
        }
        Bench.Result r = new Bench(line -> { }, false).run(csv, dir);
        assertThat(r.figures()).containsKeys("events", "import_events_per_s", "first_paint_ms", "frame_p50_ms",
                "frame_p95_ms", "filter_ms", "search_ms", "edit_ms", "edit_write_ms", "snapshot_ms", "heap_mb", "display");
        assertThat(r.figures().get("events")).isEqualTo(3000L);
        Path json = dir.resolve("bench.json");
        Bench.writeJson(List.of(r), json);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get(0).get("frame_p95_ms")
                .isNumber()).isTrue();
    }
}
