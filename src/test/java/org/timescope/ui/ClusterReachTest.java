package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.TimelineLayout;
import org.timescope.ui.timeline.TimelineView;

/**
 * Issue 13, every event reachable, in a window small enough that lanes by theme count events in "+N"
 * clusters: a cluster opens into the list of its events, and an event chosen anywhere comes out of its cluster.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterReachTest {

    @TempDir
    static Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("reach-" + System.nanoTime() + ".db"), false);
        Appearance appearance = new Appearance();
        MainWindow window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1200, 640);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Each theme's event titles as the dataset file has them, read without Timescope's code. */
    private static Map<String, TreeSet<String>> titlesByTheme() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ClusterReachTest.class.getResourceAsStream("/assets/dataset.json"));
        Map<String, TreeSet<String>> byTheme = new TreeMap<>();
        root.get("events").forEach(e -> e.get("themes").forEach(t -> byTheme.computeIfAbsent(t.asText(),
                k -> new TreeSet<>()).add(e.get("title").asText())));
        return byTheme;
    }

    private static TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private static TimelineView byTheme(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> {
            t.setLaneMode(LaneMode.THEME);
            t.zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.currentLayout().clusters()).as("this window is small enough for clusters").isNotEmpty();
        return t;
    }

    /** Drawn one by one in each lane it is in, and counted in no cluster. */
    private static void assertDrawnNotClustered(TimelineView t, TimelineEvent e) {
        TimelineLayout layout = t.currentLayout();
        int at = t.getIndex().indexOf(e.key());
        assertThat(layout.items().stream().filter(i -> i.event() == at).map(TimelineLayout.Item::lane).distinct())
                .as(e.title()).hasSize(e.themes().size());
        for (TimelineLayout.Cluster c : layout.clusters()) {
            for (int k = 0; k < c.events().size(); k++) {
                assertThat(c.events().get(k)).as("%s in a cluster", e.title()).isNotEqualTo(at);
            }
        }
        assertThat(t.locate(e)).as("%s on screen", e.title()).isPresent();
    }

    private static boolean opaque(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n.getOpacity() < 1 || !n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int clusteredEvent(TimelineView t) {
        TimelineLayout.Cluster c = t.currentLayout().clusters().get(0);
        return c.events().get(c.events().size() - 1);
    }

    @Test
    void clickingAClusterListsItsEventsAndChoosingOneSelectsAndDrawsIt(FxRobot robot) throws Exception {
        TimelineView t = byTheme(robot);
        TimelineLayout layout = t.currentLayout();
        // a lane with one cluster: the cluster holds the lane's events that are not drawn
        TimelineLayout.Cluster cluster = layout.clusters().stream()
                .filter(c -> layout.clusters().stream().filter(o -> o.lane() == c.lane()).count() == 1)
                .filter(c -> t.locate(c).isPresent()).findFirst().orElseThrow();
        String lane = layout.lanes().get(cluster.lane()).label();
        TreeSet<String> expected = new TreeSet<>(titlesByTheme().get(lane));
        layout.items().stream().filter(i -> i.lane() == cluster.lane())
                .forEach(i -> expected.remove(t.getIndex().title(i.event())));
        assertThat(expected).hasSize(cluster.count());

        robot.clickOn(t.localToScreen(t.locate(cluster).orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cluster-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#cluster-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opaque(list)); // shown, not a transparent popup
        List<String> rows = new ArrayList<>();
        for (Object event : list.getItems()) {
            rows.add(t.getIndex().title((Integer) event));
        }
        assertThat(new TreeSet<>(rows)).isEqualTo(expected);
        List<String> shown = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).map(ListCell::getText).toList();
        assertThat(shown).isNotEmpty().allMatch(text -> expected.stream().anyMatch(text::endsWith));

        ListCell<?> last = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).reduce((a, b) -> b).orElseThrow();
        TimelineEvent chosen = t.getIndex().event((Integer) last.getItem());
        robot.clickOn(last);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSelection()).isEqualTo(chosen);
        assertThat(robot.lookup("#cluster-list").tryQuery()).isEmpty();
        assertDrawnNotClustered(t, chosen);
    }

    @Test
    void selectingInTheTableAnEventThatWasClusteredRevealsIt(FxRobot robot) {
        TimelineView t = byTheme(robot);
        TimelineEvent hidden = t.getIndex().event(clusteredEvent(t));
        @SuppressWarnings("unchecked")
        TableView<TimelineEvent> table = robot.lookup("#event-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(hidden));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSelection()).isEqualTo(hidden);
        assertDrawnNotClustered(t, hidden);
    }

    @Test
    void theRightKeyStepsOntoAClusteredEventAndRevealsIt(FxRobot robot) {
        TimelineView t = byTheme(robot);
        int hidden = clusteredEvent(t);
        assertThat(hidden).isPositive();
        robot.interact(() -> t.select(t.getIndex().event(hidden - 1)));
        robot.interact(() -> {
            t.zoomToFit();
            t.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.currentLayout().clusters()).as("clustered again once all is fitted")
                .anyMatch(c -> c.events().contains(hidden));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSelection()).isEqualTo(t.getIndex().event(hidden));
        assertDrawnNotClustered(t, t.getSelection());
    }
}
