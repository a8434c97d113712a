package org.timescope.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.Evidence;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.UndoStack;
import org.timescope.ui.catalog.EventMerge.Field;
import org.timescope.ui.catalog.EventMerge.Pick;

/** The merge's command on the bundled dataset: the picks are stored, the other event is gone, undo restores. */
class EventMergeStoreTest {

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("m.db"), false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theStoredEventHasThePicksAndEveryQuoteOfBoth() {
        TimelineEvent left = workspace.events().byKey("2021-ip-development-forum");
        TimelineEvent right = workspace.events().byKey("chen-qun-ip-cooperation-statement-2021");
        EventMerge m = new EventMerge(left, right);
        m.pick(Field.TITLE, Pick.RIGHT);
        m.pick(Field.DATES, Pick.LEFT);
        UndoStack undo = new UndoStack(new Editor(workspace));
        undo.run(m.command());
        TimelineEvent stored = workspace.events().byKey(left.key());
        assertThat(stored.title()).isEqualTo(right.title());
        assertThat(stored.when()).isEqualTo(left.when());
        assertThat(stored.evidence()).extracting(Evidence::quote)
                .containsAll(left.evidence().stream().map(Evidence::quote).toList())
                .containsAll(right.evidence().stream().map(Evidence::quote).toList());
        assertThat(workspace.events().find(EventFilter.ALL)).extracting(TimelineEvent::key).doesNotContain(right.key());
        undo.undo();
        assertThat(workspace.events().byKey(left.key())).isEqualTo(left);
        assertThat(workspace.events().byKey(right.key())).isEqualTo(right);
    }
}
