package org.timescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;
import org.timescope.service.FacetFilter;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import org.timescope.model.TimelineRows;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.LaneMode;

/**
 * The peer's workload (the vis-timeline harness's README, "Running the same workload in another viewer"), done
 * in the Timescope window on the harness's own files: import {@code events-N.csv} as {@code timescope import}
 * does (the rows committed, then the window's column cache written); read it into memory as the window opens it
 * (the harness's {@code load_ms}, which its first render leaves out); into a window already shown, build the index,
 * the filter's bitsets and the checklists' counts (as the window does before it is usable) and show every event
 * fitted, timed to the rendered frame (the first render, as the harness times
 * {@code new Timeline(...)} in a page already loaded); set 20 windows centred on the meta file's {@code zoomCenter}, the data range
 * divided by 2^k for k = 1…10 and back 9…0, each timed from the call to its rendered frame; then keep the 20
 * organisations of {@code filter.keepOrganisations} at the last window, timed the same way.
 */
public final class PeerWorkload {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final int ZOOM_STEPS = 20;
    private static final double SECONDS_PER_DAY = 86_400;

    /** What the harness's {@code events-N.meta.json} says about its file. */
    public record Meta(long events, double rangeStartDay, double rangeEndDay, double zoomCentreDay,
                       Set<String> keepOrganisations, long keptByFilter) {

        /** Reads a meta file; a missing or wrong field is named. */
        public static Meta read(Path file) throws IOException {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new IOException(file + ": not a vis-timeline harness meta file (cannot read it as JSON)");
            }
            Set<String> keep = new LinkedHashSet<>();
            root.path("filter").path("keepOrganisations").forEach(n -> keep.add(n.asText()));
            if (keep.isEmpty()) {
                throw new IOException(file + ": filter.keepOrganisations is missing or empty");
            }
            return new Meta(number(file, root, "n"), day(file, root, "rangeStart"), day(file, root, "rangeEnd"),
                    day(file, root, "zoomCenter"), keep, number(file, root.path("counts"), "keptByFilter"));
        }

        private static long number(Path file, JsonNode node, String field) throws IOException {
            if (!node.path(field).canConvertToLong()) {
                throw new IOException(file + ": " + field + " is missing or not a whole number");
            }
            return node.path(field).asLong();
        }

        private static double day(Path file, JsonNode root, String field) throws IOException {
            try {
                return Instant.parse(root.path(field).asText()).getEpochSecond() / SECONDS_PER_DAY;
            } catch (DateTimeParseException e) {
                throw new IOException(file + ": " + field + " is not an ISO-8601 instant: '"
                        + root.path(field).asText() + "'");
            }
        }

        /** The harness's {@code zoomWindows()}: [start, end) in epoch days, 20 of them. */
        public List<double[]> zoomWindows() {
            double full = rangeEndDay - rangeStartDay;
            List<double[]> windows = new ArrayList<>();
            for (int i = 1; i <= ZOOM_STEPS; i++) {
                int k = i <= ZOOM_STEPS / 2 ? i : ZOOM_STEPS - i;
                double w = full / Math.pow(2, k);
                windows.add(new double[] {zoomCentreDay - w / 2, zoomCentreDay + w / 2});
            }
            return windows;
        }
    }

    private final Consumer<String> log;
    private final WindowProbe window;

    public PeerWorkload(Consumer<String> log, WindowProbe window) {
        this.log = log;
        this.window = window;
    }

    /** Runs the workload with {@code lanes} (NONE is the harness's {@code flat}, ORGANISATION its {@code groups}). */
    public Bench.Result run(Path csv, Meta meta, LaneMode lanes, Path dir) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("workload", "vis-timeline");
        f.put("variant", lanes == LaneMode.ORGANISATION ? "groups" : "flat");
        f.put("events", meta.events());
        Path db = dir.resolve("peer-" + meta.events() + "-" + System.nanoTime() + ".db");
        long t0 = System.nanoTime();
        double importS;
        double cacheS;
        try (Workspace w = Workspace.open(db, true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
            long stored = w.events().count(EventFilter.ALL);
            if (stored != meta.events()) {
                throw new IOException(csv + ": " + stored + " events stored, the meta file says " + meta.events());
            }
            importS = (System.nanoTime() - t0) / 1e9;
            // as `timescope import` does before it returns (decision 0049): the window's column cache written, so
            // that the opening below reads it instead of every row
            long c0 = System.nanoTime();
            w.events().prepareOpening();
            cacheS = (System.nanoTime() - c0) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the column cache was written");
        }
        f.put("import_s", Math.round(importS * 100) / 100.0);
        f.put("import_events_per_s", Math.round(meta.events() / importS));
        f.put("import_cache_s", Math.round(cacheS * 100) / 100.0);
        log.accept("  imported " + meta.events() + " events in " + f.get("import_s") + " s, then the column cache "
                + "written in " + f.get("import_cache_s") + " s (as `timescope import` does)");
        System.gc();

        t0 = System.nanoTime();
        try (Workspace w = Workspace.open(db, false)) {
            List<String> themes = w.catalog().themes().stream().map(t -> t.name()).toList();
            TimelineRows rows = w.events().timelineRows();
            long loadNanos = System.nanoTime() - t0; // the harness's load_ms: the file read into memory
            Bench.settle(w); // nothing left to write: the cache was current
            FacetFilter[] facets = new FacetFilter[1];
            long[] indexNanos = new long[1];
            Supplier<EventIndex> first = () -> { // timed from here to its rendered frame, as vis-timeline's
                long i0 = System.nanoTime();
                EventIndex index = EventIndex.of(rows, themes, w.events()::byKey);
                facets[0] = FacetFilter.of(index, w);
                // and the checklists' counts, as the window works them out before it is usable
                EventIndex shown = Bench.filtered(facets[0], EventFilter.ALL, themes);
                indexNanos[0] = System.nanoTime() - i0;
                return shown;
            };
            long[] kept = new long[1];
            Supplier<EventIndex> filter = () -> {
                EventIndex shown = Bench.filtered(facets[0], EventFilter.ALL.withOrganisations(
                        meta.keepOrganisations()), themes);
                kept[0] = shown.size();
                return shown;
            };
            WindowProbe.Measured m = window.loaded(first, themes, lanes, WIDTH, HEIGHT, meta.zoomWindows(),
                    List.of(filter));
            if (kept[0] != meta.keptByFilter()) {
                throw new IOException(csv + ": the filter kept " + kept[0] + " events, the meta file says "
                        + meta.keptByFilter());
            }
            f.put("display", window.display() + ", JavaFX window " + WIDTH + "x" + HEIGHT + ", " + m.pipeline());
            f.put("load_ms", Math.round(loadNanos / 1e6));
            f.put("first_render_ms", Math.round(m.firstFrame() / 1e6));
            f.put("first_render_index_ms", Math.round(indexNanos[0] / 1e6)); // of which the index, bitsets and counts
            f.put("load_and_first_render_ms", Math.round(loadNanos / 1e6) + Math.round(m.firstFrame() / 1e6));
            long[] zoom = m.frames().clone();
            f.put("zoom_mean_ms", round(Arrays.stream(zoom).average().orElse(0) / 1e6));
            Arrays.sort(zoom);
            f.put("zoom_p95_ms", round(zoom[(int) Math.ceil(0.95 * zoom.length) - 1] / 1e6)); // nearest rank
            f.put("zoom_max_ms", round(zoom[zoom.length - 1] / 1e6));
            f.put("filter_ms", round(m.toggles()[0] / 1e6));
            f.put("filter_kept", kept[0]);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            f.put("heap_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            residentMegabytes().ifPresent(mb -> f.put("rss_mb", mb));
            log.accept("  first render " + f.get("first_render_ms") + " ms from the data in memory (reading the "
                    + "collection before it " + f.get("load_ms") + " ms), zoom mean " + f.get("zoom_mean_ms")
                    + " ms, p95 " + f.get("zoom_p95_ms") + " ms, filter " + f.get("filter_ms") + " ms");
        }
        Workspace.delete(db.toString());
        return new Bench.Result(f);
    }

    /** The process's resident set from /proc, the figure fairer to compare with a browser's renderer memory. */
    private static java.util.OptionalLong residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty(); // not Linux: the figure is left out
        }
        return java.util.OptionalLong.empty();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
