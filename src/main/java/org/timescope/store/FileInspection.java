package org.timescope.store;

import org.timescope.service.storage.NotACollectionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Finds out what an existing file is without changing a byte of it: its header is read as plain bytes,
 * then its schema through a read-only connection that sets no journal mode (decision 0013). A file that
 * is not a Timescope collection is refused here, before any connection that could write is opened.
 */
final class FileInspection {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    private static final int MAX_NAMED_TABLES = 6;

    /** What the file holds: no tables at all (may be initialised), or a Timescope schema of some version. */
    enum Kind { BLANK, TIMESCOPE }

    /** The result: its kind, its schema version, and whether its header says WAL. */
    record Found(Kind kind, int version, boolean wal) {
    }

    private FileInspection() {
    }

    /**
     * Inspects a non-empty, readable file.
     *
     * @throws StoreException naming the file and why it is not a Timescope collection
     */
    static Found inspect(Path file, long size) {
        byte[] header = header(file);
        int n = Math.min(header.length, MAGIC.length);
        if (n == 0 || !java.util.Arrays.equals(header, 0, n, MAGIC, 0, n)) {
            throw new StoreException(file + " is not a Timescope database (not an SQLite file)");
        }
        if (header.length < HEADER) {
            throw new StoreException(file + " is damaged: it ends inside the SQLite header (" + size + " bytes; truncated?)");
        }
        boolean wal = header[18] == 2 && header[19] == 2;
        checkLength(file, size, header);
        try {
            return recognise(file, wal);
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("SQLITE_READONLY_ROLLBACK")) {
                throw new StoreException(Database.describe(file, e), e);
            }
        }
        // a hot journal (a writer crashed): the file as it lies may be half-written, so a copy of it and its journal
        // is rolled back and read; the file itself is rolled back by the writable open only once it is known to be
        // a Timescope collection (another program's file and journal stay as they are)
        try {
            return recogniseRolledBackCopy(file, wal);
        } catch (SQLException e) {
            throw new StoreException(Database.describe(file, e), e);
        }
    }

    private static Found recogniseRolledBackCopy(Path file, boolean wal) throws SQLException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("timescope-inspect");
            Path copy = dir.resolve("copy.db");
            Files.copy(file, copy);
            Files.copy(file.resolveSibling(file.getFileName() + "-journal"), dir.resolve("copy.db-journal"));
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy);
                 java.sql.Statement st = c.createStatement()) {
                st.executeQuery("SELECT count(*) FROM sqlite_master").close(); // a writable reader rolls the copy back
            }
            return recognise(copy, wal);
        } catch (NotACollectionException e) {
            throw new NotACollectionException(e.getMessage().replace(dir.resolve("copy.db").toString(), file.toString()));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read " + file + " to check it after a crash: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (java.io.IOException ignored) {
            // a temporary copy left behind in the temp folder is harmless
        }
    }

    private static Found recognise(Path file, boolean wal) throws SQLException {
        try (Connection c = connect(file, wal)) {
            int version = Migrator.userVersion(c);
            List<String> tables = tables(c);
            if (tables.isEmpty() && version == 0) {
                return new Found(Kind.BLANK, 0, wal);
            }
            if (version > 0 && tables.contains("event")) {
                return new Found(Kind.TIMESCOPE, version, wal);
            }
            throw new NotACollectionException(file + " is an SQLite database of another program (" + describe(tables, version)
                    + "), not a Timescope collection");
        }
    }


    /**
     * A read-only connection that changes nothing on disk. A WAL file without a {@code -wal} beside it has no
     * other connection open on it, so it is read as immutable: that creates no {@code -wal}/{@code -shm} files.
     */
    static Connection connect(Path file, boolean wal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        return config.createConnection(url(file, wal));
    }

    static String url(Path file, boolean wal) {
        boolean immutable = wal && !Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        return immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER);
        } catch (IOException e) {
            throw new StoreException("cannot read database " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file shorter than the pages its header counts (when that count is valid) was cut off. */
    private static void checkLength(Path file, long size, byte[] header) {
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        long pageBytes = pageSize == 1 ? 65_536 : pageSize;
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean countValid = pages > 0 && b.getInt(24) == b.getInt(92);
        boolean walPending = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        if (pageBytes < 512 || size < pageBytes || (countValid && !walPending && size < pages * pageBytes)) {
            throw new StoreException(file + " is damaged: the file is " + size + " bytes but its header describes "
                    + (countValid ? pages * pageBytes + " bytes" : "pages of " + pageBytes + " bytes")
                    + " (truncated?)");
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String describe(List<String> tables, int version) {
        if (tables.isEmpty()) {
            return "no tables, user_version " + version;
        }
        String shown = String.join(", ", tables.subList(0, Math.min(tables.size(), MAX_NAMED_TABLES)));
        return "tables: " + shown + (tables.size() > MAX_NAMED_TABLES ? ", … " + tables.size() + " in all" : "");
    }
}
