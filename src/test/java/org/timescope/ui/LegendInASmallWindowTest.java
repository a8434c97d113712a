package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found by a walk through the window: at 1000×700, each switch between the light and dark appearance made the
 * legend taller and the timeline shorter (its rows went from 8 to 1, the rest folded into "+N" badges). The legend
 * takes at most its share of the timeline's box and scrolls the rest; the appearance does not move the panes.
 */
class LegendInASmallWindowTest extends WindowOnDatasetTest {

    @Test
    void switchingTheAppearanceLeavesTheTimelineItsHeight(FxRobot robot) {
        Stage stage = (Stage) window.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node timeline = robot.lookup("#timeline").query();
        Node legend = robot.lookup("#legend").query().getParent().getParent().getParent(); // the legend's scroll pane
        assertThat(legend).isInstanceOf(javafx.scene.control.ScrollPane.class);
        double before = timeline.getLayoutBounds().getHeight();
        double box = timeline.getParent().getLayoutBounds().getHeight();
        assertThat(before).as("the timeline's share of its box at 1000×700").isGreaterThan(box / 2);
        for (int i = 0; i < 4; i++) {
            boolean dark = i % 2 == 0;
            robot.interact(() -> shown.appearance().darkProperty().set(dark));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> { }); // one more pulse: the legend is measured after it is filled
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(timeline.getLayoutBounds().getHeight()).as("after switch %d", i + 1).isGreaterThan(box / 2);
            assertThat(legend.getLayoutBounds().getHeight()).as("the legend after switch %d", i + 1)
                    .isLessThanOrEqualTo(Math.ceil(box * 0.25));
        }
    }
}
