package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/** The window's undo stack: menu texts name the action; undo, redo, and a new action dropping the redo. */
class UndoStackTest {

    @TempDir
    Path dir;

    @Test
    void undoAndRedoNameWhatTheyDoAndWalkTheSteps() {
        try (Workspace w = Workspace.open(dir.resolve("c.db"), false)) {
            UndoStack stack = new UndoStack(new Editor(w));
            assertThat(stack.undoText()).isEqualTo("Undo");
            assertThat(stack.canUndo()).isFalse();
            stack.run(CatalogEdits.merge(Kind.ORGANISATION, "WIPO Office in China", "WIPO"));
            assertThat(stack.undoText())
                    .isEqualTo("Undo merge of 'WIPO Office in China' into 'WIPO'");
            TimelineEvent e = w.events().find(EventFilter.ALL).get(0);
            stack.run(EventEdits.edit(e, EditorUndoRedoTest.retitled(e, "Renamed once")));
            stack.undo();
            assertThat(w.events().byKey(e.key()).title()).isEqualTo(e.title());
            assertThat(stack.redoText()).isEqualTo("Redo edit of 'Shanghai International College of IP established'");
            stack.redo();
            assertThat(w.events().byKey(e.key()).title()).isEqualTo("Renamed once");
            stack.undo();
            stack.undo();
            assertThat(w.catalog().organisations()).extracting(o -> o.name()).contains("WIPO Office in China");
            stack.redo();
            assertThat(stack.canRedo()).isTrue();
            stack.run(EventEdits.edit(e, EditorUndoRedoTest.retitled(e, "Another branch")));
            assertThat(stack.canRedo()).isFalse();
            assertThat(List.of(stack.undoText())).containsExactly("Undo edit of 'Shanghai International College of IP established'");
        }
    }

    /** Found by a walk through the window: each round of undo and redo added a word ("Redo redo redo edit of …"). */
    @Test
    void undoingAndRedoingAgainAndAgainKeepsNamingTheActionInTheMenuAndTheLog() {
        try (Workspace w = Workspace.open(dir.resolve("c.db"), false)) {
            UndoStack stack = new UndoStack(new Editor(w));
            TimelineEvent e = w.events().find(EventFilter.ALL).get(0);
            String action = "edit of 'Shanghai International College of IP established'";
            stack.run(EventEdits.edit(e, EditorUndoRedoTest.retitled(e, "Renamed")));
            for (int round = 0; round < 3; round++) {
                assertThat(stack.undo().summary()).as("round %d", round).isEqualTo("Undo " + action);
                assertThat(stack.redoText()).isEqualTo("Redo " + action);
                assertThat(stack.redo().summary()).as("round %d", round).isEqualTo("Redo " + action);
                assertThat(stack.undoText()).isEqualTo("Undo " + action);
            }
            assertThat(w.events().byKey(e.key()).title()).isEqualTo("Renamed");
            assertThat(w.changes().groups(null, null, null, 20)).hasSize(7).extracting(g -> g.summary()).containsOnly("Edit of 'Shanghai "
                    + "International College of IP established'", "Undo " + action, "Redo " + action);
        }
    }
}
