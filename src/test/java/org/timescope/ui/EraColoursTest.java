package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timescope.model.Era;
import org.timescope.render.EraPainter;
import org.timescope.render.Rgb;
import org.timescope.ui.timeline.TimelineView;

/**
 * Found by a walk through the window: hiding an era recoloured the others (a colour came from an era's place among
 * the eras drawn). An era keeps its colour whichever others are shown.
 */
class EraColoursTest extends WindowOnDatasetTest {

    private static Rgb drawn(List<Era> shown, String key) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(key)) {
                return EraPainter.colour(shown.get(i), i);
            }
        }
        throw new AssertionError("era " + key + " is not drawn");
    }

    @Test
    void hidingAnEraLeavesTheOthersTheirColours(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        ShownWindow.await(() -> timeline.getEras().size() == 2);
        List<Era> both = timeline.getEras();
        String second = both.get(1).key();
        Rgb before = drawn(both, second);
        assertThat(before).as("the two eras are told apart").isNotEqualTo(drawn(both, both.get(0).key()));
        CheckBox first = robot.lookup("#era-list .check-box").queryAs(CheckBox.class);
        robot.clickOn(first);
        ShownWindow.await(() -> timeline.getEras().size() == 1);
        assertThat(timeline.getEras().get(0).key()).isEqualTo(second);
        assertThat(drawn(timeline.getEras(), second)).isEqualTo(before);
    }
}
