package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import org.timescope.timeline.layout.TimeScale;
import org.timescope.ui.timeline.OverviewBand;
import org.timescope.ui.timeline.TimelineView;

/**
 * The viewer defects of the walk-through (issue 13), each as the researcher met it, on the bundled dataset: dates
 * and titles expected here are those of assets/dataset.json.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private MainWindow window;
    private Appearance appearance;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("view-" + System.nanoTime() + ".db"), false);
        appearance = new Appearance();
        window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1500, 950);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.curation().close();
        workspace.close();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private TimelineEvent byKey(FxRobot robot, String key) {
        TimelineView t = timeline(robot);
        return t.getIndex().event(t.getIndex().indexOf(key));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void typingASearchKeepsTheSelectedEventWhileItStillMatches(FxRobot robot) {
        TimelineEvent forum = byKey(robot, "19th-shanghai-international-ip-forum-sessions");
        robot.interact(() -> timeline(robot).select(forum));
        robot.clickOn("#search").write("Forum");
        ShownWindow.await(() -> status(robot).contains("text “Forum”")); // the search runs when typing pauses
        assertThat(timeline(robot).getSelection()).isEqualTo(forum);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(forum.title());
    }

    @Test
    void theStatusBarFollowsTheSearchWhenTheCountStaysTheSame(FxRobot robot) {
        // search matches whole words: neither "F" nor "Fo" is one in the dataset, both find no event
        robot.clickOn("#search").write("F");
        ShownWindow.await(() -> status(robot).startsWith("0 of 23 events · text “F”"));
        robot.write("o");
        ShownWindow.await(() -> status(robot).startsWith("0 of 23 events · text “Fo”"));
    }

    @Test
    void zoomingToALongEventFitsItAcrossTheTimeline(FxRobot robot) {
        TimelineView t = timeline(robot);
        // Annual white papers on IP prosecution: 2016 to 2021, six of the eight years shown at first
        robot.interact(() -> t.select(byKey(robot, "shanghai-ip-prosecution-white-papers")));
        double shownBefore = t.getScale().endDay() - t.getScale().startDay();
        robot.interact(t::zoomToSelection);
        TimeScale s = t.getScale();
        double from = s.x(day(2016, 1, 1));
        double to = s.x(day(2022, 1, 1));
        assertThat(from).isGreaterThanOrEqualTo(0);
        assertThat(to).isLessThanOrEqualTo(s.width());
        assertThat((to - from) / s.width()).isGreaterThan(0.8);
        assertThat(s.endDay() - s.startDay()).isLessThan(shownBefore);
    }

    @Test
    void theOverviewBandSaysWhichYearAndMonthYouAreIn(FxRobot robot) {
        OverviewBand band = robot.lookup("#overview").queryAs(OverviewBand.class);
        assertThat(band.labels()).contains("2016", "2020", "2022"); // all events: 2016 to 2023
        // the events of the 19th Forum, all on 18 November 2022: the band spans weeks around that day, ticked by
        // day numbers, and must say which month and year those are
        robot.clickOn("#search").write("19th");
        ShownWindow.await(() -> timeline(robot).getIndex().size() < 23);
        assertThat(timeline(robot).getIndex().minDay()).isEqualTo(day(2022, 11, 18));
        assertThat(band.labels()).contains("Nov 2022").anyMatch(l -> l.matches("\\d{1,2}"));
    }

    @Test
    void f1ListsTheMenuShortcutsAndZoomAroundThePointer(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#shortcuts-text").queryAs(TextArea.class).getText();
        assertThat(text).contains("zoom in / out around the pointer").doesNotContain("around the centre\n")
                .contains("Open collection…").contains("Export snapshot…").contains("Zoom to selection")
                .contains("Ctrl+Shift+S");
        // every line whole in the dialog as shown (a walk found it 590 px wide, lines cut and scrolled sideways)
        TextArea area = robot.lookup("#shortcuts-text").queryAs(TextArea.class);
        String longest = text.lines().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(longest);
        probe.setFont(area.getFont());
        assertThat(area.getWidth()).as("room for: " + longest).isGreaterThan(probe.getLayoutBounds().getWidth() + 30);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void plusZoomsAroundThePointer(FxRobot robot) {
        TimelineView t = timeline(robot);
        double x = 300;
        robot.moveTo(t.localToScreen(x, 300));
        robot.clickOn(t.localToScreen(x, 300)); // focus, on empty space
        double dayUnder = t.getScale().day(x);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getScale().day(x)).isCloseTo(dayUnder, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theLegendShowsASampleOfEachDateStyleAndNoStrayDot(FxRobot robot) {
        List<Label> keys = robot.lookup("#legend .ts-legend-key").queryAllAs(Label.class).stream().toList();
        assertThat(keys).extracting(Label::getText).contains("date as stated", "inferred", "approximate", "a day");
        assertThat(keys).allMatch(k -> k.getGraphic() != null);
        assertThat(robot.lookup("#legend .label").queryAllAs(Label.class))
                .noneMatch(l -> l.getText().strip().startsWith("·"));
    }

    @Test
    void theArticleViewerClosesWithItsButtonEscapeAndCtrlW(FxRobot robot) throws Exception {
        robot.interact(() -> timeline(robot).select(byKey(robot, "19th-shanghai-international-ip-forum")));
        for (KeyCode[] how : new KeyCode[][] {{KeyCode.ESCAPE}, {KeyCode.CONTROL, KeyCode.W}, {}}) {
            Button open = robot.lookup(".button").queryAllAs(Button.class).stream()
                    .filter(b -> "Open article".equals(b.getText())).findFirst().orElseThrow();
            robot.interact(open::fire); // the button may be below the fold of the detail pane
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#source-quote").tryQuery().isPresent());
            Text quote = robot.lookup("#source-quote").queryAs(Text.class);
            assertThat(quote.isUnderline()).as("a quote is not a link").isFalse();
            Window viewer = quote.getScene().getWindow();
            if (how.length == 0) {
                robot.clickOn("#source-close");
            } else {
                robot.push(how);
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewer.isShowing());
        }
    }

    @Test
    void menusInTheDarkAppearanceHaveNoShadowFrameAroundThem(FxRobot robot) throws Exception {
        robot.interact(() -> appearance.darkProperty().set(true));
        javafx.scene.control.TableView<?> table = robot.lookup("#event-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getContextMenu().show(table, javafx.geometry.Side.TOP, 40, 40));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        ContextMenu menu = (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        // where a window cannot be transparent, a shadow or rounded corner around the menu is drawn white
        Node styled = menu.getScene().getRoot().lookup(".context-menu"); // the node the stylesheet styles
        assertThat(styled).isNotNull();
        assertThat(styled.getEffect()).isNull();
        assertThat(menu.getSkin().getNode().getEffect()).isNull();
        robot.type(KeyCode.ESCAPE);
    }
}
