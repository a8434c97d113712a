package org.timescope.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.timescope.bench.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope generate --events N --seed S --out FILE.csv}: synthetic events for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic events as CSV (id,start,end,title,organisation,theme), deterministic for a seed.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", required = true, description = "How many events.")
    int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || events > 50_000_000) {
            throw new Errors.CommandFailure("--events must be between 1 and 50,000,000");
        }
        OutputFile.write(out, stream -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            Generator.write(events, seed, w);
            w.flush();
            return null;
        });
        spec.commandLine().getErr().println("Wrote " + events + " events to " + out);
        return 0;
    }
}
