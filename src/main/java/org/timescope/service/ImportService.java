package org.timescope.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.NativeJsonReader;
import org.timescope.model.Dataset;
import org.timescope.store.DatasetWriter;

/** Imports files into the workspace, each file in one transaction: all of it lands, or none of it. */
public final class ImportService {

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads a native JSON file without storing it. */
    public Dataset read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return NativeJsonReader.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file + ": no such file");
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public DatasetWriter.Summary importFile(Path file) {
        Dataset dataset = read(file);
        try {
            return workspace.write(dataset);
        } catch (RuntimeException e) {
            throw new ExchangeException(file + ": " + e.getMessage() + " (nothing was imported)", e);
        }
    }
}
