package org.timescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
@Command(name = "export", description = "Export the events that match the filters as native JSON or CSV.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "json (native, re-importable) or csv.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Workspace workspace = store.open()) {
            ExportService service = new ExportService(workspace);
            if (out == null) {
                OutputStream stdout = new org.timescope.cli.StdoutStream(spec.commandLine().getOut());
                service.export(filters.toFilter(), format, stdout);
                stdout.flush();
                return 0;
            }
            int count = writeFile(service);
            spec.commandLine().getErr().println("Exported " + count + " events to " + out);
            return 0;
        }
    }

    private int writeFile(ExportService service) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new Errors.CommandFailure("cannot write " + out + ": it is a directory");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (NoSuchFileException e) {
            throw new Errors.CommandFailure("cannot write " + out + ": folder " + dir + " does not exist");
        } catch (AccessDeniedException e) {
            throw new Errors.CommandFailure("cannot write " + out + ": permission denied");
        }
        try {
            int count;
            try (OutputStream stream = Files.newOutputStream(temp)) {
                count = service.export(filters.toFilter(), format, stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

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
