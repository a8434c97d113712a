package org.timescope.cli;

import java.util.concurrent.Callable;
import org.timescope.model.ChangeGroup;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Editor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code timescope undo}: takes back the newest action still in effect (an edit, a merge, an import …, by
 * anyone, from the window or the command line); again, the one before. The undo itself is logged.
 */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Take back the last change (run again for the one before); see 'history'.")
final class UndoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Workspace workspace = store.open()) {
            Editor editor = new Editor(workspace);
            ChangeGroup last = editor.lastUndoable()
                    .orElseThrow(() -> new Errors.CommandFailure("nothing to undo: the change log has no change in effect"));
            editor.undo(last.id());
            spec.commandLine().getOut().println("Undid: " + last.summary() + " (change " + last.id() + ")");
            return 0;
        }
    }
}
