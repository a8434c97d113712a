package org.timescope.ui;

import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the window. Kept apart from {@link TimescopeApp} so that Main never loads a JavaFX class itself.
 * Opens this run's log first, so that JavaFX's own start-up warnings go there too.
 */
public final class Launcher {

    /** This run's log file, handed to the application (which JavaFX constructs itself); null without a log. */
    private static volatile Path logFile;

    private Launcher() {
    }

    public static void launch(String[] args) {
        RunLog.start(RunLog.directory(System.getenv(), System.getProperty("user.home"))).ifPresent(log -> {
            logFile = log.file();
            String version = TimescopeApp.class.getPackage().getImplementationVersion();
            Logger.getLogger("org.timescope.ui").info(() -> "Timescope " + (version == null ? "(development build)" : version)
                    + " starting; Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                    + " " + System.getProperty("os.version") + ", DISPLAY=" + System.getenv("DISPLAY"));
        });
        Application.launch(TimescopeApp.class, args);
    }

    static Path logFile() {
        return logFile;
    }
}
