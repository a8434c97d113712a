package org.timescope.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.timescope.model.Dataset;
import org.timescope.store.CatalogRepository;
import org.timescope.store.Database;
import org.timescope.store.DatasetWriter;
import org.timescope.store.EventRepository;
import org.timescope.store.SavedViewRepository;

/**
 * An open database with its repositories. A database that does not exist yet is created and filled with
 * the bundled dataset (unless {@code empty}); if filling it fails, the new file is removed again so that
 * a half-made database is never left behind.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final EventRepository events;
    private final CatalogRepository catalog;
    private final SavedViewRepository savedViews;

    private Workspace(Database database) {
        this.database = database;
        this.events = new EventRepository(database);
        this.catalog = new CatalogRepository(database);
        this.savedViews = new SavedViewRepository(database);
    }

    public static Workspace open(Path file, boolean empty) {
        Database database = Database.open(file);
        Workspace workspace = new Workspace(database);
        if (database.created() && !empty) {
            try {
                workspace.write(BundledDataset.load());
            } catch (RuntimeException e) {
                database.close();
                deleteQuietly(database.file());
                throw e;
            }
        }
        return workspace;
    }

    /** Opens a file that already is a Timescope collection; nothing is created (see {@link Database.Access}). */
    public static Workspace openExisting(Path file) {
        return new Workspace(Database.open(file, Database.Access.EXISTING));
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: the open already failed with the real reason
            }
        }
    }

    /** Stores a dataset in one transaction. */
    public DatasetWriter.Summary write(Dataset dataset) {
        return new DatasetWriter(database).write(dataset);
    }

    /** A streaming load of many events in one transaction (see {@link org.timescope.store.BulkEventWriter}). */
    public org.timescope.store.BulkEventWriter bulk(org.timescope.model.Source source, String themeNote, int expected) {
        return new org.timescope.store.BulkEventWriter(database, source, themeNote, expected);
    }

    public Path file() {
        return database.file();
    }

    public boolean created() {
        return database.created();
    }

    public EventRepository events() {
        return events;
    }

    public CatalogRepository catalog() {
        return catalog;
    }

    public SavedViewRepository savedViews() {
        return savedViews;
    }

    @Override
    public void close() {
        database.close();
    }
}
