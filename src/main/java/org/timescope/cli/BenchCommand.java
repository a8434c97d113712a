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
import org.timescope.bench.Repeats;
import org.timescope.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope bench [--events FILE.csv… | --generate N…] [--json OUT]}: the figures of docs/benchmarks.md. */
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

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each size N times, each in a fresh JVM, and report min, median and max of every figure"
                    + " (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
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
        List<Bench.Result> results = new ArrayList<>();
        if (repeat == 1) {
            Bench bench = new Bench(line -> spec.commandLine().getErr().println(line), !noWindow);
            spec.commandLine().getErr().println("frames: " + bench.where());
            for (Path csv : inputs) {
                spec.commandLine().getErr().println(csv.getFileName() + ":");
                results.add(bench.run(csv, dir));
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
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new Errors.CommandFailure(csv.getFileName() + ": a benchmark run ended with exit code " + exit);
        }
        return Bench.readJson(json).get(0);
    }
}
