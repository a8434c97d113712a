package org.timescope.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;
import org.timescope.service.edit.IndexUpdate;
import org.timescope.model.SavedView;
import org.timescope.render.PaintStyle;
import org.timescope.render.TimelinePainter;
import org.timescope.render.java2d.Java2DCanvas;
import org.timescope.render.java2d.Java2DFonts;
import org.timescope.service.FacetFilter;
import org.timescope.service.ImportService;
import org.timescope.service.SnapshotFormat;
import org.timescope.service.SnapshotRequest;
import org.timescope.service.SnapshotService;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.Reveal;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Measures, in one process, for one events file: import rate, open-to-first-frame, frame times while
 * zooming and panning, filter and search times, a 3840×1080 PNG snapshot, and the heap after loading.
 * Frames are laid out by the window's layout engine and drawn by its painter into a 1600×900 raster
 * (Java2D) through the scale operations the wheel and drag use; with a display, they are timed again in
 * a real JavaFX window of that size ({@link WindowProbe}), from the wheel or drag event to the rendered
 * frame, and those become the main figures.
 */
public final class Bench {

    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    static final double AXIS = 44;

    /** One size's figures; names as in the JSON. */
    public record Result(Map<String, Object> figures) {
    }

    private static final List<EventFilter> TOGGLES = List.of(
            EventFilter.ALL.withOrganisations(Set.of("Organisation 7")),
            EventFilter.ALL.withThemes(Set.of("Theme 3")),
            EventFilter.ALL.withOrganisations(Set.of("Organisation 7")).withThemes(Set.of("Theme 3")));
    private static final List<String> WORDS = List.of("mediation", "customs", "ruling", "statistics");

    private final Consumer<String> log;
    private final WindowProbe window;

    /** @param useWindow time frames in a real window when the window ring finds a display */
    public Bench(Consumer<String> log, boolean useWindow) {
        this.log = log;
        this.window = useWindow ? displayProbe().orElse(null) : null;
    }

    /** The window ring's probe when there is a display to show a window on. */
    public static java.util.Optional<WindowProbe> displayProbe() {
        return ServiceLoader.load(WindowProbe.class).findFirst().filter(p -> p.display() != null);
    }

    /** Where frames are timed: a display, or none (a Java2D raster). */
    public String where() {
        return window == null ? "no display: frames drawn into a Java2D raster" : window.display();
    }

    public Result run(Path csv, Path dir) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("display", "none (Java2D raster " + WIDTH + "x" + HEIGHT + ")");
        Path db = importInto(f, csv, dir);
        System.gc();

        long t0 = System.nanoTime();
        try (Workspace w = Workspace.open(db, false); Java2DCanvas canvas = new Java2DCanvas(WIDTH, HEIGHT)) {
            List<String> themes = w.catalog().themes().stream().map(t -> t.name()).toList();
            // the window's order: the dates alone give the first picture, then titles and links are read
            EventIndex dates = EventIndex.of(w.events().timelineDates(), themes, key -> null);
            TimeScale scale = TimeScale.fit(dates.minDay(), dates.maxDay(), WIDTH, 30, 200);
            LayoutEngine engine = new LayoutEngine(org.timescope.timeline.layout.TextMeasurer.cached(
                    text -> Java2DFonts.width(text, PaintStyle.LIGHT.label()), 50_000));
            LayoutOptions options = LayoutOptions.defaults((int) ((HEIGHT - AXIS - 8) / 26) - 1);
            frame(canvas, engine, dates, Lane.of(dates, LaneMode.NONE, themes), scale, options);
            f.put("first_paint_ms", ms(t0));
            log.accept("  first frame after " + f.get("first_paint_ms") + " ms");
            EventIndex index = EventIndex.of(w.events().timelineRows(), themes, w.events()::byKey);
            List<Lane> lanes = Lane.of(index, LaneMode.NONE, themes);
            frame(canvas, engine, index, lanes, scale, options);
            long b0 = System.nanoTime();
            FacetFilter facets = FacetFilter.of(index, w); // the window builds it while loading, too
            f.put("facet_bitmaps_ms", ms(b0));
            f.put("facet_bitmaps_kb", facets.sizeInBytes() / 1024);
            f.put("ready_ms", ms(t0));
            log.accept("  titles, links and filter bitsets ready after " + f.get("ready_ms") + " ms");
            long c0 = System.nanoTime();
            settle(w);
            f.put("cache_write_wait_ms", ms(c0));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            f.put("heap_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            frames(f, canvas, engine, index, lanes, scale, options);
            clusterOpen(f, canvas, engine, index, lanes, scale, options);
            filters(f, facets, canvas, engine, themes, options);
            if (window != null) {
                inWindow(f, index, themes, facets);
            }
            edits(f, w, facets, canvas, engine, themes, options, scale);
            SnapshotService snapshots = new SnapshotService(w);
            long[] times = new long[3];
            for (int i = 0; i < times.length; i++) {
                long s0 = System.nanoTime();
                snapshots.write(new SnapshotRequest(new SavedView("bench", EventFilter.ALL, "NONE", null, null, null),
                        3840, 1080.0, 1, null, true, true, false), SnapshotFormat.PNG, new ByteArrayOutputStream());
                times[i] = System.nanoTime() - s0;
            }
            f.put("snapshot_ms", median(times));
            log.accept("  snapshot 3840x1080 PNG " + f.get("snapshot_ms") + " ms");
        }
        Workspace.delete(db.toString());
        return new Result(f);
    }

    /**
     * Waits for the collection's background work after its first read (the column cache file, 100 MB at a million
     * events, written once after an import; later openings read it): the figures after this are of the window as
     * every later opening has it, not of two cores shared with that one write.
     */
    static void settle(Workspace w) throws IOException {
        try {
            w.events().awaitBackgroundWork();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the column cache was written");
        }
    }

    /**
     * The import alone ({@code bench --import-only}): the figures {@code events}, {@code import_s},
     * {@code import_events_per_s}, {@code import_cpu_s} and {@code load_average}; the database is deleted.
     */
    public Result importOnly(Path csv, Path dir) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        Workspace.delete(importInto(f, csv, dir).toString());
        return new Result(f);
    }

    /**
     * Imports the CSV into a new database, as {@code timescope import} does (closing it included: the last
     * connection's checkpoint is part of the work), and records the wall time, the rate, the process's CPU time
     * (all threads: parsing, writing, garbage collection) and the machine's load average at the start.
     */
    private Path importInto(Map<String, Object> f, Path csv, Path dir) throws IOException {
        long lines = countLines(csv) - 1;
        f.put("events", lines);
        Path db = dir.resolve("bench-" + lines + "-" + System.nanoTime() + ".db");
        f.put("load_average", round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (Workspace w = Workspace.open(db, true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
        }
        double importS = (System.nanoTime() - t0) / 1e9;
        f.put("import_s", round(importS));
        f.put("import_events_per_s", Math.round(lines / importS));
        f.put("import_cpu_s", round((processCpuNanos() - cpu0) / 1e9));
        log.accept("  imported " + lines + " events in " + round(importS) + " s (CPU " + f.get("import_cpu_s")
                + " s, load " + f.get("load_average") + ")");
        return db;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static TimelineLayout frame(Java2DCanvas canvas, LayoutEngine engine, EventIndex index, List<Lane> lanes,
                                        TimeScale scale, LayoutOptions options) {
        TimelineLayout layout = engine.layout(index, lanes, scale, options);
        TimelinePainter.paint(canvas.surface(), new TimelinePainter.Frame(layout, index, WIDTH, HEIGHT, 0, AXIS, 0,
                -1, -1, false, PaintStyle.LIGHT));
        return layout;
    }

    /** 50 warm-up and 300 measured steps: wheel zooms at varying pointer positions, drags both ways. */
    private void frames(Map<String, Object> f, Java2DCanvas canvas, LayoutEngine engine, EventIndex index,
                        List<Lane> lanes, TimeScale start, LayoutOptions options) {
        TimeScale scale = start;
        long[] times = new long[300];
        for (int i = -50; i < times.length; i++) {
            int phase = Math.floorMod(i, 60);
            if (phase < 20) {
                scale = scale.zoomAt(200 + (i * 37) % 1200, 1.25);
            } else if (phase < 40) {
                scale = scale.panBy(i % 2 == 0 ? 60 : -45);
            } else {
                scale = scale.zoomAt(200 + (i * 53) % 1200, 0.8);
            }
            long t0 = System.nanoTime();
            frame(canvas, engine, index, lanes, scale, options);
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(times);
        f.put("frame_p50_ms", round(times[times.length / 2] / 1e6));
        f.put("frame_p95_ms", round(times[(int) (times.length * 0.95)] / 1e6));
        log.accept("  frames p50 " + f.get("frame_p50_ms") + " ms, p95 " + f.get("frame_p95_ms") + " ms");
    }

    /**
     * Opening the largest cluster of the whole range, the window's work without the toolkit: the zoom that
     * separates its events ({@link Reveal#separating}), the frame at that zoom, and the titles of the list's
     * first screenful (the list is a view over the cluster's slice, so its size costs nothing). Median of 5.
     */
    private void clusterOpen(Map<String, Object> f, Java2DCanvas canvas, LayoutEngine engine, EventIndex index,
                             List<Lane> lanes, TimeScale scale, LayoutOptions options) {
        TimelineLayout all = engine.layout(index, lanes, scale, options);
        TimelineLayout.Cluster largest = all.clusters().stream()
                .max(java.util.Comparator.comparingInt(TimelineLayout.Cluster::count)).orElse(null);
        if (largest == null) {
            return;
        }
        long[] times = new long[5];
        int shown = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            TimeScale open = new Reveal(engine, index, lanes, options).separating(largest, scale);
            for (int k = 0; k < Math.min(12, largest.events().size()); k++) {
                shown += index.title(largest.events().get(k)).length() > 0 ? 1 : 0;
            }
            frame(canvas, engine, index, lanes, open, options);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        f.put("cluster_open_events", largest.count());
        f.put("cluster_open_ms", round(times[times.length / 2] / 1e6));
        log.accept("  opening a cluster of " + largest.count() + " events " + f.get("cluster_open_ms") + " ms ("
                + shown / times.length + " rows listed)");
    }

    /**
     * Toggling an organisation, a theme and both, and full-text searches, through the window's path: the
     * bitsets give the positions and the counts of every checklist, the index takes the subset, then lay
     * out and draw.
     */
    private void filters(Map<String, Object> f, FacetFilter facets, Java2DCanvas canvas, LayoutEngine engine,
                         List<String> themes, LayoutOptions options) {
        List<EventFilter> toggles = TOGGLES;
        long[] times = new long[toggles.size() * 2];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            show(facets, toggles.get(i % toggles.size()), canvas, engine, themes, options);
            times[i] = System.nanoTime() - t0;
        }
        f.put("filter_ms", median(times));
        long[] search = new long[4];
        for (int i = 0; i < search.length; i++) {
            long t0 = System.nanoTime();
            show(facets, EventFilter.ALL.withText(WORDS.get(i)), canvas, engine, themes, options);
            search[i] = System.nanoTime() - t0;
        }
        f.put("search_ms", median(search));
        log.accept("  filter toggle " + f.get("filter_ms") + " ms, search " + f.get("search_ms") + " ms");
    }

    /**
     * The frames, toggles and searches again in a real window of the same size, through the control's
     * handlers and up to the rendered frame. These become the main figures; the raster ones stay as
     * {@code raster_*}.
     */
    private void inWindow(Map<String, Object> f, EventIndex index, List<String> themes, FacetFilter facets) {
        List<Supplier<EventIndex>> toggles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (EventFilter filter : TOGGLES) {
                toggles.add(() -> filtered(facets, filter, themes));
            }
        }
        for (String word : WORDS) {
            toggles.add(() -> filtered(facets, EventFilter.ALL.withText(word), themes));
        }
        WindowProbe.Measured m = window.measure(index, themes, WIDTH, HEIGHT, 50, 300, toggles);
        for (String key : List.of("frame_p50_ms", "frame_p95_ms", "filter_ms", "search_ms")) {
            f.put("raster_" + key, f.remove(key));
        }
        f.put("display", window.display() + ", JavaFX window " + WIDTH + "x" + HEIGHT + ", " + m.pipeline());
        long[] frames = m.frames().clone();
        Arrays.sort(frames);
        f.put("frame_p50_ms", round(frames[frames.length / 2] / 1e6));
        f.put("frame_p95_ms", round(frames[(int) (frames.length * 0.95)] / 1e6));
        int n = TOGGLES.size() * 2;
        f.put("filter_ms", median(Arrays.copyOfRange(m.toggles(), 0, n)));
        f.put("search_ms", median(Arrays.copyOfRange(m.toggles(), n, m.toggles().length)));
        log.accept("  window: frames p50 " + f.get("frame_p50_ms") + " ms, p95 " + f.get("frame_p95_ms")
                + " ms, filter " + f.get("filter_ms") + " ms, search " + f.get("search_ms") + " ms");
    }

    /**
     * An edit until it is visible, as the window does it: the command writes in one transaction, the index and
     * bitsets are updated from the edited events alone, the filter is applied and the frame drawn. Four kinds,
     * three events each: a title edit, a date change that moves the event by five years, a theme toggled on one
     * event, a delete. {@code edit_ms} is the median of the twelve; the write alone is {@code edit_write_ms}.
     */
    private void edits(Map<String, Object> f, Workspace w, FacetFilter start, Java2DCanvas canvas, LayoutEngine engine,
                       List<String> themes, LayoutOptions options, TimeScale scale) {
        Editor editor = new Editor(w);
        FacetFilter facets = start;
        long[] total = new long[12];
        long[] write = new long[12];
        long[] cpu = new long[12]; // the bench thread's CPU time for the same span (collections on their own threads)
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < total.length; i++) {
            EventIndex index = facets.index();
            TimelineEvent before = index.event((int) ((index.size() * (0.2 + 0.05 * i)) % index.size()));
            EditCommand command = switch (i % 4) {
                case 0 -> EventEdits.edit(before, with(before, before.title() + " (checked)", before.when()));
                case 1 -> EventEdits.edit(before, with(before, before.title(), DateSpan.of(PartialDate.ofYear(
                        before.when().start().year() + (before.when().start().year() > 2020 ? -5 : 5)))));
                case 2 -> EventEdits.bulk(List.of(before), EventEdits.BulkChange.theme("Theme 3",
                        !before.themes().contains("Theme 3")));
                default -> EventEdits.delete(List.of(before));
            };
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EditResult r = editor.run(command);
            write[i] = System.nanoTime() - t0;
            facets = IndexUpdate.apply(facets, r, w.events(), themes).orElseThrow(() -> new IllegalStateException(
                    "the bench's edit needed a full read: " + r.summary()));
            EventIndex shown = filtered(facets, EventFilter.ALL, themes);
            frame(canvas, engine, shown, Lane.of(shown, LaneMode.NONE, themes), scale, options);
            total[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        f.put("edit_ms", median(total));
        f.put("edit_write_ms", median(write));
        f.put("edit_max_ms", Math.round(Arrays.stream(total).max().orElse(0) / 1e6));
        f.put("edit_cpu_ms", median(cpu));
        f.put("edit_cpu_max_ms", Math.round(Arrays.stream(cpu).max().orElse(0) / 1e6));
        log.accept("  edit visible " + f.get("edit_ms") + " ms (median of 12; writing " + f.get("edit_write_ms")
                + " ms, slowest " + f.get("edit_max_ms") + " ms; the bench thread's CPU " + f.get("edit_cpu_ms")
                + " ms, most " + f.get("edit_cpu_max_ms") + " ms)");
    }

    private static TimelineEvent with(TimelineEvent e, String title, DateSpan when) {
        return new TimelineEvent(e.key(), title, e.summary(), e.category(), when, e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    private static void show(FacetFilter facets, EventFilter filter, Java2DCanvas canvas, LayoutEngine engine,
                             List<String> themes, LayoutOptions options) {
        EventIndex index = filtered(facets, filter, themes);
        if (index.size() == 0) {
            return;
        }
        TimeScale scale = TimeScale.fit(index.minDay(), index.maxDay(), WIDTH, 30, 200);
        frame(canvas, engine, index, Lane.of(index, LaneMode.NONE, themes), scale, options);
    }

    /**
     * What the window does with a filter (BrowserModel): the shown events as an index for the timeline and the
     * table, and the checklists' counts, which are worked out beside the subset and waited for here.
     */
    static EventIndex filtered(FacetFilter facets, EventFilter filter, List<String> themes) {
        FacetFilter.Result r = facets.apply(filter);
        EventIndex shown = facets.shown(r, themes);
        r.counts();
        return shown;
    }

    private static long countLines(Path csv) throws IOException {
        try (var lines = Files.lines(csv)) {
            return lines.count();
        }
    }

    private static long ms(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6);
    }

    private static long median(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return Math.round(copy[copy.length / 2] / 1e6);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Writes the results as a JSON list, one object per size. */
    public static void writeJson(List<Result> results, Path out) throws IOException {
        new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValue(out.toFile(), results.stream().map(Result::figures).toList());
    }

    /** Reads what {@link #writeJson} wrote. */
    public static List<Result> readJson(Path in) throws IOException {
        List<Map<String, Object>> list = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        return list.stream().map(m -> new Result(new LinkedHashMap<>(m))).toList();
    }
}
