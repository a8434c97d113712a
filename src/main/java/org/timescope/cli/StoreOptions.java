package org.timescope.cli;

import java.nio.file.Path;
import org.timescope.service.DataLocation;
import org.timescope.service.PreferencesFile;
import org.timescope.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --db FILE} and {@code --empty}, shared by every command. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: $XDG_DATA_HOME/timescope/timescope.db). Created if missing by the "
                    + "commands that write; the commands that only read need an existing one.")
    Path db;

    @Option(names = "--empty", description = "When the database is created, leave out the bundled dataset.")
    boolean empty;

    /**
     * For the commands that only read: a {@code --db} that names no Timescope database (a typo) is an error,
     * and nothing is created, not even its folders. The default database is made on first use, as the window
     * makes it at its first start.
     */
    Workspace openForReading() {
        return db != null ? Workspace.openExisting(db) : open();
    }

    /** The database as the user named it, or the default one, for messages. */
    String shownPath() {
        return String.valueOf(db != null ? db : DataLocation.defaultDatabase());
    }

    /**
     * For the commands that write: a missing database is created (with the bundled dataset unless --empty). The
     * change log names the author of the preferences, unless $TIMESCOPE_AUTHOR names one.
     */
    Workspace open() {
        Workspace workspace = Workspace.open(db != null ? db : DataLocation.defaultDatabase(), empty);
        PreferencesFile.ofThisUser().load().applyTo(workspace, System.getenv());
        return workspace;
    }
}
