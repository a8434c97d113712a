package org.timescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log (java.util.logging, decision 0025): {@code $XDG_STATE_HOME/timescope/timescope-0.log} (or
 * {@code ~/.local/state/…}) for this run, {@code timescope-1.log} … {@code timescope-4.log} for the runs before
 * it: each start moves the older logs up one and the oldest goes. Everything java.util.logging receives, JavaFX's
 * own warnings included, goes there instead of the terminal. A folder that cannot be written leaves logging as it
 * was: a log must never stop the window from starting. A second window running at the same time writes (and names
 * in its error dialog) a file of its own, {@code timescope-0.log.1}.
 */
public final class RunLog {

    static final int RUNS_KEPT = 5;
    /** Within one run, a log past this size starts over in the next file (it then counts as a run). */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private final Path file;
    private final Handler handler;

    private RunLog(Path file, Handler handler) {
        this.file = file;
        this.handler = handler;
    }

    /** The folder of the logs: {@code $XDG_STATE_HOME/timescope}, else {@code ~/.local/state/timescope}. */
    static Path directory(Map<String, String> env, String home) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "state");
        return base.resolve("timescope");
    }

    /** Starts this run's log in {@code directory}: the root logger writes there only. Empty if it cannot. */
    static Optional<RunLog> start(Path directory) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        try {
            Files.createDirectories(directory);
            java.util.Set<Path> locksBefore = locks(directory);
            FileHandler handler = new FileHandler(directory.resolve("timescope-%g.log").toString(), MAX_BYTES, RUNS_KEPT, false);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(handler);
            return Optional.of(new RunLog(ownFile(directory, locksBefore, locks(directory)), handler));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The lock files of logs being written: {@code timescope-0.log.lck}, and {@code timescope-0.log.N.lck} for others. */
    private static java.util.Set<Path> locks(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("timescope-0\\.log(\\.\\d+)?\\.lck"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    /**
     * The file this process writes. A window already running holds {@code timescope-0.log}, so FileHandler gives
     * this one {@code timescope-0.log.1} (then {@code .2} …), marked by the lock file it creates beside it: the
     * lock file that appeared is this run's. None appeared when it took over a lock a crashed run left: the first.
     */
    static Path ownFile(Path directory, java.util.Set<Path> before, java.util.Set<Path> after) {
        Path lock = after.stream().filter(f -> !before.contains(f)).findFirst()
                .orElse(after.isEmpty() ? directory.resolve("timescope-0.log.lck") : after.iterator().next());
        String name = lock.getFileName().toString();
        return directory.resolve(name.substring(0, name.length() - ".lck".length()));
    }

    /** This run's log file. */
    public Path file() {
        return file;
    }

    /** Writes what is buffered; the file stays open for the rest of the run. */
    void flush() {
        handler.flush();
    }

    /** Ends this run's log (and releases its lock file). */
    void close() {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }
}
