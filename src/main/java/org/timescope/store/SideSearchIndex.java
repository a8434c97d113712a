package org.timescope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.timescope.service.storage.SearchText;

/**
 * The full-text index of a large load built beside it (decision 0036, session 20): in a private temporary file,
 * on its own connection and thread, while the load's connection writes the rows. SQLite lets one connection
 * write the store at a time, so this is the one part of the load a second core can take. When the rows are
 * written, the side index's tables are copied into the store's inside the load's transaction: the events are
 * searchable when the load commits, and a failed or cancelled load leaves nothing (decision 0012).
 * <p>
 * Only for a store whose full-text index is empty ({@link #usable}): the copy replaces the index's tables, it
 * cannot merge into an index that has entries. The side table is made by the store's own
 * {@code CREATE VIRTUAL TABLE} and written by the same SQLite library, so its tables are laid out as the store's.
 */
final class SideSearchIndex implements AutoCloseable {

    /** FTS5's own tables behind {@code event_fts} (content-less, with deletes: no content table). */
    private static final List<String> SHADOW = List.of("event_fts_data", "event_fts_idx", "event_fts_docsize",
            "event_fts_config");

    /** One row of the full-text index. */
    record Row(long id, String title, String summary, String evidence) {
    }

    private final Path file;
    private final Connection side;
    private final PreparedStatement insert;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-search-index");
        t.setDaemon(true);
        return t;
    });
    private Future<?> last;
    private volatile boolean stopped;
    /** The store's connection while the side file is attached to it (SQLite detaches only outside a transaction). */
    private Connection attached;

    /** True when the store's full-text index holds nothing, not even deleted entries. */
    static boolean usable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT NOT EXISTS (SELECT 1 FROM event_fts_idx) AND NOT EXISTS (SELECT 1 FROM event_fts_docsize)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Opens a side index made like the store's {@code event_fts}. */
    SideSearchIndex(Connection store) throws SQLException {
        String create;
        try (Statement s = store.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'event_fts'")) {
            rs.next();
            create = rs.getString(1);
        }
        try {
            file = Files.createTempFile("timescope-search-", ".db");
        } catch (IOException e) {
            throw new SQLException("no temporary file for the search index: " + e.getMessage(), e);
        }
        Connection opened = null;
        try {
            opened = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = opened.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF"); // a scratch file: a crash leaves the store untouched
                s.execute("PRAGMA synchronous = OFF");
                s.execute(create);
            }
            opened.setAutoCommit(false);
            insert = opened.prepareStatement("INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?,?,?,?)");
            side = opened;
        } catch (SQLException e) {
            closeQuietly(opened);
            deleteQuietly();
            throw e;
        }
    }

    /** Queues rows to be indexed on the side thread; a failure there surfaces in {@link #copyInto}. */
    void add(List<Row> rows) {
        last = thread.submit(() -> {
            if (stopped) {
                return null;
            }
            for (Row r : rows) {
                insert.setLong(1, r.id());
                insert.setString(2, SearchText.words(r.title())); // cut here, on the side thread
                insert.setString(3, SearchText.words(r.summary()));
                insert.setString(4, SearchText.words(r.evidence()));
                insert.addBatch();
            }
            insert.executeBatch();
            return null;
        });
    }

    /** Waits for the side index, then puts its tables in place of the store's, inside the store's transaction. */
    void copyInto(Connection store) throws SQLException {
        Future<?> f = last;
        try {
            if (f != null) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the search index was built", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : new SQLException(e.getCause().getMessage(), e.getCause());
        }
        side.commit();
        closeQuietly(side);
        try (Statement s = store.createStatement()) {
            s.execute("ATTACH DATABASE '" + file.toString().replace("'", "''") + "' AS side_search");
            attached = store;
            for (String table : SHADOW) {
                s.execute("DELETE FROM main." + table);
                s.execute("INSERT INTO main." + table + " SELECT * FROM side_search." + table);
            }
        }
    }

    /** Stops the side thread's work (a cancel): what it is writing is thrown away with the file. */
    void stop() {
        stopped = true;
        try {
            if (!side.isClosed()) {
                side.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
            }
        } catch (SQLException notOpen) {
            // already closed
        }
    }

    /**
     * Ends the side thread, detaches the side file and removes it; the store's tables are not touched. Called
     * after the load's transaction ended (committed or rolled back).
     */
    @Override
    public void close() {
        if (attached != null) {
            try (Statement s = attached.createStatement()) {
                s.execute("DETACH DATABASE side_search");
            } catch (SQLException ignored) {
                // the store's connection is closing or broken: the attachment goes with it
            }
            attached = null;
        }
        stopped = true;
        thread.shutdown();
        try {
            thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(side);
        deleteQuietly();
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null && !c.isClosed()) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing a scratch connection
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a scratch file in the temporary folder
        }
    }
}
