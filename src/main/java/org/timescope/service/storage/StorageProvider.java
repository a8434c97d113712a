package org.timescope.service.storage;

/**
 * An engine: opens the collections at the locations it understands. Found with {@link java.util.ServiceLoader}
 * (META-INF/services), so the services never name an engine's classes.
 */
public interface StorageProvider {

    /** True if this engine opens {@code location} (e.g. a file path, or a {@code postgresql://} URL). */
    boolean accepts(String location);

    /** Opens (creating if needed and {@code create} is true) the collection at {@code location}. */
    Storage open(String location, boolean create);

    /**
     * Deletes the collection at {@code location}, which nothing has open, with whatever the engine keeps for it
     * elsewhere (SQLite: the file, its journal files and its column cache); nothing there is not an error.
     */
    void delete(String location) throws java.io.IOException;
}
