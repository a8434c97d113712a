package org.timescope.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timescope.bench.PeerWorkload;
import org.timescope.timeline.layout.LaneMode;

/**
 * The peer's workload runs in the window on a file shaped like the vis-timeline harness's (its header, its
 * organisation filter, its meta file), and the zoom windows are the harness's own.
 */
@ExtendWith(ApplicationExtension.class)
class PeerWorkloadTest {

    private static final List<String> ORGANISATIONS = List.of("Baltic Water Authority", "Greater Data Association",
            "Royal Forestry Association", "United Safety Office", "Coastal Research Office");

    @TempDir
    Path dir;

    @Test
    void theZoomWindowsHalveTheRangeTenTimesAroundTheCentreAndComeBack() throws IOException {
        PeerWorkload.Meta meta = PeerWorkload.Meta.read(meta(1000, List.of("Baltic Water Authority"), 100));
        List<double[]> windows = meta.zoomWindows();
        // the harness: 1990-01-01 … 2031-01-01 is 14,975 days; centre 2012-06-15
        double centre = LocalDate.of(2012, 6, 15).toEpochDay();
        assertThat(windows).hasSize(20);
        assertThat(windows.get(0)[1] - windows.get(0)[0]).isEqualTo(14_975 / 2.0);
        assertThat(windows.get(9)[1] - windows.get(9)[0]).isEqualTo(14_975 / 1024.0); // k = 10: about 14.6 days
        assertThat(windows.get(19)[1] - windows.get(19)[0]).isEqualTo(14_975.0); // back to k = 0
        assertThat(windows).allSatisfy(w -> assertThat((w[0] + w[1]) / 2).isEqualTo(centre));
    }

    @Test
    void aMetaFileWithoutTheFilterIsNamed() throws IOException {
        Path bad = dir.resolve("events-5.meta.json");
        Files.writeString(bad, "{\"n\": 5}");
        assertThatThrownBy(() -> PeerWorkload.Meta.read(bad)).hasMessage(bad + ": filter.keepOrganisations is missing or empty");
    }

    @Test
    void theWorkloadImportsZoomsTwentyTimesAndKeepsTheNamedOrganisations() throws IOException {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>(List.of("id,start,end,title,organisation,theme"));
        int kept = 0;
        for (int i = 1; i <= 300; i++) {
            // the harness's form: ISO-8601 instants with second precision, "2012-06-15T08:03:41Z"
            java.time.Instant start = java.time.Instant.parse("1990-01-01T00:00:00Z")
                    .plusSeconds(random.nextInt(14_975) * 86_400L + random.nextInt(86_400));
            String end = random.nextInt(5) == 0 ? start.plusSeconds((1 + random.nextInt(400)) * 86_400L).toString() : "";
            String org = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
            if (org.equals("Baltic Water Authority") || org.equals("Coastal Research Office")) {
                kept++;
            }
            lines.add(i + "," + start + "," + end + ",Interim review number " + i + " of soil carbon," + org
                    + ",Theme " + random.nextInt(4));
        }
        Path csv = dir.resolve("events-300.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        PeerWorkload.Meta meta = PeerWorkload.Meta.read(meta(300, List.of("Baltic Water Authority",
                "Coastal Research Office"), kept));

        Map<String, Object> f = new PeerWorkload(line -> { }, new JavaFxWindowProbe())
                .run(csv, meta, LaneMode.ORGANISATION, dir).figures();

        assertThat(f.get("events")).isEqualTo(300L);
        assertThat(f.get("variant")).isEqualTo("groups");
        assertThat(f.get("filter_kept")).isEqualTo((long) kept);
        // imported as `timescope import` does: the rows, then the window's column cache, timed apart
        assertThat(f).containsKeys("import_s", "import_cache_s");
        assertThat((double) f.get("zoom_p95_ms")).isPositive().isLessThanOrEqualTo((double) f.get("zoom_max_ms"));
        // the first render starts with the data in memory, as the harness's does; the read is reported beside it
        assertThat((long) f.get("first_render_ms")).isGreaterThanOrEqualTo((long) f.get("first_render_index_ms"));
        assertThat((long) f.get("load_and_first_render_ms"))
                .isEqualTo((long) f.get("load_ms") + (long) f.get("first_render_ms"));
        assertThat((double) f.get("filter_ms")).isPositive();
    }

    private Path meta(long n, List<String> keep, long kept) throws IOException {
        Path meta = dir.resolve("events-" + n + ".meta.json");
        Files.writeString(meta, "{\"n\": " + n + ", \"rangeStart\": \"1990-01-01T00:00:00Z\", \"rangeEnd\":"
                + " \"2031-01-01T00:00:00Z\", \"zoomCenter\": \"2012-06-15T00:00:00Z\", \"filter\": {\"keepOrganisations\": ["
                + String.join(", ", keep.stream().map(k -> "\"" + k + "\"").toList()) + "]}, \"counts\": {\"keptByFilter\": "
                + kept + "}}");
        return meta;
    }
}
