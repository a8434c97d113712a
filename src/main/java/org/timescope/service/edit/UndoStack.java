package org.timescope.service.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's undo and redo: one step per user action, no depth limit while the window is open. A step
 * made from an {@link EditResult} undoes its group and redoes by undoing that undo, each logged; an import's
 * step redoes by importing again (a supplier the caller gives), since the log keeps only its marks. Not
 * thread-safe: the window calls it from one thread at a time (the background worker of its edits).
 */
public final class UndoStack {

    /** One undoable user action. */
    private static final class Step {
        final String summary;
        final Supplier<EditResult> reimport;
        long active; // the group whose effect is in the collection now (the original or its redo)
        long undoneBy;

        Step(String summary, long group, Supplier<EditResult> reimport) {
            this.summary = summary;
            this.active = group;
            this.reimport = reimport;
        }
    }

    private final Editor editor;
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    /** Every change group this stack wrote (actions, undos, redos, imports): not another program's. */
    private final java.util.Set<Long> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public UndoStack(Editor editor) {
        this.editor = editor;
    }

    /** Runs a command and puts it on the stack (when it changed something); redo history is dropped. */
    public EditResult run(EditCommand command) {
        EditResult r = editor.run(command);
        if (r.group() > 0) {
            written.add(r.group());
            push(new Step(r.summary(), r.group(), null));
        }
        return r;
    }

    /** An import that happened (its change group); {@code reimport} does it again for redo. */
    public void pushImport(long group, String summary, Supplier<EditResult> reimport) {
        if (group > 0) {
            written.add(group);
            push(new Step(summary, group, reimport));
        }
    }

    private void push(Step step) {
        done.push(step);
        undone.clear();
        changed();
    }

    /**
     * True when this stack wrote change group {@code group}, whichever window ran it (the main window's forms, the
     * catalogue, a merge): a watcher of the change log then knows it is not another program's.
     */
    public boolean wrote(long group) {
        return written.contains(group);
    }

    /** A group the window wrote before it reaches this stack (an import, pushed a moment later); any thread. */
    public void markWritten(long group) {
        written.add(group);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** "Undo merge of 'SIPO' into 'CNIPA'", or "Undo" when there is nothing to undo. */
    public String undoText() {
        return done.isEmpty() ? "Undo" : "Undo " + lowerFirst(done.peek().summary);
    }

    public String redoText() {
        return undone.isEmpty() ? "Redo" : "Redo " + lowerFirst(undone.peek().summary);
    }

    /** Takes back the last step; on failure (a conflict) the step stays where it was. */
    public EditResult undo() {
        Step step = done.peek();
        if (step == null) {
            throw new IllegalStateException("nothing to undo");
        }
        EditResult r = editor.undo(step.active);
        written.add(r.group());
        step.undoneBy = r.group();
        undone.push(done.pop());
        changed();
        return r;
    }

    public EditResult redo() {
        Step step = undone.peek();
        if (step == null) {
            throw new IllegalStateException("nothing to redo");
        }
        EditResult r = step.reimport != null ? step.reimport.get() : editor.redo(step.undoneBy);
        written.add(r.group());
        step.active = r.group();
        done.push(undone.pop());
        changed();
        return r;
    }

    /** Forgets every step (another collection was opened). */
    public void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    /** Called after every change of the stack (to update menu texts). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
