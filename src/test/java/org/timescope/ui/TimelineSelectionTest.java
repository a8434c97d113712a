package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.ui.timeline.TimelineView;

/**
 * Selecting several events on the timeline as on the table: Shift-click adds, Ctrl-click toggles, Ctrl+A takes
 * every event shown; the bulk editor gets them, and the timeline marks each one.
 */
class TimelineSelectionTest extends WindowOnDatasetTest {


    private static void await(BooleanSupplier condition) {
        ShownWindow.await(condition);
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineEvent> table(FxRobot robot) {
        return robot.lookup("#event-table").queryAs(TableView.class);
    }

    private TimelineEvent byKey(FxRobot robot, String key) {
        TimelineView t = timeline(robot);
        return t.getIndex().event(t.getIndex().indexOf(key));
    }

    private Point2D on(FxRobot robot, TimelineEvent e) {
        TimelineView t = timeline(robot);
        return t.localToScreen(t.locate(e).orElseThrow(() -> new AssertionError(e.title() + " is not drawn")));
    }

    private void clickWith(FxRobot robot, KeyCode modifier, TimelineEvent e) {
        robot.press(modifier);
        try {
            robot.clickOn(on(robot, e));
        } finally {
            robot.release(modifier);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // two events of the bundled dataset that stand apart on the timeline (2016 and 2023)
    private static final String COLLEGE = "shanghai-international-college-of-ip-established";
    private static final String MEETING = "shanghai-ip-joint-conference-2023-work-meeting";

    @Test
    void shiftClickingTwoEventsOpensTheBulkEditorOnBoth(FxRobot robot) {
        TimelineEvent college = byKey(robot, COLLEGE);
        TimelineEvent meeting = byKey(robot, MEETING);
        robot.clickOn(on(robot, college));
        clickWith(robot, KeyCode.SHIFT, meeting);
        await(() -> robot.lookup("#bulk-heading").tryQuery().isPresent());
        assertThat(robot.lookup("#bulk-heading").queryAs(Label.class).getText()).isEqualTo("2 events selected");
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(college, meeting);
        TimelineView t = timeline(robot);
        assertThat(t.markedProperty().get().stream().mapToObj(i -> t.getIndex().key(i)).toList())
                .containsExactlyInAnyOrder(COLLEGE, MEETING);
    }

    @Test
    void ctrlClickTakesAnEventOutAndAPlainClickSelectsOneAgain(FxRobot robot) {
        TimelineEvent college = byKey(robot, COLLEGE);
        TimelineEvent meeting = byKey(robot, MEETING);
        robot.clickOn(on(robot, college));
        clickWith(robot, KeyCode.CONTROL, meeting);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(2);
        clickWith(robot, KeyCode.CONTROL, meeting);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(college);
        assertThat(timeline(robot).markedProperty().get().isEmpty()).isTrue();
        clickWith(robot, KeyCode.SHIFT, meeting);
        robot.clickOn(on(robot, meeting));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(meeting);
        assertThat(timeline(robot).getSelection()).isEqualTo(meeting);
    }

    @Test
    void selectAllShownOnTheTimelineMarksEveryEventShown(FxRobot robot) {
        robot.clickOn(on(robot, byKey(robot, COLLEGE)));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(23); // the bundled dataset's events
        assertThat(timeline(robot).markedProperty().get().cardinality()).isEqualTo(23);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#bulk-heading").tryQuery().isPresent());
        assertThat(robot.lookup("#bulk-heading").queryAs(Label.class).getText()).isEqualTo("23 events selected");
    }
}
