package org.timescope.ui.catalog;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.UndoStack;

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
