package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.ChangeGroup;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.CatalogEdits;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.EventEdits;
import org.timescope.service.edit.Kind;

/**
 * The window's watch of the change log tells the window's own changes from another program's. Found by a walk
 * through the window: a merge from the catalogue or of two events (written through the window's undo stack, not
 * its event form) was reported as "1 change by another program".
 */
class CurationWatchTest {

    @TempDir
    Path dir;

    private static <T> T onWorker(Curation curation, Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        curation.executor().execute(() -> {
            try {
                done.complete(work.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aMergeOnTheWindowsUndoStackIsItsOwnAndATerminalsEditIsAnotherPrograms() throws Exception {
        Path file = dir.resolve("c.db");
        try (Workspace w = Workspace.open(file, false);
             Curation curation = new Curation(w, Runnable::run)) {
            List<List<ChangeGroup>> reported = new CopyOnWriteArrayList<>();
            curation.onExternal(reported::add);
            // as the catalogue window and the merge of two events do: the shared stack, on the window's worker
            long merge = onWorker(curation, () -> curation.undoStack()
                    .run(CatalogEdits.merge(Kind.ORGANISATION, "WIPO Office in China", "WIPO")).group());
            assertThat(merge).isPositive();
            onWorker(curation, () -> {
                curation.poll();
                return null;
            });
            assertThat(reported).as("the window's own merge").isEmpty();
            onWorker(curation, () -> curation.undoStack().undo());
            onWorker(curation, () -> {
                curation.poll();
                return null;
            });
            assertThat(reported).as("the window's own undo").isEmpty();
            // an import in the window writes its group itself, then hands it to the stack
            TimelineEvent first = w.events().find(EventFilter.ALL).get(0);
            long imported = new Editor(w).run(EventEdits.edit(first, new TimelineEvent(first.key(), "Imported title",
                    first.summary(), first.category(), first.when(), first.approximate(), first.inferred(),
                    first.dateNote(), first.places(), first.organisations(), first.themes(), first.people(),
                    first.evidence()))).group();
            curation.pushImport(imported, "Import of a file", () -> {
                throw new IllegalStateException("not redone here");
            });
            onWorker(curation, () -> {
                curation.poll();
                return null;
            });
            assertThat(reported).as("the window's own import").isEmpty();

            long theirs;
            try (Workspace terminal = Workspace.open(file.toString(), false, false)) {
                TimelineEvent e = terminal.events().find(EventFilter.ALL).get(0);
                theirs = new Editor(terminal).run(EventEdits.edit(e, new TimelineEvent(e.key(), "Renamed in a terminal",
                        e.summary(), e.category(), e.when(), e.approximate(), e.inferred(), e.dateNote(), e.places(),
                        e.organisations(), e.themes(), e.people(), e.evidence()))).group();
            }
            onWorker(curation, () -> {
                curation.poll();
                return null;
            });
            assertThat(reported).singleElement().satisfies(groups ->
                    assertThat(groups).extracting(ChangeGroup::id).containsExactly(theirs));
        }
    }
}
