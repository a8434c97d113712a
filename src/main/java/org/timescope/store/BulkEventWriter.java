package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.service.storage.SearchText;

/**
 * Streams many events into the store in one transaction: events arrive one by one, are checked against
 * stored ids in chunks, get their ids assigned here, and go in as prepared-statement batches; names are
 * resolved once and cached ({@link BulkNames}); unknown organisations, themes, people and places are created. With many
 * events the secondary indexes are dropped during the load and built once at the end. Nothing is
 * visible to others until {@link #finish()}; any failure rolls everything back.
 */
public final class BulkEventWriter implements org.timescope.service.storage.BulkLoader {

    private static final int CHUNK = 5_000;
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS event_first_day ON event(first_day, last_day)",
            "CREATE INDEX IF NOT EXISTS event_last_day ON event(last_day)",
            "CREATE INDEX IF NOT EXISTS event_organisation_org ON event_organisation(organisation_id, event_id)",
            "CREATE INDEX IF NOT EXISTS event_theme_theme ON event_theme(theme_id, event_id)",
            "CREATE INDEX IF NOT EXISTS event_person_person ON event_person(person_id, event_id)",
            "CREATE INDEX IF NOT EXISTS event_place_place ON event_place(place_id, event_id)",
            "CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event_id)");

    private final Database database;
    private final Connection c;
    private final boolean large;
    private final BulkNames names;
    private final List<TimelineEvent> pending = new ArrayList<>(CHUNK);
    private final boolean storeHadEvents;
    private final PreparedStatement event;
    private final PreparedStatement eventOrg;
    private final PreparedStatement eventTheme;
    private final PreparedStatement eventPerson;
    private final PreparedStatement eventPlace;
    private final PreparedStatement evidence;
    private final PreparedStatement fts;
    private long nextId;
    private long firstId;
    private final org.timescope.service.storage.Storage.ImportLog log;
    private ImportRecord record;
    private int added;
    private int skipped;
    private volatile boolean done;
    private volatile boolean cancelled;
    /** What the load changed on the connection (checks, journal), put back when it ends. */
    private LoadSettings settings;
    /** The generation's triggers taken off for the load (decision 0044), made again before it commits. */
    private List<String> triggers = List.of();
    /** Writes chunks of a large load on its own thread; null for small loads. */
    private final java.util.concurrent.ExecutorService writer;
    private java.util.concurrent.Future<?> inFlight;
    /** The full-text index built beside a large load into an empty index; null otherwise (rows go to {@link #fts}). */
    private SideSearchIndex sideSearch;

    /**
     * Starts a load citing {@code source} (stored if new). {@code expected} is a hint of how many events
     * will come: above 50,000 the indexes are rebuilt at the end instead of kept up to date.
     */
    public BulkEventWriter(Database database, Source source, String themeNote, int expected,
                           org.timescope.service.storage.Storage.ImportLog log) {
        this(database, source, themeNote, expected, log, database.writerWait());
    }

    /** As above; while another program writes the file, the load waits its turn as {@code wait} says. */
    public BulkEventWriter(Database database, Source source, String themeNote, int expected,
                           org.timescope.service.storage.Storage.ImportLog log,
                           org.timescope.service.storage.WriterWait wait) {
        this.log = log;
        this.database = database;
        this.c = database.connection();
        this.large = expected > 50_000;
        this.writer = large ? java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bulk-writer");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            this.settings = large ? LoadSettings.large(c) : LoadSettings.small(c);
            c.setAutoCommit(false);
            WriteLock.take(c, database.file(), wait); // raises the generation once for the whole load
            triggers = GenerationTriggers.drop(c); // else they would raise it again for every row written
            this.record = ImportRecord.start(c);
            this.names = new BulkNames(c, themeNote);
            names.addSource(source);
            this.storeHadEvents = count("SELECT count(*) FROM event") > 0;
            this.nextId = count("SELECT coalesce(max(id), 0) FROM event") + 1;
            this.firstId = nextId;
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -262144"); // 256 MB of page cache while loading and indexing
                s.execute("PRAGMA temp_store = MEMORY");
                s.execute("PRAGMA threads = 2"); // index builds sort with a helper thread
            }
            if (large) {
                try (Statement s = c.createStatement()) {
                    for (String index : INDEXES) {
                        s.execute("DROP INDEX IF EXISTS " + index.split(" ")[5]);
                    }
                }
                if (SideSearchIndex.usable(c)) {
                    sideSearch = new SideSearchIndex(c);
                }
            }
            event = c.prepareStatement("INSERT INTO event(id, key, title, summary, category, start_date, end_date, "
                    + "precision, first_day, last_day, approximate, inferred, date_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            eventOrg = c.prepareStatement("INSERT OR IGNORE INTO event_organisation(event_id, organisation_id, role, "
                    + "ordinal) VALUES (?,?,?,?)");
            eventTheme = c.prepareStatement("INSERT OR IGNORE INTO event_theme(event_id, theme_id, ordinal) VALUES (?,?,?)");
            eventPerson = c.prepareStatement("INSERT OR IGNORE INTO event_person(event_id, person_id, role, ordinal) "
                    + "VALUES (?,?,?,?)");
            eventPlace = c.prepareStatement("INSERT OR IGNORE INTO event_place(event_id, place_id, ordinal) VALUES (?,?,?)");
            evidence = c.prepareStatement("INSERT INTO evidence(event_id, source_id, quote, start_offset, end_offset, "
                    + "ordinal) VALUES (?,?,?,NULL,NULL,?)");
            fts = c.prepareStatement("INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?,?,?,?)");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (writer != null) {
                writer.shutdown();
            }
            throw e instanceof StoreException se ? se : e instanceof SQLException sql
                    ? new StoreException(Database.describe(database.file(), sql), sql) : (RuntimeException) e;
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * One event of the load; its key is not repeated in the load (the reader's {@code InFileKeys} sees to that: a
     * repeat is skipped or renamed before it gets here). A key repeated all the same fails the load on the table's
     * unique key, loudly.
     */
    @Override
    public void add(TimelineEvent e) {
        pending.add(e);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * Hands the pending chunk over. A large load writes it on the writer thread while the caller goes on
     * parsing the next chunk (at most one chunk in flight); a small one writes it here.
     */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<TimelineEvent> chunk = new ArrayList<>(pending);
        pending.clear();
        if (writer == null) {
            writeChunk(chunk);
            return;
        }
        awaitWriter();
        inFlight = writer.submit(() -> writeChunk(chunk));
    }

    /** Waits for the chunk in flight; its failure (already rolled back) becomes the caller's. */
    private void awaitWriter() {
        java.util.concurrent.Future<?> f = inFlight;
        inFlight = null;
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new StoreException("the import was interrupted (nothing was stored)", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void writeChunk(List<TimelineEvent> chunk) {
        try {
            stopIfCancelled();
            Set<String> stored = storeHadEvents ? storedKeys(chunk) : Set.of();
            List<SideSearchIndex.Row> search = sideSearch == null ? null : new ArrayList<>(chunk.size());
            for (TimelineEvent e : chunk) {
                if (stored.contains(e.key())) {
                    skipped++;
                } else {
                    write(e, nextId++, search);
                    added++;
                }
            }
            if (search != null) {
                sideSearch.add(search);
            }
            for (PreparedStatement ps : List.of(event, eventOrg, eventTheme, eventPerson, eventPlace, evidence, fts)) {
                ps.executeBatch();
            }
        } catch (SQLException ex) {
            rollbackQuietly();
            throw cancelled ? cancelledFailure(ex) : new StoreException(Database.describe(database.file(), ex), ex);
        } catch (RuntimeException ex) {
            rollbackQuietly();
            throw ex;
        }
    }

    private Set<String> storedKeys(List<TimelineEvent> chunk) throws SQLException {
        StringBuilder json = new StringBuilder("[");
        for (TimelineEvent e : chunk) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(e.key().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        json.append(']');
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM event WHERE key IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, json.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    private void write(TimelineEvent e, long id, List<SideSearchIndex.Row> search) throws SQLException {
        event.setLong(1, id);
        event.setString(2, e.key());
        event.setString(3, e.title());
        event.setString(4, e.summary());
        event.setString(5, e.category());
        event.setString(6, e.when().start().toString());
        event.setString(7, e.when().end() == null ? null : e.when().end().toString());
        event.setString(8, e.when().precision().calendar().label());
        event.setLong(9, e.when().firstDay().toEpochDay());
        event.setLong(10, e.when().lastDay().toEpochDay());
        event.setInt(11, e.approximate() ? 1 : 0);
        event.setInt(12, e.inferred() ? 1 : 0);
        event.setString(13, e.dateNote());
        event.addBatch();
        int ordinal = 0;
        for (OrganisationRole r : e.organisations()) {
            eventOrg.setLong(1, id);
            eventOrg.setLong(2, names.organisation(r.organisation()));
            eventOrg.setString(3, r.role() == null ? "" : r.role());
            eventOrg.setInt(4, ordinal++);
            eventOrg.addBatch();
        }
        ordinal = 0;
        for (String t : e.themes()) {
            eventTheme.setLong(1, id);
            eventTheme.setLong(2, names.theme(t));
            eventTheme.setInt(3, ordinal++);
            eventTheme.addBatch();
        }
        ordinal = 0;
        for (PersonRole p : e.people()) {
            eventPerson.setLong(1, id);
            eventPerson.setLong(2, names.person(p.name()));
            eventPerson.setString(3, p.role() == null ? "" : p.role());
            eventPerson.setInt(4, ordinal++);
            eventPerson.addBatch();
        }
        ordinal = 0;
        for (String place : e.places()) {
            eventPlace.setLong(1, id);
            eventPlace.setLong(2, names.place(place));
            eventPlace.setInt(3, ordinal++);
            eventPlace.addBatch();
        }
        List<String> quotes = new ArrayList<>(e.evidence().size());
        ordinal = 0;
        for (Evidence ev : e.evidence()) {
            evidence.setLong(1, id);
            evidence.setLong(2, names.source(ev.sourceKey()));
            evidence.setString(3, ev.quote());
            evidence.setInt(4, ordinal++);
            evidence.addBatch();
            quotes.add(ev.quote());
        }
        String searchEvidence = EventWriter.searchEvidence(e.title(), quotes);
        if (search != null) {
            search.add(new SideSearchIndex.Row(id, e.title(), e.summary(), searchEvidence));
            return;
        }
        fts.setLong(1, id);
        fts.setString(2, SearchText.words(e.title()));
        fts.setString(3, SearchText.words(e.summary()));
        fts.setString(4, SearchText.words(searchEvidence));
        fts.addBatch();
    }

    /**
     * Stops the statement SQLite is running (an index build, a batch), from any thread; the load then fails
     * and is rolled back. Between statements it does nothing: callers also stop handing events over.
     */
    @Override
    public void cancel() {
        if (cancelled) {
            return; // one interrupt is enough: later statements check the flag first
        }
        cancelled = true;
        SideSearchIndex side = sideSearch;
        if (side != null) {
            side.stop();
        }
        try {
            c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
        } catch (SQLException e) {
            // not an SQLite connection: nothing to interrupt; the caller stops at its next check
        }
    }

    /** Another source events may cite (CSV names sources by title). */
    @Override
    public void addSource(Source s) {
        awaitWriter(); // the connection is the writer thread's while a chunk is in flight
        try {
            names.addSource(s);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(Database.describe(database.file(), e), e);
        }
    }

    /** Writes what is left, rebuilds dropped indexes and commits. */
    @Override
    public Result finish() {
        flush();
        awaitWriter();
        try {
            if (large) {
                try (Statement s = c.createStatement()) {
                    for (String index : INDEXES) {
                        stopIfCancelled();
                        s.execute(index);
                    }
                }
                if (sideSearch != null) {
                    stopIfCancelled();
                    sideSearch.copyInto(c); // after the index builds: the side thread has long finished
                }
            }
            stopIfCancelled();
            long group = 0;
            if (log != null && added > 0) {
                record.events(firstId, nextId - 1, added);
                group = record.log(c, log);
            }
            GenerationTriggers.restore(c, triggers); // in the load's transaction: other writers never miss them
            c.commit();
            c.setAutoCommit(true);
            closeSideSearch();
            restoreSettings();
            done = true;
            return new Result(added, skipped, group);
        } catch (SQLException e) {
            rollbackQuietly();
            throw cancelled ? cancelledFailure(e) : new StoreException(Database.describe(database.file(), e), e);
        }
    }

    private void stopIfCancelled() throws SQLException {
        if (cancelled) {
            throw new SQLException("cancelled");
        }
    }

    private StoreException cancelledFailure(Exception cause) {
        return new StoreException("import cancelled (nothing was stored in " + database.file() + ")", cause);
    }

    private void rollbackQuietly() {
        try {
            rollback();
            c.setAutoCommit(true);
            closeSideSearch();
            restoreSettings();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
        done = true;
    }

    /**
     * Rolls the load back. A statement stopped by {@link #cancel()} (an index build, a batch) makes SQLite roll the
     * transaction back itself, while the driver still believes one is open: its rollback then fails ("no
     * transaction is active") and, before this, the checks stayed off and the journal out of WAL. An empty
     * transaction gives the driver's rollback something to end.
     */
    private void rollback() throws SQLException {
        try {
            c.rollback();
        } catch (SQLException noTransaction) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException stillOpen) {
                // a transaction is open after all (the first attempt was interrupted): roll that back
            }
            c.rollback();
        }
    }

    /** Detaches and removes the side index once the load's transaction has ended. */
    private void closeSideSearch() {
        SideSearchIndex side = sideSearch;
        if (side != null) {
            side.close();
        }
    }

    private void restoreSettings() throws SQLException {
        (settings != null ? settings : LoadSettings.small(c)).restore(); // checks on even if setting up failed
    }

    /** Rolls back a load that was not finished (an exception on the way). */
    @Override
    public void close() {
        if (writer != null) {
            try {
                awaitWriter();
            } catch (RuntimeException alreadyReported) {
                // the load failed and was rolled back; the caller has or will get that failure
            }
            writer.shutdown();
        }
        for (PreparedStatement ps : new PreparedStatement[] {event, eventOrg, eventTheme, eventPerson, eventPlace, evidence, fts}) {
            try {
                if (ps != null) {
                    ps.close();
                }
            } catch (SQLException ignored) {
                // closing
            }
        }
        if (!done) {
            rollbackQuietly();
        }
        closeSideSearch(); // also when setting up or rolling back failed before it
    }
}
