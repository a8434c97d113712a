package org.timescope.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.timescope.model.Dataset;
import org.timescope.model.Source;
import org.timescope.service.storage.BulkLoader;
import org.timescope.service.storage.CatalogStore;
import org.timescope.service.storage.ChangeLog;
import org.timescope.service.storage.EventStore;
import org.timescope.service.storage.SavedViewStore;
import org.timescope.service.storage.Storage;
import org.timescope.service.storage.StorageException;
import org.timescope.service.storage.StorageProvider;
import org.timescope.service.storage.WriteSummary;
import org.timescope.service.storage.WriterWait;

/**
 * An open collection: the {@link Storage} an engine opened from a location (found by {@link StorageProvider}),
 * seen through the storage interfaces only. A collection that does not exist yet is created and filled with
 * the bundled dataset (unless {@code empty}); if filling it fails, the new file is removed again so that a
 * half-made collection is never left behind.
 */
public final class Workspace implements AutoCloseable {

    private final Storage storage;
    private volatile String author = defaultAuthor();

    private Workspace(Storage storage) {
        this.storage = storage;
    }

    /** Who the change log names for this session's actions: $TIMESCOPE_AUTHOR, else the OS user name. */
    private static String defaultAuthor() {
        String env = System.getenv("TIMESCOPE_AUTHOR");
        return env != null && !env.isBlank() ? env.strip() : System.getProperty("user.name", "unknown");
    }

    public String author() {
        return author;
    }

    /** Sets the name the change log records (from the preferences). */
    public void setAuthor(String name) {
        if (name != null && !name.isBlank()) {
            author = name.strip();
        }
    }

    public static Workspace open(Path file, boolean empty) {
        return open(file.toString(), empty, true);
    }

    /** Opens the collection at {@code location}; with {@code create} false a missing one is an error. */
    public static Workspace open(String location, boolean empty, boolean create) {
        Workspace workspace = new Workspace(provider(location).open(location, create));
        if (workspace.created() && !empty) {
            try {
                workspace.write(BundledDataset.load());
            } catch (RuntimeException e) {
                workspace.close();
                deleteQuietly(workspace.file());
                throw e;
            }
        }
        return workspace;
    }

    /** Opens a file that already is a Timescope collection; nothing is created (the commands that only read). */
    public static Workspace openExisting(Path file) {
        return open(file.toString(), true, false);
    }

    /**
     * Deletes the collection at {@code location}, which must not be open, with what its engine keeps for it
     * elsewhere (the bench's temporary collections: a SQLite file's column cache is 100 MB at a million events).
     */
    public static void delete(String location) throws IOException {
        provider(location).delete(location);
    }

    private static StorageProvider provider(String location) {
        for (StorageProvider p : ServiceLoader.load(StorageProvider.class, Workspace.class.getClassLoader())) {
            if (p.accepts(location)) {
                return p;
            }
        }
        throw new StorageException("no storage engine opens '" + location + "'");
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

    /** Stores a dataset in one transaction, without logging it (the bundled dataset of a new collection). */
    public WriteSummary write(Dataset dataset) {
        return storage.write(dataset, null).summary();
    }

    /** Stores an imported dataset in one transaction and logs it as one undoable import. */
    public Storage.Written write(Dataset dataset, Storage.ImportLog log) {
        return storage.write(dataset, log);
    }

    /** What {@link #write} would store, with every check it makes, keeping nothing (a dry run). */
    public Storage.Written trial(Dataset dataset) {
        return storage.trial(dataset, WriterWait.standard());
    }

    /** As above; another program's write in progress is waited for as {@code wait} says. */
    public Storage.Written write(Dataset dataset, Storage.ImportLog log, WriterWait wait) {
        return storage.write(dataset, log, wait);
    }

    /** A streaming load of many events in one transaction, logged as one import. */
    public BulkLoader bulk(Source source, String themeNote, int expected, Storage.ImportLog log) {
        return storage.bulk(source, themeNote, expected, log);
    }

    /** As above; the load waits for another program's write in progress as {@code wait} says. */
    public BulkLoader bulk(Source source, String themeNote, int expected, Storage.ImportLog log, WriterWait wait) {
        return storage.bulk(source, themeNote, expected, log, wait);
    }

    /** Several reads that must agree (a count and a list): they see the collection at one moment. */
    public <T> T snapshot(java.util.function.Supplier<T> reads) {
        return storage.snapshot(reads);
    }

    /** One user action's writes in one transaction. */
    public <T> T edit(Storage.Work<T> work) {
        return storage.edit(work);
    }

    /** Where the collection is, as given (a file path). */
    public String location() {
        return storage.location();
    }

    /**
     * Refuses {@code target} as the file an export or a snapshot is written to when the collection is stored in it:
     * writing there destroyed the collection (an export "to" the database file replaced it, and said it had
     * exported).
     */
    public void refuseAsOutput(Path target) {
        if (storage.storedIn(target)) {
            throw new IllegalArgumentException("cannot write " + target + ": the collection is stored in it ("
                    + storage.location() + "); choose another file");
        }
    }

    /** The collection's file (collections are SQLite files today). */
    public Path file() {
        return Path.of(storage.location());
    }

    public boolean created() {
        return storage.created();
    }

    /** Raised by every committed write to the collection, from this process or another (decision 0037). */
    public long generation() {
        return storage.generation();
    }

    public EventStore events() {
        return storage.events();
    }

    public CatalogStore catalog() {
        return storage.catalog();
    }

    public org.timescope.service.storage.EraStore eras() {
        return storage.eras();
    }

    public org.timescope.service.storage.EventLinkStore links() {
        return storage.links();
    }

    public SavedViewStore savedViews() {
        return storage.savedViews();
    }

    public ChangeLog changes() {
        return storage.changes();
    }

    @Override
    public void close() {
        try {
            events().prepareNextOpening();
        } catch (RuntimeException e) { // never stands in the way of closing: the next opening reads the rows instead
            java.util.logging.Logger.getLogger(Workspace.class.getName()).log(java.util.logging.Level.INFO,
                    "the column cache was not brought up to date: " + e.getMessage());
        }
        storage.close();
    }
}
