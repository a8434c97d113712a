package org.timescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.timescope.service.ExportFormat;
import org.timescope.service.ExportService;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code timescope export --format json|csv [--out FILE] [filters]}. A file is written to a temporary
 * sibling first and moved into place, so a failed export never leaves half a file.
 */
@Command(name = "export", description = "Export the events that match the filters (or a saved view) as data.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    FilterOptions filters;
    @Mixin
    ViewOption view;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            completionCandidates = Formats.class,
            description = "json (native, re-importable), csv, timelinejs (TimelineJS JSON) or ics (iCalendar).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Workspace workspace = store.openForReading()) {
            ExportService service = new ExportService(workspace);
            org.timescope.model.EventFilter filter = ViewOption.shown(view.resolve(workspace, filters.toFilter(), "NONE"));
            if (out == null) {
                OutputStream stdout = new org.timescope.cli.StdoutStream(spec.commandLine().getOut());
                service.export(filter, format, stdout);
                stdout.flush();
                return 0;
            }
            workspace.refuseAsOutput(out);
            int count = writeFile(service, filter);
            spec.commandLine().getErr().println("Exported " + count + " events to " + out);
            return 0;
        }
    }

    private int writeFile(ExportService service, org.timescope.model.EventFilter filter) throws IOException {
        return OutputFile.write(out, stream -> service.export(filter, format, stream));
    }

    /** The values {@code --format} takes, in lower case as the documentation writes them, offered by shell completion. */
    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(java.util.Arrays.stream(ExportFormat.values()).map(ExportFormat::label).toList());
        }
    }

    /** Either case: "json" as documented, "JSON" as the values were once offered. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
