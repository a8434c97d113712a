package org.timescope.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.bench.Bench;
import org.timescope.bench.Generator;
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
        List<Bench.Result> results = new ArrayList<>();
        Bench bench = new Bench(line -> spec.commandLine().getErr().println(line), !noWindow);
        spec.commandLine().getErr().println("frames: " + bench.where());
        for (Path csv : inputs) {
            spec.commandLine().getErr().println(csv.getFileName() + ":");
            results.add(bench.run(csv, dir));
        }
        for (Bench.Result r : results) {
            spec.commandLine().getOut().println(r.figures());
        }
        if (json != null) {
            Bench.writeJson(results, json);
        }
        return 0;
    }
}
