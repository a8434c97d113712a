package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.timeline.TimelineView;

/**
 * The selected event's links in the window: the detail pane lists them in words, a click selects the other event,
 * the timeline draws a connector to it, and removing a link is undone with Ctrl+Z.
 */
class LinksWindowTest extends WindowOnDatasetTest {


    // the bundled dataset links the college's first postgraduates (2020) to its establishment (2016): "follows"
    private static final String GRADUATES = "shanghai-international-college-first-graduates";
    private static final String COLLEGE = "shanghai-international-college-of-ip-established";

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private Point2D on(FxRobot robot, String key) {
        TimelineView t = timeline(robot);
        TimelineEvent e = t.getIndex().event(t.getIndex().indexOf(key));
        return t.localToScreen(t.locate(e).orElseThrow(() -> new AssertionError(e.title() + " is not drawn")));
    }

    /** Scrolls the detail pane to its foot, where the Links section is (above the collapsed History). */
    private void showLinks(FxRobot robot) {
        robot.interact(() -> robot.lookup("#detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    }

    private Hyperlink firstLink(FxRobot robot) {
        return robot.lookup("#link-0").tryQueryAs(Hyperlink.class).orElse(null);
    }

    @Test
    void theDetailPaneListsALinkAndClickingItSelectsTheOtherEventWithAConnectorDrawn(FxRobot robot) {
        ShownWindow.await(() -> timeline(robot).locate(timeline(robot).getIndex().event(
                timeline(robot).getIndex().indexOf(GRADUATES))).isPresent());
        robot.clickOn(on(robot, GRADUATES));
        ShownWindow.await(() -> firstLink(robot) != null);
        assertThat(firstLink(robot).getText())
                .isEqualTo("follows from: 2016 — Shanghai International College of IP established");
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 1);

        showLinks(robot);
        robot.clickOn(firstLink(robot));
        ShownWindow.await(() -> timeline(robot).getSelection() != null
                && timeline(robot).getSelection().key().equals(COLLEGE));
        ShownWindow.await(() -> firstLink(robot) != null && firstLink(robot).getText().startsWith("followed by: "));
        assertThat(firstLink(robot).getText())
                .isEqualTo("followed by: 2020 — First postgraduates of the Shanghai International College of IP graduate");
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 1);
    }

    @Test
    void removingALinkTakesItsConnectorAwayAndCtrlZBringsItBack(FxRobot robot) {
        ShownWindow.await(() -> timeline(robot).locate(timeline(robot).getIndex().event(
                timeline(robot).getIndex().indexOf(GRADUATES))).isPresent());
        robot.clickOn(on(robot, GRADUATES));
        ShownWindow.await(() -> firstLink(robot) != null);
        showLinks(robot);
        robot.clickOn("#link-remove-0");
        ShownWindow.await(() -> shown.workspace().links().of(GRADUATES).isEmpty() && firstLink(robot) == null);
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 0);

        robot.interact(() -> robot.lookup("#detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#detail-date"); // keys to the window again (the button clicked is gone), selection unchanged
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        ShownWindow.await(() -> shown.workspace().links().of(GRADUATES).size() == 1);
        ShownWindow.await(() -> firstLink(robot) != null && timeline(robot).linksDrawn().connectors() == 1);
    }
}
