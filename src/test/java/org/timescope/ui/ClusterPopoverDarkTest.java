package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.TimelineLayout;
import org.timescope.ui.timeline.TimelineView;

/**
 * In the dark appearance the list of a clicked cluster fills its popup window edge to edge with dark pixels: a
 * window system without a compositor (Xvfb, many X11 desktops) draws every transparent pixel of a popup white,
 * so a drop shadow, rounded corners or an arrow would show as a white square frame around it.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterPopoverDarkTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Appearance appearance;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("dark-" + System.nanoTime() + ".db"), false);
        appearance = new Appearance();
        appearance.darkProperty().set(true);
        MainWindow window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1200, 640);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> appearance.darkProperty().set(false)).get();
        workspace.close();
    }

    @Test
    void theClusterListFillsItsPopupWindowWithDarkPixels(FxRobot robot) throws Exception {
        TimelineView t = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> {
            t.setLaneMode(LaneMode.THEME);
            t.zoomToFit();
        });
        // the fitted layout comes at a later pulse: wait for a cluster drawn in view
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> t.currentLayout() != null && t.currentLayout().clusters()
                .stream().anyMatch(c -> t.locate(c).isPresent()));
        TimelineLayout.Cluster cluster = t.currentLayout().clusters().stream().filter(c -> t.locate(c).isPresent())
                .findFirst().orElseThrow();
        robot.clickOn(t.localToScreen(t.locate(cluster).orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cluster-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#cluster-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getScene() != null && list.getScene().getWindow() != null
                && list.getScene().getWindow().getOpacity() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = list.getScene().snapshot(null));
        PixelReader px = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        assertThat(w).isGreaterThan(100);
        // every pixel of the window's outermost ring, where a shadow, a corner or an arrow would leave a gap
        for (int x = 0; x < w; x++) {
            assertDark(px.getColor(x, 0), x, 0);
            assertDark(px.getColor(x, h - 1), x, h - 1);
        }
        for (int y = 0; y < h; y++) {
            assertDark(px.getColor(0, y), 0, y);
            assertDark(px.getColor(w - 1, y), w - 1, y);
        }
    }

    private static void assertDark(Color c, int x, int y) {
        assertThat(c.getOpacity()).as("opacity of the popup window at %d,%d", x, y).isEqualTo(1.0);
        assertThat(c.getBrightness()).as("brightness of the popup window at %d,%d", x, y).isLessThan(0.5);
    }
}
