package org.timescope.service.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;
import org.timescope.service.Workspace;
import org.timescope.service.storage.StorageException;

/**
 * Runs edit commands, each in one transaction and logged as one group, and takes groups back: an undo applies
 * the inverse of each change in reverse order and is logged as a new group naming the one it undoes (the log
 * is never rewritten); a redo undoes that undo. The window keeps the group ids on its undo stack; the command
 * line's {@code undo} takes back {@link #lastUndoable()}.
 */
public final class Editor {

    private final Workspace workspace;

    public Editor(Workspace workspace) {
        this.workspace = workspace;
    }

    public EditResult run(EditCommand command) {
        return workspace.edit(session -> {
            Plan plan = new Plan(session);
            command.plan(plan);
            if (plan.changes().isEmpty()) {
                return new EditResult(0, command.action(), command.summary(), List.of());
            }
            long group = session.log(workspace.author(), command.action(), command.summary(), 0, plan.changes());
            return new EditResult(group, command.action(), command.summary(), plan.changes());
        });
    }

    /** Takes back the group {@code id}; logged as {@code undo}. */
    public EditResult undo(long id) {
        ChangeGroup group = group(id);
        return invert(group, "undo", "Undo " + original(group));
    }

    /** Takes back the undo group {@code undoId}, doing again what it undid; logged as {@code redo}. */
    public EditResult redo(long undoId) {
        ChangeGroup undo = group(undoId);
        return invert(undo, "redo", "Redo " + original(undo));
    }

    /**
     * What a group did in the first place, as its summary says it: "edit of 'X'" for the edit, its undo and its
     * redo alike, so that undoing and redoing an action again and again keeps naming the action, not
     * "redo redo edit of 'X'".
     */
    private static String original(ChangeGroup group) {
        String s = group.summary();
        String prefix = switch (group.action()) {
            case "undo" -> "Undo ";
            case "redo" -> "Redo ";
            default -> "";
        };
        return lowerFirst(!prefix.isEmpty() && s.startsWith(prefix) ? s.substring(prefix.length()) : s);
    }

    private ChangeGroup group(long id) {
        return workspace.changes().group(id).orElseThrow(() -> new StorageException("no change " + id + " in the log"));
    }

    private EditResult invert(ChangeGroup group, String action, String summary) {
        List<Change> inverse = new ArrayList<>();
        for (int i = group.changes().size() - 1; i >= 0; i--) {
            inverse.add(group.changes().get(i).inverse());
        }
        return workspace.edit(session -> {
            Applier.applyAll(session, inverse);
            long id = session.log(workspace.author(), action, summary, group.id(), inverse);
            return new EditResult(id, action, summary, inverse);
        });
    }

    /**
     * The newest group whose effect is still there and that is not itself an undo: what {@code timescope undo}
     * takes back. Undone groups, and undos that a redo cancelled, are passed over.
     */
    public Optional<ChangeGroup> lastUndoable() {
        return workspace.changes().lastUndoable();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
