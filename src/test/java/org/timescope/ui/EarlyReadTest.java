package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * The launch's read of the collection (started before JavaFX) is what the window is then built on: the same
 * collection, read once, with what it told before the window attached handed on.
 */
class EarlyReadTest {

    @TempDir
    Path dir;

    @Test
    void theWindowTakesTheLaunchsReadOfItsCollectionWithWhatItToldSoFar() throws Exception {
        Path db = dir.resolve("study.db");
        int stored;
        try (Workspace w = Workspace.open(db, false)) { // the bundled dataset
            stored = w.events().count(EventFilter.ALL);
        }
        EarlyRead.start(db, false);
        EarlyRead read = EarlyRead.take(db, false);
        assertThat(read).isNotNull();
        List<String> told = new CopyOnWriteArrayList<>();
        CollectionRead.Opened opened = read.attach(new CollectionRead.Progress() {
            @Override
            public void message(String text) {
                told.add(text);
            }

            @Override
            public void progress(double fraction) {
            }

            @Override
            public void preview(Path collection, EventIndex dates, List<String> themes) {
            }
        }).get(1, TimeUnit.MINUTES);
        try {
            assertThat(opened.model().total()).isEqualTo(stored).isEqualTo(23);
            assertThat(opened.workspace().file().toAbsolutePath()).isEqualTo(db.toAbsolutePath());
            // the message reached before or after attaching, never lost
            assertThat(told).contains("Reading 23 events from " + opened.workspace().file() + " …");
        } finally {
            opened.workspace().close();
        }
        assertThat(EarlyRead.take(db, false)).as("taken once").isNull();
    }

    @Test
    void aReadForOtherArgumentsIsNotTaken() throws Exception {
        Path db = dir.resolve("a.db");
        EarlyRead.start(db, true);
        assertThat(EarlyRead.take(dir.resolve("b.db"), true)).isNull();
        assertThat(EarlyRead.take(db, true)).as("given up, not kept for later").isNull();
        // the read given up still ends and closes its collection (before the folder is removed)
        EarlyRead.abandoned().get(1, TimeUnit.MINUTES);
    }
}
