package org.timescope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * One open Timescope database file. Opening creates the file if it is missing, then brings its schema
 * up to date (see {@link Migrator}); every connection has foreign keys on, WAL journaling and a busy
 * timeout so that the window and a command line can share the file.
 */
public final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final boolean created;
    private final Migrator.Result migration;

    private Database(Path file, Connection connection, boolean created, Migrator.Result migration) {
        this.file = file;
        this.connection = connection;
        this.created = created;
        this.migration = migration;
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code file}.
     *
     * @throws StoreException if the file cannot be created or read, is not a database, or is newer than this app
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean created = !Files.exists(absolute);
        if (!created && Files.isDirectory(absolute)) {
            throw new StoreException(absolute + " is a directory, not a database file");
        }
        if (!created && !Files.isReadable(absolute)) {
            throw new StoreException("cannot read database " + absolute + ": permission denied");
        }
        createParent(absolute);
        Connection connection = connect(absolute);
        try {
            Migrator.Result result = new Migrator(absolute, connection).migrate();
            return new Database(absolute, connection, created, result);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
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

    static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
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

    /** True when this open created the file (it was not there before). */
    public boolean created() {
        return created;
    }

    public Migrator.Result migration() {
        return migration;
    }

    public int schemaVersion() {
        return read(c -> Migrator.userVersion(c));
    }

    /** A second, read-only connection to the same file, for reading in parallel (WAL lets readers share). */
    Connection openReader() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** The connection itself, for the bulk writer, which manages its own transaction. */
    Connection connection() {
        return connection;
    }

    /** Runs read-only work on the connection. */
    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it. */
    <T> T inTransaction(SqlWork<T> work) {
        return Transactions.run(connection, file, work);
    }

    @Override
    public void close() {
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
