package org.timescope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import org.timescope.model.TimelineRows;

/**
 * The timeline's columns of one collection kept in a file, so that opening a large collection need not read every
 * row through the driver again (decision 0037). The file lives under {@code $XDG_CACHE_HOME/timescope/columns/},
 * named by a hash of the database's absolute path (a collection in a read-only or synced folder gets no file beside
 * it). It is never the source of truth: it is used only when its header matches the database's {@link Generation}
 * (collection identity, generation, schema version) and the format this build writes, and its length and CRC-32C
 * check out; anything else is ignored and the file written again after the next read of the database.
 *
 * <p>Layout (little-endian): the header — magic {@code TSCOLS}, format version, schema version, generation, the
 * collection's identity and the database's absolute path (each length-prefixed UTF-8), then for each of the
 * payload's two sections (the dates, then the rest: {@link Columns}) its length and CRC-32C — then the payload: each
 * column of
 * {@link TimelineRows} in its order, arrays as a length and the values, strings as a count, the byte length of
 * each (-1 for null) and their UTF-8 bytes.
 */
final class ColumnCache {

    private static final Logger LOG = Logger.getLogger(ColumnCache.class.getName());
    private static final long MAGIC = 0x0000_534C_4F43_5354L; // "TSCOLS\0\0" read as a little-endian long
    /** Raise when the layout or the meaning of a column changes: files of another format are rebuilt. */
    static final int FORMAT = 2;
    private static final int CHUNK = 1 << 20;
    /** The longest database path a header holds (Linux's PATH_MAX). */
    private static final int MAX_PATH = 4096;

    private final Path file;
    /** The database's absolute path, kept in the header so that a file whose database is gone can be removed. */
    private final String database;

    ColumnCache(Path file) {
        this(file, "");
    }

    private ColumnCache(Path file, String database) {
        this.file = file;
        this.database = database;
    }

    /** The cache file of the database at {@code database}, in the user's cache folder ({@code XDG_CACHE_HOME}). */
    static ColumnCache of(Path database, Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) // XDG: relative is ignored
                : Path.of(System.getProperty("user.home"), ".cache");
        return new ColumnCache(root.resolve("timescope").resolve("columns").resolve(name(database)),
                database.toAbsolutePath().normalize().toString());
    }

    private static String name(Path database) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(database.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16) + ".columns";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Path file() {
        return file;
    }

    /** Removes the file (its collection was deleted): a cache nobody can use again is not left behind. */
    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The columns written at exactly {@code at}; empty when there is no such file or it does not check out. */
    Optional<TimelineRows> read(Generation at) {
        return readDates(at).flatMap(Partial::rest);
    }

    /**
     * The first section of the file written at exactly {@code at} — the dates, checked against their own CRC — with
     * the rest mapped but not yet read: {@link Partial#rest} reads and checks it (a large collection's first picture
     * needs only the dates). Empty when there is no such file or it does not check out.
     */
    Optional<Partial> readDates(Generation at) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 64 || size > Integer.MAX_VALUE) {
                return stale("its length is " + size + " bytes");
            }
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            map.order(ByteOrder.LITTLE_ENDIAN);
            Header h = Header.read(map);
            if (h == null || h.format() != FORMAT) {
                return stale("it is not a column cache of this format");
            }
            if (h.damaged()) {
                return stale("its header is damaged");
            }
            if (h.datesLength() + h.restLength() != size - map.position()) {
                return stale("it is " + size + " bytes, its header says " + (map.position() + h.datesLength() + h.restLength()));
            }
            if (!h.writtenAt(at)) {
                return Optional.empty(); // written before the last change (or for another file): quietly rebuilt
            }
            int from = map.position();
            ByteBuffer dates = map.slice(from, (int) h.datesLength()).order(ByteOrder.LITTLE_ENDIAN);
            if (crc(dates) != h.datesCrc()) {
                return stale("its checksum does not match");
            }
            ByteBuffer rest = map.slice(from + (int) h.datesLength(), (int) h.restLength()).order(ByteOrder.LITTLE_ENDIAN);
            return Optional.of(new Partial(Columns.readDates(dates), rest, h.restCrc()));
        } catch (IOException | RuntimeException e) { // a file cut short or garbled inside: the database is read instead
            return stale(e.toString());
        }
    }

    private static int crc(ByteBuffer section) {
        CRC32C check = new CRC32C();
        check.update(section.duplicate());
        return (int) check.getValue();
    }

    /** A file's dates, read and checked, and the rest of it, mapped (the mapping outlives its channel). */
    final class Partial {
        private final TimelineRows dates;
        private final ByteBuffer rest;
        private final int restCrc;

        private Partial(TimelineRows dates, ByteBuffer rest, int restCrc) {
            this.dates = dates;
            this.rest = rest;
            this.restCrc = restCrc;
        }

        /** Dates-only rows ({@link TimelineRows#datesOnly}), in the order of the whole columns. */
        TimelineRows dates() {
            return dates;
        }

        /** Every column: the dates above with the rest of the file; empty when the rest does not check out. */
        Optional<TimelineRows> rest() {
            try {
                if (crc(rest) != restCrc) {
                    return stale("its checksum does not match");
                }
                return Optional.of(Columns.readRest(rest.duplicate().order(ByteOrder.LITTLE_ENDIAN), dates));
            } catch (RuntimeException e) {
                return stale(e.toString());
            }
        }
    }

    /**
     * True when the file's header says it was written at exactly {@code at} (its body is not read or checked: a
     * damaged body is still found, and ignored, by {@link #read}). Cheap: a few hundred bytes.
     */
    boolean writtenAt(Generation at) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Header h = Header.read(head(file));
            return h != null && h.format() == FORMAT && !h.damaged() && h.writtenAt(at);
        } catch (IOException e) {
            return false;
        }
    }

    private <T> Optional<T> stale(String why) {
        LOG.log(Level.INFO, "Column cache {0} not used: {1}; the collection is read from the database", new Object[] {file, why});
        return Optional.empty();
    }

    /**
     * Writes {@code rows}, read at {@code at}, to a temporary file renamed into place: a reader sees the old file or
     * the new one, never half of one. Returns false (and logs why) when the folder cannot be written.
     */
    boolean write(TimelineRows rows, Generation at) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            removeLeftovers();
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            byte[] id = at.collection().getBytes(StandardCharsets.UTF_8);
            byte[] path = database.getBytes(StandardCharsets.UTF_8);
            int headerLength = 8 + 4 + 4 + 8 + 4 + id.length + 4 + path.length + 8 + 4 + 8 + 4;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.position(headerLength);
                Sink sink = new Sink(channel);
                Columns.writeDates(rows, sink);
                long datesLength = sink.finish();
                int datesCrc = sink.crc();
                Columns.writeRest(rows, sink);
                long restLength = sink.finish();
                ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
                header.putLong(MAGIC).putInt(FORMAT).putInt(at.schema()).putLong(at.value()).putInt(id.length).put(id)
                        .putInt(path.length).put(path).putLong(datesLength).putInt(datesCrc).putLong(restLength)
                        .putInt(sink.crc()).flip();
                channel.write(header, 0);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOrphans();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Column cache {0} not written: {1}", new Object[] {file, e.toString()});
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the folder refused the file: nothing more to tidy
                }
            }
            return false;
        }
    }

    /**
     * Removes temporary files of this cache left by a process that ended while writing (a command ends with
     * {@code System.exit}, which does not wait for the writing thread). Only old ones: another process may be
     * writing one now.
     */
    private void removeLeftovers() throws IOException {
        long before = System.currentTimeMillis() - 10 * 60_000L;
        try (var parts = Files.newDirectoryStream(file.getParent(), file.getFileName() + "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toMillis() < before) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /**
     * Removes the other cache files in this folder that can never be used again: those whose database (named in
     * their header) no longer exists — the collection was deleted, renamed or moved, and a renamed one gets a file of
     * its new name — and those of an older format, which this build rewrites under their own name anyway. A file
     * this build cannot read the header of is left alone. A collection on a drive that is not mounted loses its
     * file too: its next opening reads the database once, as after any edit by another program.
     */
    private void removeOrphans() {
        try (var others = Files.newDirectoryStream(file.getParent(), "*.columns")) {
            for (Path other : others) {
                if (!other.equals(file) && orphan(other)) {
                    Files.deleteIfExists(other);
                    LOG.log(Level.INFO, "Column cache {0} removed: its collection is gone or its format is old", other);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Column caches beside {0} not tidied: {1}", new Object[] {file, e.toString()});
        }
    }

    private static boolean orphan(Path other) throws IOException {
        Header h = Header.read(head(other));
        if (h == null) {
            return false; // not a column cache: not ours to remove
        }
        if (h.format() != FORMAT) {
            return true;
        }
        return !h.damaged() && !h.database().isEmpty() && Files.notExists(Path.of(h.database())); // no path: kept
    }

    /** The first bytes of a file, as many as the longest header takes. */
    private static ByteBuffer head(Path f) throws IOException {
        try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(Header.LONGEST).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(head, 0);
            return head.flip();
        }
    }

    /**
     * A file's header (see the class comment), read once for every use: the magic not matching gives null, another
     * format only the format; lengths out of range, or a header cut short, mark it damaged.
     */
    private record Header(int format, int schema, long generation, String collection, String database,
                          long datesLength, int datesCrc, long restLength, int restCrc, boolean damaged) {

        static final int LONGEST = 8 + 4 + 4 + 8 + 4 + 256 + 4 + MAX_PATH + 8 + 4 + 8 + 4;

        static Header read(ByteBuffer in) {
            if (in.remaining() < 12 || in.getLong() != MAGIC) {
                return null;
            }
            int format = in.getInt();
            if (format != FORMAT) {
                return new Header(format, 0, 0, "", "", 0, 0, 0, 0, false);
            }
            try {
                int schema = in.getInt();
                long generation = in.getLong();
                String collection = text(in, 256);
                String database = text(in, MAX_PATH);
                long datesLength = in.getLong();
                int datesCrc = in.getInt();
                long restLength = in.getLong();
                int restCrc = in.getInt();
                boolean damaged = collection == null || database == null || datesLength < 0 || restLength < 0;
                return new Header(format, schema, generation, collection, database, datesLength, datesCrc, restLength,
                        restCrc, damaged);
            } catch (java.nio.BufferUnderflowException e) {
                return new Header(format, 0, 0, "", "", 0, 0, 0, 0, true);
            }
        }

        /** A length-prefixed UTF-8 text of at most {@code longest} bytes; null when the length is out of range. */
        private static String text(ByteBuffer in, int longest) {
            int length = in.getInt();
            if (length < 0 || length > longest || length > in.remaining()) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        boolean writtenAt(Generation at) {
            return schema == at.schema() && generation == at.value() && collection.equals(at.collection());
        }
    }

    /** Writes through one 1 MB buffer, keeping the CRC-32C and the length of what passed. */
    static final class Sink {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        private long written;
        private int sectionCrc;

        Sink(FileChannel channel) {
            this.channel = channel;
        }

        ByteBuffer room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
            }
            return buffer;
        }

        void bytes(byte[] b, int from, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, room(1).remaining());
                buffer.put(b, from, n);
                from += n;
                length -= n;
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            written += buffer.remaining();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        /** Ends a section: its length; {@link #crc} is then its CRC, and the next section starts from zero. */
        long finish() throws IOException {
            drain();
            long length = written;
            sectionCrc = (int) crc.getValue();
            crc.reset();
            written = 0;
            return length;
        }

        /** The CRC-32C of the section {@link #finish} ended. */
        int crc() {
            return sectionCrc;
        }
    }
}
