package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;

/**
 * The window reads (on its own threads) while its edit worker writes: a read must see the collection before
 * an edit or after it, never half of it. The edit here is held open in the middle — one event retitled, another
 * deleted, the transaction not yet committed — while another thread reads through the same workspace.
 */
class ReadsDuringAnEditTest {

    @TempDir
    Path dir;

    @Test
    void aReadWhileAnEditIsHalfDoneSeesTheCollectionAsItWasThenAsItIs() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("c.db"), false)) {
            List<TimelineEvent> all = workspace.events().find(EventFilter.ALL);
            assertThat(all).hasSize(23); // the bundled dataset: 23 events (README)
            TimelineEvent retitled = all.get(0);
            TimelineEvent deleted = all.get(1);
            CountDownLatch halfDone = new CountDownLatch(1);
            CountDownLatch mayFinish = new CountDownLatch(1);
            CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> workspace.edit(session -> {
                session.updateEvent(new TimelineEvent(retitled.key(), "Retitled while others read", retitled.summary(),
                        retitled.category(), retitled.when(), retitled.approximate(), retitled.inferred(),
                        retitled.dateNote(), retitled.places(), retitled.organisations(), retitled.themes(),
                        retitled.people(), retitled.evidence()));
                session.deleteEvent(deleted.key());
                halfDone.countDown();
                await(mayFinish);
                return null;
            }));
            assertThat(halfDone.await(30, TimeUnit.SECONDS)).as("the edit got half way").isTrue();

            assertThat(workspace.events().byKey(retitled.key()).title()).isEqualTo(retitled.title());
            assertThat(workspace.events().count(EventFilter.ALL)).isEqualTo(23);
            assertThat(workspace.events().byKey(deleted.key())).isNotNull();
            assertThat(workspace.events().timelineRows().size()).isEqualTo(23);

            mayFinish.countDown();
            edit.get(30, TimeUnit.SECONDS);
            assertThat(workspace.events().byKey(retitled.key()).title()).isEqualTo("Retitled while others read");
            assertThat(workspace.events().count(EventFilter.ALL)).isEqualTo(22);
            assertThat(workspace.events().byKey(deleted.key())).isNull();
        }
    }

    /**
     * The timeline's columns are kept between reads while nothing changed; a change committed by another program
     * (here another workspace on the same file, while this one's reads run on two threads) must be seen.
     */
    @Test
    void theTimelineReadAfterAnotherProgramsEditShowsIt() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Workspace window = Workspace.open(file, false)) {
            assertThat(window.events().timelineRows().size()).isEqualTo(23);
            // two reads at once: the second runs on a reading connection of its own
            int inside = window.snapshot(() -> {
                try {
                    return CompletableFuture.supplyAsync(() -> window.events().timelineRows().size()).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(inside).isEqualTo(23);
            try (Workspace terminal = Workspace.openExisting(file)) {
                TimelineEvent gone = terminal.events().find(EventFilter.ALL).get(5);
                terminal.edit(session -> {
                    session.deleteEvent(gone.key());
                    return null;
                });
            }
            assertThat(window.events().timelineRows().size()).isEqualTo(22);
            assertThat(CompletableFuture.supplyAsync(() -> window.events().timelineRows().size()).get(30, TimeUnit.SECONDS))
                    .isEqualTo(22);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the edit finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
