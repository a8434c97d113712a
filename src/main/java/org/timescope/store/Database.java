package org.timescope.store;

import org.timescope.service.storage.NotACollectionException;
import org.timescope.service.storage.WriterWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * One open Timescope database file. Opening creates the file if it is missing (unless asked not to), refuses
 * a file that is not a Timescope collection without changing it, then brings the schema up to date (see
 * {@link Migrator}); a writable connection has foreign keys on, WAL journaling and a busy timeout so that the
 * window and a command line can share the file. A file that cannot be written is opened read-only.
 */
public final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 5_000;

    static {
        NativeLibraryLog.dropStaleCopyCleanupFailures(); // before the driver loads its native library
    }

    private final Path file;
    private final Connection connection;
    private final boolean created;
    private final Migrator.Result migration;

    /** How an open may treat the file it is given. */
    public enum Access {
        /** A missing or empty file becomes a new collection; the window and the commands that write. */
        CREATE,
        /** Only a file that already is a Timescope collection: nothing is created (the commands that only read). */
        EXISTING
    }

    private final boolean readOnly;
    private volatile WriterWait writerWait = WriterWait.standard();
    /** Read-only on a WAL file: other readers must be opened as the first was (see {@link FileInspection#url}). */
    private final boolean readWal;

    private Database(Path file, Connection connection, boolean created, Migrator.Result migration, boolean readOnly,
                     boolean readWal) {
        this.file = file;
        this.connection = connection;
        this.created = created;
        this.migration = migration;
        this.readOnly = readOnly;
        this.readWal = readWal;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}: {@link #open(Path, Access)} to create. */
    public static Database open(Path file) {
        return open(file, Access.CREATE);
    }

    /**
     * Opens the database at {@code file}. An existing file is first inspected without changing it (decision
     * 0013): one that is not an SQLite file, is damaged, belongs to another program or to a newer Timescope is
     * refused and left byte for byte as it was. A file that cannot be written, or is in a folder that cannot
     * be written, is opened read-only. Only then is the schema brought up to date and WAL turned on.
     *
     * @throws StoreException with one line naming the file and the reason
     */
    public static Database open(Path file, Access access) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            if (access == Access.EXISTING) {
                throw new StoreException("no Timescope database at " + absolute);
            }
            createParent(absolute);
            return openWritable(absolute, true);
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(absolute + " is a directory, not a database file");
        }
        if (!Files.isReadable(absolute)) {
            throw new StoreException("cannot read database " + absolute + ": permission denied");
        }
        long size = size(absolute);
        boolean writable = Files.isWritable(absolute) && Files.isWritable(absolute.getParent());
        FileInspection.Found found = size == 0 ? new FileInspection.Found(FileInspection.Kind.BLANK, 0, false)
                : FileInspection.inspect(absolute, size);
        if (found.kind() == FileInspection.Kind.BLANK) {
            if (access == Access.EXISTING) {
                throw new StoreException("no Timescope database at " + absolute + " (the file is "
                        + (size == 0 ? "empty" : "an SQLite database without tables") + ")");
            }
            if (!writable) {
                throw new StoreException(absolute + " is empty and read-only: Timescope cannot make a collection of it");
            }
            return openWritable(absolute, true);
        }
        if (found.version() > Migrator.LATEST) {
            throw new NotACollectionException(absolute + " was written by a newer Timescope (schema version " + found.version()
                    + "; this version reads up to " + Migrator.LATEST + "). Open it with a newer Timescope.");
        }
        if (writable) {
            return openWritable(absolute, false);
        }
        if (found.version() < Migrator.LATEST) {
            throw new StoreException(absolute + " is read-only and has schema version " + found.version()
                    + "; this Timescope reads version " + Migrator.LATEST + " and cannot upgrade a file it may not change");
        }
        try {
            Connection reader = FileInspection.connect(absolute, found.wal());
            return new Database(absolute, reader, false, new Migrator.Result(found.version(), found.version(), null), true,
                    found.wal());
        } catch (SQLException e) {
            throw new StoreException(describe(absolute, e), e);
        }
    }

    /** A writable connection with the journal untouched until the schema is current; then WAL. */
    private static Database openWritable(Path absolute, boolean created) {
        Connection connection = connect(absolute, false);
        try {
            Migrator.Result result = new Migrator(absolute, connection).migrate();
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            return new Database(absolute, connection, created, result, false, false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(describe(absolute, e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(Path absolute) {
        Path parent = absolute.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : "cannot create it";
            throw new StoreException("cannot create folder " + parent + " for the database: " + reason, e);
        }
    }

    /** A writable connection in WAL mode (tests use it to make fixtures). */
    static Connection connect(Path file) {
        return connect(file, true);
    }

    private static Connection connect(Path file, boolean wal) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        if (wal) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** Turns SQLite's terse error codes into a sentence that names the file. */
    static String describe(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return file + " is not a Timescope database (not an SQLite file)";
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return "cannot open database " + file + " (missing folder or no permission)";
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return file + " is damaged (SQLite reports a malformed database image; truncated?)";
        }
        if (message.contains("SQLITE_READONLY")) {
            return "database " + file + " is read-only";
        }
        if (message.contains("SQLITE_BUSY")) {
            return "database " + file + " is locked by another program; try again";
        }
        return "database " + file + ": " + message;
    }

    public Path file() {
        return file;
    }

    /** True when this open made a new collection: the file was missing, empty, or an SQLite file without tables. */
    public boolean created() {
        return created;
    }

    public Migrator.Result migration() {
        return migration;
    }

    public int schemaVersion() {
        return read(c -> Migrator.userVersion(c));
    }

    /** True when the file or its folder cannot be written: the database is read but never changed. */
    public boolean readOnly() {
        return readOnly;
    }

    /** A second, read-only connection to the same file, for reading in parallel (WAL lets readers share). */
    Connection openReader() {
        try {
            return FileInspection.connect(file, readWal);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** The connection itself, for the bulk writer, which manages its own transaction. */
    Connection connection() {
        return connection;
    }

    /**
     * Runs read-only work in one read transaction on a reading connection of its own. Reads never share the
     * writing connection: a read there (the window's, on another thread) could see an edit half done. On its own
     * connection, in one transaction, the work sees the file as of one commit — before an edit or an import, or
     * after it, never in between (WAL snapshots), however many statements it runs. Inside {@link #snapshot} the
     * work joins that snapshot.
     */
    <T> T read(SqlWork<T> work) {
        Connection held = bound.get();
        if (held != null) {
            return run(work, held);
        }
        return snapshot(() -> run(work, bound.get()));
    }

    /** Runs several reads (on this thread) in one read transaction: they all see the file as of one commit. */
    <T> T snapshot(java.util.function.Supplier<T> reads) {
        if (bound.get() != null) {
            return reads.get();
        }
        Connection c = idle.poll();
        if (c == null) {
            c = openReader();
            synchronized (readers) {
                readers.add(c);
            }
        }
        try {
            execute(c, "BEGIN");
            bound.set(c);
            return reads.get();
        } finally {
            bound.remove();
            try {
                execute(c, "COMMIT");
                idle.offer(c);
            } catch (RuntimeException e) {
                closeQuietly(c); // a connection left in a transaction is not reused
            }
        }
    }

    private <T> T run(SqlWork<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    private void execute(Connection c, String sql) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /**
     * A number that changes whenever anyone (this process's writer, another program) committed a change since the
     * last call: {@code PRAGMA data_version} of one connection kept for asking it. The values of different
     * connections cannot be compared, so the pooled readers are not asked.
     */
    synchronized long dataVersion() {
        if (versionReader == null) {
            versionReader = openReader();
            synchronized (readers) {
                readers.add(versionReader);
            }
        }
        try (java.sql.Statement s = versionReader.createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    private Connection versionReader;

    /** Reading connections not in use; one is opened whenever all are busy (threads read in parallel). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Connection> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.List<Connection> readers = new java.util.ArrayList<>();
    /** The connection whose read transaction this thread is inside, if any. */
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    /**
     * Runs work in one transaction: all of it is committed, or none of it. Another program writing the file is
     * waited for ({@link #writerWait()}).
     */
    <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(writerWait, work);
    }

    /** Runs work in one transaction, waiting for another writer as {@code wait} says. */
    <T> T inTransaction(WriterWait wait, SqlWork<T> work) {
        return Transactions.run(connection, file, wait, work);
    }

    /** How a write waits for another program's write: up to the default limit unless set otherwise. */
    WriterWait writerWait() {
        return writerWait;
    }

    void writerWait(WriterWait wait) {
        this.writerWait = wait;
    }

    @Override
    public void close() {
        synchronized (readers) {
            readers.forEach(Database::closeQuietly);
            readers.clear();
        }
        idle.clear();
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection we are done with; nothing useful to report
        }
    }
}
