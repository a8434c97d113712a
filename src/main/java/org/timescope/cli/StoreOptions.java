package org.timescope.cli;

import java.nio.file.Path;
import org.timescope.service.DataLocation;
import org.timescope.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --db FILE} and {@code --empty}, shared by every command. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: $XDG_DATA_HOME/timescope/timescope.db). Created if missing.")
    Path db;

    @Option(names = "--empty", description = "When the database is created, leave out the bundled dataset.")
    boolean empty;

    Workspace open() {
        return Workspace.open(db != null ? db : DataLocation.defaultDatabase(), empty);
    }
}
