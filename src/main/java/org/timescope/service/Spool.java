package org.timescope.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.timescope.exchange.ExchangeException;

/**
 * A pipe, a device or {@code /dev/stdin} given to import: read once, from its first byte to its end, into a file of its
 * own (named as it is) that the import then reads as often as it needs — telling the format, reading, storing. Reading
 * a pipe again would find its first bytes gone, or wait for a writer that has left; a device without end ({@code
 * /dev/zero}) is cut at the most an import reads. Messages name what was given, not the copy; the copy is deleted.
 */
final class Spool {

    private Spool() {
    }

    /** Whether {@code file} is something other than a regular file or a folder (a pipe, a device). */
    static boolean needed(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    static <T> T of(Path file, long max, Function<Path, T> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("timescope-import-");
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read it (no room for a copy: " + e.getMessage() + ")", e);
        }
        Path name = file.getFileName() == null ? Path.of("input") : file.getFileName();
        Path copy = dir.resolve(name.toString());
        try {
            long read;
            try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(copy)) {
                read = in.transferTo(new Bounded(out, max + 1));
            } catch (Bounded.Full full) {
                throw new ExchangeException(file + ": more than " + (max >> 20) + " MB came from it (a device or a pipe "
                        + "without an end?); nothing was imported");
            } catch (IOException e) {
                throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
            }
            if (read == 0) {
                throw new ExchangeException(file + ": the file is empty");
            }
            try {
                return work.apply(copy);
            } catch (ExchangeException e) {
                throw new ExchangeException(e.getMessage().replace(copy.toString(), file.toString()), e);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a copy left in the temporary folder is the system's to clear
            }
        }
    }

    /** An output that takes at most {@code max} bytes, then refuses. */
    private static final class Bounded extends OutputStream {
        static final class Full extends IOException {
            Full() {
                super("full");
            }
        }

        private final OutputStream out;
        private long left;

        Bounded(OutputStream out, long max) {
            this.out = out;
            this.left = max;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new Full();
            }
            left -= len;
            out.write(b, off, len);
        }
    }
}
