package org.timescope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return new SqliteStorage(Database.open(Path.of(location), create ? Database.Access.CREATE
                : Database.Access.EXISTING));
    }

    @Override
    public void delete(String location) throws IOException {
        Path file = Path.of(location);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        ColumnCache.of(file, System.getenv()).delete();
    }
}
