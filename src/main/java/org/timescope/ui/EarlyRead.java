package org.timescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * The launch's collection read, started before the JavaFX toolkit (the toolkit's start, the first stage and
 * the loading pane take a second or more of their own, and the read does not need any of them). What it reaches
 * before the window takes it over is kept (the last message and fraction, the preview) and handed on when the
 * window attaches; the window then treats it like its own read ({@link CollectionWindow#start}). A read the
 * window does not take (other arguments, a window built by a test) is closed when it ends.
 */
final class EarlyRead implements CollectionRead.Progress {

    private static EarlyRead pending;

    private final Path file;
    private final boolean empty;
    private final CompletableFuture<CollectionRead.Opened> result = new CompletableFuture<>();
    private CollectionRead.Progress sink;
    private String message;
    private double fraction = -1;
    private Path collection;
    private EventIndex dates;
    private List<String> themes;

    private EarlyRead(Path file, boolean empty) {
        this.file = file;
        this.empty = empty;
    }

    /** Starts reading {@code file} on a new thread; the window started next takes it ({@link #take}). */
    static synchronized void start(Path file, boolean empty) {
        EarlyRead read = new EarlyRead(file, empty);
        Function<Path, Workspace> opener = f -> Workspace.open(f, empty);
        Thread thread = new Thread(() -> {
            try {
                read.result.complete(CollectionRead.read(file, opener, read));
            } catch (Throwable e) {
                read.result.completeExceptionally(e);
            }
        }, "open-database");
        thread.setDaemon(true);
        pending = read;
        thread.start();
    }

    /** The read started for these arguments, once (null if none was, or for other arguments). */
    static synchronized EarlyRead take(Path file, boolean empty) {
        EarlyRead read = pending;
        pending = null;
        if (read != null && !(Objects.equals(read.file, file) && read.empty == empty)) {
            // not wanted: nothing of it stays open
            abandoned = read.result.handle((opened, failure) -> {
                if (opened != null) {
                    opened.workspace().close();
                }
                return null;
            });
            return null;
        }
        return read;
    }

    private static CompletableFuture<Void> abandoned = CompletableFuture.completedFuture(null);

    /** Completes once the read started last has ended, if it is not taken yet (tests wait for it). */
    static synchronized CompletableFuture<Void> pendingEnd() {
        return pending == null ? CompletableFuture.completedFuture(null) : pending.result.handle((opened, failure) -> null);
    }

    /** Completes once the last read not taken has ended and closed its collection (tests wait for it). */
    static synchronized CompletableFuture<Void> abandoned() {
        return abandoned;
    }

    /** Hands what was reached so far to {@code to}, and everything after it as it comes (on the reading thread). */
    synchronized CompletableFuture<CollectionRead.Opened> attach(CollectionRead.Progress to) {
        sink = to;
        if (message != null) {
            to.message(message);
        }
        if (dates != null) {
            to.preview(collection, dates, themes);
        }
        if (fraction >= 0) {
            to.progress(fraction);
        }
        return result;
    }

    /** What {@link CollectionRead.Progress#preview} is handed. */
    interface PreviewSink {
        void preview(Path collection, EventIndex dates, List<String> themes);
    }

    /**
     * Hands the dates' picture to {@code to} now, on the calling thread, if the read has reached it (the window then
     * shows it in its first frame); {@link #attach} hands it on again later, as it does everything reached.
     */
    synchronized void previewNow(PreviewSink to) {
        if (dates != null) {
            to.preview(collection, dates, themes);
        }
    }

    // The sink only posts to the FX thread (it never waits on it), so it is called under this lock: nothing it
    // is handed can overtake what attach replays.

    @Override
    public synchronized void message(String text) {
        message = text;
        if (sink != null) {
            sink.message(text);
        }
    }

    @Override
    public synchronized void progress(double value) {
        fraction = value;
        if (sink != null) {
            sink.progress(value);
        }
    }

    @Override
    public synchronized void preview(Path at, EventIndex indexed, List<String> names) {
        collection = at;
        dates = indexed;
        themes = names;
        if (sink != null) {
            sink.preview(at, indexed, names);
        }
    }
}
