package org.timescope.ui.catalog;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one worker thread curation's reads and writes run on (the FX thread never runs SQL): tasks run in the
 * order given, and their result or failure is handed back on the FX thread.
 */
final class Background {
    private final java.util.concurrent.Executor executor;

    Background(java.util.concurrent.Executor executor) {
        this.executor = executor;
    }

    /** A worker of its own (tests of the catalogue alone). */
    Background() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "curation");
            t.setDaemon(true);
            return t;
        }));
    }

    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    /** One line for the user from a failure (the service's messages are written for people). */
    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "unexpected " + t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
