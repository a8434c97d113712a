package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.timescope.model.ChangeGroup;
import org.timescope.service.Workspace;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.UndoStack;
import org.timescope.service.storage.StorageException;

/**
 * The window's editing session on one collection: one {@link UndoStack}, and one background thread that runs
 * every write (edits, undo, redo) and the reads that follow them, in order, so the FX thread never runs SQL.
 * It also watches the change log every two seconds for groups this window did not write (another program, such
 * as {@code timescope event set} in a terminal) and hands them to the window. Outlives a window rebuilt after
 * an import; closed when the window closes.
 */
public final class Curation implements AutoCloseable {

    private final Workspace workspace;
    private final UndoStack stack;
    private final ScheduledExecutorService worker;
    private final Executor fx;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private volatile long seen;
    private volatile Consumer<List<ChangeGroup>> onExternal = groups -> { };
    private volatile boolean closed;
    private int running; // FX thread only
    private int failures; // worker thread only

    /** {@code fx} runs results on the FX thread ({@code Platform::runLater} in the window). */
    public Curation(Workspace workspace, Executor fx) {
        this.workspace = workspace;
        this.fx = fx;
        this.stack = new UndoStack(new Editor(workspace));
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edits");
            t.setDaemon(true);
            return t;
        });
        stack.addListener(() -> {
            String u = stack.undoText();
            String r = stack.redoText();
            boolean cu = stack.canUndo();
            boolean cr = stack.canRedo();
            fx.execute(() -> {
                undoText.set(u);
                redoText.set(r);
                canUndo.set(cu);
                canRedo.set(cr);
            });
        });
        worker.execute(() -> seen = safeLastGroupId());
    }

    private long safeLastGroupId() {
        try {
            return workspace.changes().lastGroupId();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The undo stack, to share with other windows on this collection (use it on {@link #execute}'s thread). */
    public UndoStack undoStack() {
        return stack;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Runs a command on the worker and puts it on the undo stack; then {@code done} or {@code failed} on the FX thread. */
    public void run(EditCommand command, Consumer<EditResult> done, Consumer<String> failed) {
        write(s -> s.run(command), done, failed);
    }

    public void undo(Consumer<EditResult> done, Consumer<String> failed) {
        write(s -> s.canUndo() ? s.undo() : null, done, failed);
    }

    public void redo(Consumer<EditResult> done, Consumer<String> failed) {
        write(s -> s.canRedo() ? s.redo() : null, done, failed);
    }

    /** An import done in this window: one undo step; redo imports again through {@code reimport}. */
    public void pushImport(long group, String summary, Supplier<EditResult> reimport) {
        stack.markWritten(group); // at once: the watch may look at the log before the step is pushed
        worker.execute(() -> stack.pushImport(group, summary, reimport));
    }

    private void write(Function<UndoStack, EditResult> work, Consumer<EditResult> done, Consumer<String> failed) {
        read(() -> work.apply(stack), r -> {
            if (r != null) {
                done.accept(r);
            }
        }, failed);
    }

    /** Any store work in order with the writes; the answer (or a one-line reason) on the FX thread. */
    public <T> void read(Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        if (closed) {
            return; // the window has closed its collection: a late event (a search typed just before) reads nothing
        }
        setRunning(+1);
        worker.execute(() -> {
            try {
                T value = work.call();
                fx.execute(() -> {
                    setRunning(-1);
                    done.accept(value);
                });
            } catch (Exception e) {
                String message = message(e);
                fx.execute(() -> {
                    setRunning(-1);
                    failed.accept(message);
                });
            }
        });
    }

    private void setRunning(int delta) {
        running += delta;
        busy.set(running > 0);
    }

    /** The worker, for reads that must follow the writes (the browser model's reload). */
    public Executor executor() {
        return worker;
    }

    /** A sentence for the user: a store's refusal carries its own; anything else is named, never a stack trace. */
    public static String message(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        if (t instanceof StorageException || t instanceof IllegalArgumentException) {
            return m == null ? "the collection refused the change" : m;
        }
        return m == null || m.isBlank() ? "unexpected " + t.getClass().getSimpleName() : m;
    }

    /** Watches the change log every {@code periodMillis} for groups this window did not write. */
    public void watch(long periodMillis, Consumer<List<ChangeGroup>> handler) {
        onExternal = handler;
        worker.scheduleWithFixedDelay(this::poll, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** The window that now shows the collection (a rebuilt one after an import) takes the notifications. */
    public void onExternal(Consumer<List<ChangeGroup>> handler) {
        onExternal = handler;
    }

    /** One look at the change log (what the watch does every period); runs on the worker. */
    void poll() {
        if (closed) {
            return;
        }
        try {
            long last = workspace.changes().lastGroupId();
            if (last <= seen) {
                return;
            }
            List<ChangeGroup> others = new ArrayList<>();
            for (ChangeGroup g : workspace.changes().after(seen)) {
                if (!stack.wrote(g.id())) {
                    others.add(g);
                }
            }
            seen = last;
            failures = 0;
            if (!others.isEmpty()) {
                Consumer<List<ChangeGroup>> handler = onExternal;
                fx.execute(() -> handler.accept(others));
            }
        } catch (RuntimeException e) {
            if (++failures >= 3) {
                close(); // the collection was closed (or is gone): stop asking
            }
        }
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while a write or a read of this session is under way (the window shows it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private final Set<javafx.stage.Window> watchedWindows = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** Closes this session when {@code window} is hidden (registered once per window). */
    public void closeWhenHidden(javafx.stage.Window window) {
        if (window != null && watchedWindows.add(window)) {
            window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> close());
        }
    }

    /** Stops the worker and the watching; writes already submitted finish first. */
    @Override
    public void close() {
        closed = true;
        worker.shutdown();
    }
}
