package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.model.EventFilter;

/**
 * A duplicate undone as soon as it is written, before the window has shown it: the table held a row whose event
 * the store no longer had, and its cells threw in the middle of a layout pass (decision 0050). The window ends
 * as it began, with no exception on the way.
 */
class DuplicateUndoneAtOnceTest extends WindowOnDatasetTest {

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void theWindowEndsAsItBeganWithTheUndoWaitingToBeRedone(FxRobot robot) throws Exception {
        int stored = workspace.events().count(EventFilter.ALL);
        assertThat(stored).isEqualTo(23); // the bundled dataset
        robot.interact(() -> {
            var index = window.model().shownProperty().get();
            window.select(List.of(index.key(index.size() / 2)));
        });
        robot.interact(() -> {
            // the undo as soon as the duplicate is written: the window has not shown the duplicate yet
            var busy = window.curation().busyProperty();
            busy.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (!is) {
                        busy.removeListener(this);
                        javafx.application.Platform.runLater(() -> window.edits().undo());
                    }
                }
            });
            window.edits().duplicate();
        });
        waitUntil(() -> !window.curation().busyProperty().get() && window.curation().canRedoProperty().get()
                && window.model().shownProperty().get().size() == stored);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.curation().redoTextProperty().get()).containsIgnoringCase("duplicate");
        assertThat(workspace.events().count(EventFilter.ALL)).isEqualTo(stored);
        assertThat(window.table().getItems()).hasSize(stored).doesNotContainNull();
    }
}
