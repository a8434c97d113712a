package org.timescope.ui.catalog;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.UndoStack;
import org.timescope.service.edit.Duplicates;
import java.util.List;

/**
 * What the main window needs for curation: the workspace, the window's shared undo stack, and the callback that
 * refreshes the window after a change. It opens the catalogue (one window, brought to the front when open again)
 * and the merge of two events; every command runs on its one background worker.
 */
public final class Curation {
    private final Workspace workspace;
    private final UndoStack undo;
    private final Consumer<EditResult> changed;
    private final Background background;
    private CatalogWindow catalogue;

    /** {@code worker}: the one thread every write to the collection runs on (the main window's). */
    public Curation(Workspace workspace, UndoStack undo, java.util.concurrent.Executor worker,
                    Consumer<EditResult> changed) {
        this.background = new Background(worker);
        this.workspace = Objects.requireNonNull(workspace);
        this.undo = Objects.requireNonNull(undo);
        this.changed = Objects.requireNonNull(changed);
    }

    public UndoStack undoStack() {
        return undo;
    }

    public Workspace workspace() {
        return workspace;
    }

    Background background() {
        return background;
    }

    /** Opens the catalogue window (or brings it to the front). */
    public CatalogWindow openCatalogue(Window owner) {
        if (catalogue == null) {
            catalogue = new CatalogWindow(this, owner);
        }
        catalogue.show();
        catalogue.toFront();
        return catalogue;
    }

    /** Asks for the second event (searchable by title) and opens the side-by-side merge with {@code first}. */
    public void mergeWith(Window owner, TimelineEvent first) {
        EventChooser.choose(owner, this, first, second -> new MergeEventsDialog(this, owner, first, second).show());
    }

    /**
     * Lists likely duplicate events (dates that meet, alike titles or a shared quote; best first, searchable by
     * title) and opens the side-by-side merge of the pair chosen. The pairs are found once, off the FX thread.
     */
    public void findDuplicates(Window owner) {
        java.util.concurrent.atomic.AtomicReference<List<Duplicates.Pair>> pairs = new java.util.concurrent.atomic.AtomicReference<>();
        new Chooser<Duplicates.Pair>(owner, "Likely duplicates",
                "Events whose dates meet and whose titles are alike or that cite the same quote, best first",
                "Compare and merge…", Curation::describe,
                (text, answer) -> background.run(() -> matching(pairs, text), answer, e -> { }))
                .show(p -> new MergeEventsDialog(this, owner, p.first(), p.second()).show());
    }

    private List<Duplicates.Pair> matching(java.util.concurrent.atomic.AtomicReference<List<Duplicates.Pair>> pairs,
                                           String text) {
        if (pairs.get() == null) {
            pairs.set(new Duplicates().find(workspace.events().find(org.timescope.model.EventFilter.ALL), 0));
        }
        String words = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return pairs.get().stream().filter(p -> words.isEmpty()
                || (p.first().title() + " " + p.second().title()).toLowerCase(java.util.Locale.ROOT).contains(words))
                .limit(500).toList();
    }

    private static String describe(Duplicates.Pair p) {
        // two lines, one event each: side by side the second title ran out of the list
        return String.format(java.util.Locale.ROOT, "%.2f%s   %s — %s%n        %s — %s", p.score(),
                p.sharedQuote() ? " · same quote" : "", p.first().when().display(), p.first().title(),
                p.second().when().display(), p.second().title());
    }

    /** Runs a command on the undo stack off the FX thread; {@code done} gets its result on the FX thread. */
    void run(EditCommand command, Consumer<EditResult> done, Consumer<String> failed) {
        background.run(() -> undo.run(command), r -> {
            finished(r);
            done.accept(r);
        }, e -> failed.accept(Background.message(e)));
    }

    /** Takes back the last step of the shared stack (off the FX thread). */
    void undo(Consumer<EditResult> done, Consumer<String> failed) {
        background.run(() -> undo.canUndo() ? undo.undo() : null, r -> {
            if (r != null) {
                finished(r);
            }
            done.accept(r);
        }, e -> failed.accept(Background.message(e)));
    }

    private void finished(EditResult r) {
        changed.accept(r);
        if (catalogue != null) {
            catalogue.refresh();
        }
    }
}
