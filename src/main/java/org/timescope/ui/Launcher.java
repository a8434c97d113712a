package org.timescope.ui;

import java.nio.file.Path;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the window. Kept apart from {@link TimescopeApp} so that Main never loads a JavaFX class itself.
 * Opens this run's log first, so that JavaFX's own start-up warnings go there too, then starts reading the
 * collection ({@link EarlyRead}) while JavaFX starts.
 */
public final class Launcher {

    /** This run's log file, handed to the application (which JavaFX constructs itself); null without a log. */
    private static volatile Path logFile;

    private Launcher() {
    }

    /**
     * Why the window refuses these arguments (an unknown option, --db without its file), or null: said in one line
     * where they were typed, before any window, not in a dialog.
     */
    public static String refusal(String[] args) {
        try {
            AppArguments.parse(java.util.Arrays.asList(args));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static void launch(String[] args) {
        StartupReport.mark("launch");
        RunLog.start(RunLog.directory(System.getenv(), System.getProperty("user.home"))).ifPresent(log -> {
            logFile = log.file();
            String version = TimescopeApp.class.getPackage().getImplementationVersion();
            Logger.getLogger("org.timescope.ui").info(() -> "Timescope " + (version == null ? "(development build)" : version)
                    + " starting; Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
                    + " " + System.getProperty("os.version") + ", DISPLAY=" + System.getenv("DISPLAY"));
        });
        StartupReport.mark("log_opened");
        readEarly(args);
        readSettingsEarly();
        Application.launch(TimescopeApp.class, args);
    }

    /**
     * Starts reading the collection of the command line now, beside the JavaFX start (which needs none of it);
     * arguments the window will refuse start nothing (the window says why).
     */
    private static void readEarly(String[] args) {
        AppArguments arguments;
        try {
            arguments = AppArguments.parse(java.util.Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            return;
        }
        EarlyRead.start(arguments.database(), arguments.empty());
    }

    /**
     * Reads the window state and the preferences once on a thread of their own while JavaFX starts: the window
     * reads them again on the FX thread (they are small files, and may be changed by then), but the JSON
     * library's classes and its readers for them are then loaded and built, which on a first read costs the FX
     * thread a few hundred milliseconds before the stage can be shown.
     */
    private static void readSettingsEarly() {
        Thread thread = new Thread(() -> {
            String home = System.getProperty("user.home");
            new WindowStateFile(WindowStateFile.defaultFile(System.getenv(), home)).load();
            new org.timescope.service.PreferencesFile(
                    org.timescope.service.PreferencesFile.defaultFile(System.getenv(), home)).load();
        }, "read-settings");
        thread.setDaemon(true);
        thread.start();
    }

    static Path logFile() {
        return logFile;
    }
}
