package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Found by a walk through the window: a long query typed key by key ran one search per key on the FX thread (the
 * window fell minutes behind the keys), and its chip and the status line then pushed the detail pane off the window.
 */
class LongSearchTest extends WindowOnDatasetTest {

    @Test
    void aLongQueryTypedKeyByKeyRunsAFewSearchesAndLeavesThePanesInTheWindow(FxRobot robot) {
        AtomicInteger searches = new AtomicInteger();
        robot.interact(() -> window.model().filterProperty().addListener((o, a, b) -> searches.incrementAndGet()));
        String query = "forum ".repeat(24).strip(); // 143 keys
        robot.clickOn("#search").write(query);
        ShownWindow.await(() -> query.equals(window.model().getFilter().text()));
        // one search when typing paused, not one per key (a slow machine may pause now and then)
        assertThat(searches.get()).isLessThan(query.length() / 8);
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo(query);
        // the eleven events whose title, summary or quotes say "forum" (counted in assets/dataset.json)
        assertThat(window.model().getEvents()).hasSize(11);

        double width = robot.lookup("#search").queryAs(TextField.class).getScene().getWidth();
        for (String id : new String[] {"#detail", "#chips", "#status", "#timeline"}) {
            Node node = robot.lookup(id).query();
            Bounds b = node.localToScene(node.getBoundsInLocal());
            assertThat(b.getMaxX()).as(id + " ends inside the window").isLessThanOrEqualTo(width + 1);
        }
    }

    /** Found by the same walk: a search without results left the timeline blank, as if nothing had loaded. */
    @Test
    void aSearchWithoutResultsSaysSoOnTheTimeline(FxRobot robot) {
        robot.clickOn("#search").write("zyxwvut").type(javafx.scene.input.KeyCode.ENTER);
        org.timescope.ui.timeline.TimelineView timeline = robot.lookup("#timeline")
                .queryAs(org.timescope.ui.timeline.TimelineView.class);
        ShownWindow.await(() -> timeline.getIndex().size() == 0);
        assertThat(timeline.emptyTextProperty().get()).isEqualTo("No events match the filters (Ctrl+Shift+X clears them)");
    }
}
