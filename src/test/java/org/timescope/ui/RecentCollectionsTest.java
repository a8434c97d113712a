package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open recent keeps the last eight collections, newest first, beside window.json; the title names the file. */
class RecentCollectionsTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLastEightNewestFirstAndMovesAReopenedOneToTheFront() {
        RecentCollections recent = RecentCollections.beside(dir.resolve("timescope/window.json"));
        IntStream.rangeClosed(1, 10).forEach(i -> recent.add(dir.resolve("c" + i + ".db")));
        recent.add(dir.resolve("c5.db"));
        assertThat(recent.list()).containsExactly(dir.resolve("c5.db"), dir.resolve("c10.db"), dir.resolve("c9.db"),
                dir.resolve("c8.db"), dir.resolve("c7.db"), dir.resolve("c6.db"), dir.resolve("c4.db"), dir.resolve("c3.db"));
        assertThat(dir.resolve("timescope/recent.json")).exists();
        assertThat(new RecentCollections(dir.resolve("timescope/recent.json")).list()).hasSize(8);
    }

    @Test
    void aDamagedListIsEmptyAndIsReplacedOnTheNextOpen() throws Exception {
        Path file = Files.writeString(dir.resolve("recent.json"), "{not json");
        RecentCollections recent = new RecentCollections(file);
        assertThat(recent.list()).isEmpty();
        assertThat(recent.add(dir.resolve("a.db"))).isTrue();
        assertThat(recent.list()).containsExactly(dir.resolve("a.db"));
    }

    @Test
    void aCollectionOpenedIsListedAtOnceAndItsFileWrittenBehindAClearAfterItWins() throws Exception {
        Path file = dir.resolve("timescope/recent.json");
        RecentCollections recent = new RecentCollections(file);
        recent.add(dir.resolve("old.db"));
        recent.addInBackground(dir.resolve("new.db"));
        assertThat(recent.list()).containsExactly(dir.resolve("new.db"), dir.resolve("old.db"));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> new RecentCollections(file).list().size() == 2);
        assertThat(new RecentCollections(file).list()).containsExactly(dir.resolve("new.db"), dir.resolve("old.db"));
        // forgetting them while a write is queued: the write does not bring the list back
        recent.addInBackground(dir.resolve("third.db"));
        assertThat(recent.clear()).isTrue();
        assertThat(file).doesNotExist();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void theTitleNamesTheFileAndItsFolderWithATildeForHome() {
        assertThat(CollectionTitle.of(Path.of("/home/ada/research/study.db"), "/home/ada"))
                .isEqualTo("Timescope — study.db (~/research)");
        assertThat(CollectionTitle.of(Path.of("/home/ada/study.db"), "/home/ada")).isEqualTo("Timescope — study.db (~)");
        assertThat(CollectionTitle.of(Path.of("/srv/shared/team.db"), "/home/ada")).isEqualTo("Timescope — team.db (/srv/shared)");
        assertThat(CollectionTitle.name(Path.of("/home/adam/x.db"), "/home/ada")).isEqualTo("x.db (/home/adam)");
    }
}
