package org.timescope.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Where exceptions that nothing caught end: in the log, and in one error dialog at a time on the FX thread (an
 * error that repeats while the dialog is open, say on every pulse, is only logged). The dialog is shown later
 * rather than at once, because an exception thrown during layout may not open a window there.
 */
final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger("org.timescope.ui");
    private final Path log;
    private final Consumer<CrashReport> dialog;
    private final AtomicBoolean open = new AtomicBoolean();

    /** {@code dialog} shows the report and calls back through {@link #closed()} when it is closed. */
    CrashHandler(Path log, Consumer<CrashReport> dialog) {
        this.log = log;
        this.dialog = dialog;
    }

    /** The handler for every thread, with the real dialog. */
    static CrashHandler install(Path log) {
        CrashHandler[] self = new CrashHandler[1];
        self[0] = new CrashHandler(log, report -> CrashDialog.show(report, () -> self[0].closed()));
        Thread.setDefaultUncaughtExceptionHandler(self[0]);
        return self[0];
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName(), error);
        for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        if (open.compareAndSet(false, true)) {
            CrashReport report = CrashReport.of(thread, error, log);
            Platform.runLater(() -> {
                try {
                    dialog.accept(report);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "The error dialog could not be shown", e);
                    open.set(false);
                }
            });
        }
    }

    /** The dialog was closed: the next error gets one again. */
    void closed() {
        open.set(false);
    }
}
