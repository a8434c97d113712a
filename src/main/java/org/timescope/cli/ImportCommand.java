package org.timescope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import org.timescope.store.DatasetWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timescope import FILE…}: native JSON files, each in one transaction. */
@Command(name = "import", description = "Import Timescope JSON files (as written by 'export --format json'). "
        + "Each file imports completely or not at all.", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Override
    public Integer call() {
        try (Workspace workspace = store.open()) {
            ImportService service = new ImportService(workspace);
            int failures = 0;
            for (Path file : files) {
                try {
                    DatasetWriter.Summary s = service.importFile(file);
                    spec.commandLine().getOut().println("Imported " + file + ": " + s.events() + " events, "
                            + s.indicators() + " indicators, " + s.sources() + " sources");
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("timescope: " + Errors.message(e));
                    failures++;
                }
            }
            return failures == 0 ? 0 : Cli.EXIT_FAILURE;
        }
    }
}
