package org.timescope.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.timescope.exchange.NativeJsonReader;
import org.timescope.model.Dataset;

/** The curated dataset shipped in {@code assets/dataset.json}, read by the same reader as any native import. */
public final class BundledDataset {

    static final String RESOURCE = "/assets/dataset.json";

    private BundledDataset() {
    }

    public static Dataset load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + RESOURCE + " is missing from this build");
            }
            return NativeJsonReader.read(in, "bundled dataset");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
