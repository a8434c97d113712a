package org.timescope.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * What the error dialog says about an exception nobody caught: a short message for the person at the window,
 * and the details ("Copy details") for a bug report: version, Java, system, thread and stack trace.
 */
record CrashReport(String message, String details, Path log) {

    static final String MESSAGE = "Timescope ran into an error it did not expect, and what you were doing may not "
            + "have been finished. Changes that were saved before stay saved.";

    static CrashReport of(Thread thread, Throwable error, Path log) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String version = TimescopeApp.class.getPackage().getImplementationVersion();
        String details = "Timescope " + (version == null ? "(development build)" : version)
                + "\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + "\n" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch")
                + "\nThread: " + thread.getName()
                + (log == null ? "" : "\nLog: " + log)
                + "\n\n" + trace;
        return new CrashReport(MESSAGE, details, log);
    }

    /** Where the log is, as the dialog says it (or that there is none). */
    String logLine() {
        return log == null ? "No log file could be written for this run." : "The details are also in " + log;
    }
}
