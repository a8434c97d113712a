package org.timescope.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.bench.Bench;
import org.timescope.bench.Generator;
import org.timescope.bench.PeerWorkload;
import org.timescope.bench.Repeats;
import org.timescope.bench.StartupBench;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import org.timescope.bench.WindowProbe;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope bench [--events FILE.csv… | --generate N…] [--startup [--db FILE]] [--json OUT]}: the figures of docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure import, first frame, frames, filter, search, snapshot and heap (see docs/benchmarks.md).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "FILE.csv", split = ",",
            description = "Events files made by 'generate', e.g. 10k.csv,100k.csv. Repeatable.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--generate", paramLabel = "N", split = ",", description = "Generate N events (seed 1) first, e.g. 10000,100000,1000000.")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--json", paramLabel = "OUT", description = "Write the figures as JSON.")
    Path json;

    @Option(names = "--no-window", description = "Time frames on a Java2D raster only, even when a display is there.")
    boolean noWindow;

    @Option(names = "--workload", paramLabel = "NAME",
            description = "'vis-timeline': the peer harness's workload (fit, 20 zoom windows, keep 20 organisations)"
                    + " on its events-N.csv, with --meta.")
    String workload;

    @Option(names = "--meta", paramLabel = "FILE.meta.json", split = ",",
            description = "The harness's events-N.meta.json for each --events file, in the same order.")
    List<Path> metas = new ArrayList<>();

    @Option(names = "--lanes", paramLabel = "flat|groups", defaultValue = "flat",
            description = "For --workload: 'flat' (no lanes) or 'groups' (a lane per organisation); default ${DEFAULT-VALUE}.")
    String lanes;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each size N times, each in a fresh JVM, and report min, median and max of every figure"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--import-only", description = "Measure only the import of each events file (rate, CPU time,"
            + " load average): a cheap run for comparing import changes.")
    boolean importOnly;

    @Option(names = "--startup", description = "Time real starts of the window (first picture, usable) on each"
            + " --events file (imported once) or --db collection, --repeat times; needs a display.")
    boolean startup;

    @Option(names = "--db", paramLabel = "FILE", split = ",", description = "With --startup: existing collections to open.")
    List<Path> databases = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (startup) {
            return startups();
        }
        if (importOnly && (workload != null || startup)) {
            throw new Errors.CommandFailure("--import-only measures the import alone; leave out --workload and --startup");
        }
        if (!databases.isEmpty()) {
            throw new Errors.CommandFailure("--db is for --startup (the other figures import --events files)");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Errors.CommandFailure(f + ": no such file (make one with 'timescope generate')");
            }
        }
        Path dir = Files.createTempDirectory("timescope-bench");
        List<Path> inputs = new ArrayList<>(files);
        for (int n : sizes) {
            Path csv = dir.resolve("events-" + n + ".csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                Generator.write(n, 1, w);
            }
            inputs.add(csv);
        }
        if (inputs.isEmpty()) {
            throw new Errors.CommandFailure("give --events FILE.csv or --generate N");
        }
        if (repeat < 1) {
            throw new Errors.CommandFailure("--repeat: " + repeat + " is not a number of runs (1 or more)");
        }
        PeerWorkload.Meta[] peer = workload == null ? null : peerMetas(inputs);
        List<Bench.Result> results = new ArrayList<>();
        if (peer != null && repeat == 1) {
            WindowProbe probe = Bench.displayProbe().orElseThrow(() -> new Errors.CommandFailure(
                    "the vis-timeline workload is timed in a real window, and there is no display"
                            + " (run it under Xvfb, e.g. xvfb-run -s '-screen 0 1920x1080x24' timescope bench …)"));
            PeerWorkload runner = new PeerWorkload(line -> spec.commandLine().getErr().println(line), probe);
            for (int i = 0; i < inputs.size(); i++) {
                spec.commandLine().getErr().println(inputs.get(i).getFileName() + " (vis-timeline workload, " + lanes + "):");
                results.add(runner.run(inputs.get(i), peer[i], laneMode(), dir));
            }
            for (Bench.Result r : results) {
                spec.commandLine().getOut().println(r.figures());
            }
        } else if (repeat == 1) {
            Bench bench = new Bench(line -> spec.commandLine().getErr().println(line), !noWindow && !importOnly);
            if (!importOnly) {
                spec.commandLine().getErr().println("frames: " + bench.where());
            }
            for (Path csv : inputs) {
                spec.commandLine().getErr().println(csv.getFileName() + ":");
                results.add(importOnly ? bench.importOnly(csv, dir) : bench.run(csv, dir));
            }
            for (Bench.Result r : results) {
                spec.commandLine().getOut().println(r.figures());
            }
        } else {
            for (Path csv : inputs) {
                List<Bench.Result> runs = new ArrayList<>();
                for (int i = 1; i <= repeat; i++) {
                    spec.commandLine().getErr().println(csv.getFileName() + ": run " + i + " of " + repeat);
                    runs.add(fresh(csv, dir.resolve("run-" + i + ".json")));
                }
                Bench.Result combined = Repeats.combine(runs);
                results.add(combined);
                spec.commandLine().getOut().println(csv.getFileName() + " (" + repeat + " runs, each in a fresh JVM):");
                Repeats.lines(combined).forEach(spec.commandLine().getOut()::println);
            }
        }
        if (json != null) {
            Bench.writeJson(results, json);
        }
        return 0;
    }

    /** {@code --startup}: each collection opened by a new application {@code repeat} times. */
    private int startups() throws Exception {
        if (!StartupBench.canShowWindow()) {
            throw new Errors.CommandFailure("bench --startup launches the window, and there is no display"
                    + " (run it under Xvfb, e.g. xvfb-run -s '-screen 0 1920x1080x24' timescope bench --startup …)");
        }
        if (repeat < 1) {
            throw new Errors.CommandFailure("--repeat: " + repeat + " is not a number of runs (1 or more)");
        }
        if (files.isEmpty() == databases.isEmpty() || !sizes.isEmpty()) {
            throw new Errors.CommandFailure("bench --startup takes either --events FILE.csv or --db FILE");
        }
        Path dir = Files.createTempDirectory("timescope-startup");
        List<Path> collections = new ArrayList<>();
        for (Path db : databases) {
            if (!Files.isRegularFile(db)) {
                throw new Errors.CommandFailure(db + ": no such file");
            }
            collections.add(db);
        }
        for (Path csv : files) {
            if (!Files.isRegularFile(csv)) {
                throw new Errors.CommandFailure(csv + ": no such file (make one with 'timescope generate')");
            }
            Path db = dir.resolve(csv.getFileName() + ".db");
            spec.commandLine().getErr().println(csv.getFileName() + ": importing once, as `timescope import` does");
            try (Workspace w = Workspace.open(db, true)) {
                new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
                // the column cache written too (decision 0049), so the first start is the one a user has after an
                // import; --db on a collection whose cache is missing or stale measures the start that reads rows
                w.events().prepareOpening();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Errors.CommandFailure("interrupted while the window's cache was written");
            }
            collections.add(db);
        }
        StartupBench bench = new StartupBench(line -> spec.commandLine().getErr().println(line));
        List<Bench.Result> results = new ArrayList<>();
        for (Path db : collections) {
            List<Bench.Result> runs = new ArrayList<>();
            for (int i = 1; i <= repeat; i++) {
                spec.commandLine().getErr().println(db.getFileName() + ": start " + i + " of " + repeat);
                try {
                    runs.add(bench.run(db, dir));
                } catch (IOException e) {
                    throw new Errors.CommandFailure(e.getMessage());
                }
            }
            Bench.Result result = repeat == 1 ? runs.get(0) : Repeats.combine(runs);
            results.add(result);
            spec.commandLine().getOut().println(db.getFileName() + " (" + repeat + " start" + (repeat == 1 ? "" : "s")
                    + ", each a new application):");
            Repeats.lines(result).forEach(spec.commandLine().getOut()::println);
        }
        if (json != null) {
            Bench.writeJson(results, json);
        }
        return 0;
    }

    private PeerWorkload.Meta[] peerMetas(List<Path> inputs) throws IOException {
        if (!workload.equals("vis-timeline")) {
            throw new Errors.CommandFailure("--workload: '" + workload + "' is not a workload I know (vis-timeline)");
        }
        if (!sizes.isEmpty() || metas.size() != inputs.size()) {
            throw new Errors.CommandFailure("--workload vis-timeline needs the harness's files: one --meta FILE.meta.json"
                    + " for each --events events-N.csv (" + inputs.size() + " events files, " + metas.size()
                    + " meta files), and no --generate");
        }
        laneMode();
        PeerWorkload.Meta[] read = new PeerWorkload.Meta[metas.size()];
        for (int i = 0; i < read.length; i++) {
            if (!Files.isRegularFile(metas.get(i))) {
                throw new Errors.CommandFailure(metas.get(i) + ": no such file (the harness's gen.js writes it)");
            }
            try {
                read[i] = PeerWorkload.Meta.read(metas.get(i));
            } catch (IOException e) {
                throw new Errors.CommandFailure(e.getMessage());
            }
        }
        return read;
    }

    private LaneMode laneMode() {
        return switch (lanes) {
            case "flat" -> LaneMode.NONE;
            case "groups" -> LaneMode.ORGANISATION;
            default -> throw new Errors.CommandFailure("--lanes: '" + lanes + "' is neither flat nor groups");
        };
    }

    /**
     * One run in a new JVM with this one's options and class path, so that every run starts as a user's would:
     * no code already compiled, no heap already grown. Its progress goes to our standard error.
     */
    private Bench.Result fresh(Path csv, Path json) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--events", csv.toString(), "--json", json.toString()));
        if (noWindow) {
            command.add("--no-window");
        }
        if (importOnly) {
            command.add("--import-only");
        }
        if (workload != null) {
            command.addAll(List.of("--workload", workload, "--lanes", lanes,
                    "--meta", metas.get(files.indexOf(csv)).toString()));
        }
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new Errors.CommandFailure(csv.getFileName() + ": a benchmark run ended with exit code " + exit);
        }
        return Bench.readJson(json).get(0);
    }
}
