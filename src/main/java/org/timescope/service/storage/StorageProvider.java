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
}
