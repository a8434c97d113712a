package org.timescope.store;

import java.nio.file.Path;
import org.timescope.service.storage.Storage;
import org.timescope.service.storage.StorageProvider;

/** Opens SQLite files: any location that is not a URL ({@code scheme://}) is a file path. */
public final class SqliteStorageProvider implements StorageProvider {

    @Override
    public boolean accepts(String location) {
        return !location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    @Override
    public Storage open(String location, boolean create) {
        Path file = Path.of(location);
        if (!create && !java.nio.file.Files.exists(file)) {
            throw new StoreException("no Timescope database at " + file.toAbsolutePath().normalize());
        }
        return SqliteStorage.open(file);
    }
}
