package org.timescope.store;

import java.nio.file.Path;
import org.timescope.model.Dataset;
import org.timescope.model.Source;
import org.timescope.service.storage.BulkLoader;
import org.timescope.service.storage.CatalogStore;
import org.timescope.service.storage.ChangeLog;
import org.timescope.service.storage.EventStore;
import org.timescope.service.storage.SavedViewStore;
import org.timescope.service.storage.Storage;
import org.timescope.service.storage.WriterWait;

/** A collection in one SQLite file: the storage interfaces over {@link Database} and its repositories. */
public final class SqliteStorage implements Storage {

    private final Database database;
    private final EventRepository events;
    private final CatalogRepository catalog;
    private final SavedViewRepository savedViews;
    private final SqliteChangeLog changes;

    public SqliteStorage(Database database) {
        this.database = database;
        this.events = new EventRepository(database);
        this.catalog = new CatalogRepository(database);
        this.savedViews = new SavedViewRepository(database);
        this.changes = new SqliteChangeLog(database);
    }

    public static SqliteStorage open(Path file) {
        return new SqliteStorage(Database.open(file));
    }

    public Path file() {
        return database.file();
    }

    @Override
    public String location() {
        return database.file().toString();
    }

    /** The database file, or its write-ahead log, shared memory or rollback journal. */
    @Override
    public boolean storedIn(java.nio.file.Path file) {
        java.nio.file.Path db = database.file().toAbsolutePath().normalize();
        java.nio.file.Path target = file.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            java.nio.file.Path own = db.resolveSibling(db.getFileName() + suffix);
            if (target.equals(own)) {
                return true;
            }
            try {
                if (java.nio.file.Files.exists(target) && java.nio.file.Files.exists(own)
                        && java.nio.file.Files.isSameFile(target, own)) {
                    return true; // the same file by another name (a link, another spelling of the path)
                }
            } catch (java.io.IOException unreadable) {
                // cannot tell: the names differ
            }
        }
        return false;
    }

    @Override
    public boolean created() {
        return database.created();
    }

    @Override
    public long generation() {
        return database.read(Generation::read).value();
    }

    @Override
    public EventStore events() {
        return events;
    }

    @Override
    public CatalogStore catalog() {
        return catalog;
    }

    @Override
    public org.timescope.service.storage.EraStore eras() {
        return () -> database.read(EraRows::all);
    }

    @Override
    public org.timescope.service.storage.EventLinkStore links() {
        return new org.timescope.service.storage.EventLinkStore() {
            @Override
            public java.util.List<org.timescope.model.EventLink> of(String eventKey) {
                return database.read(c -> EventLinkRows.of(c, eventKey));
            }

            @Override
            public java.util.List<org.timescope.model.EventLink> all() {
                return database.read(EventLinkRows::all);
            }
        };
    }

    @Override
    public SavedViewStore savedViews() {
        return savedViews;
    }

    @Override
    public ChangeLog changes() {
        return changes;
    }

    @Override
    public Written write(Dataset dataset, ImportLog log, WriterWait wait) {
        return new DatasetWriter(database).write(dataset, log, wait);
    }

    @Override
    public Written trial(Dataset dataset, WriterWait wait) {
        return new DatasetWriter(database).trial(dataset, wait);
    }

    @Override
    public BulkLoader bulk(Source source, String themeNote, int expected, ImportLog log, WriterWait wait) {
        return new BulkEventWriter(database, source, themeNote, expected, log, wait);
    }

    @Override
    public <T> T snapshot(java.util.function.Supplier<T> reads) {
        return database.snapshot(reads);
    }

    @Override
    public <T> T edit(Work<T> work) {
        return database.inTransaction(c -> work.run(new SqliteEditSession(c, events)));
    }

    @Override
    public void close() {
        database.close();
    }
}
