package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at small sizes: the filter panel and the detail pane keep a readable width (250 px holds
 * "World Intellectual Property Organization" on two lines; at 30 px they showed one letter a line) when the
 * window shrinks to 800×500 and when it grows again, and a collapsed layout saved by an earlier run is not
 * brought back.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesTest {

    /** Readable: a filter list or the detail pane narrower than this wraps names onto three lines and more. */
    private static final double READABLE = 250;

    @TempDir
    static Path home;
    private Stage stage;
    private CollectionWindow collections;
    private Path config;
    private boolean closed;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createDirectories(home.resolve("sizes-" + System.nanoTime()));
        config = dir.resolve("config");
        Files.createDirectories(config);
        // what an earlier run saved after the panes had collapsed to a sliver each
        Files.writeString(config.resolve("window.json"), """
                {"width": 1024, "height": 700, "maximized": false,
                 "bodyDividers": [0.03, 0.97], "centreDividers": [0.98], "dark": false}
                """);
        Appearance appearance = new Appearance();
        Scene scene = new Scene(new LoadingPane("Opening …"), 1024, 700);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        collections = new CollectionWindow(stage, scene, appearance, new WindowStateFile(config.resolve("window.json")),
                new RecentCollections(config.resolve("recent.json")), new FileChoice() {
                    @Override
                    public java.util.Optional<Path> collectionToOpen(javafx.stage.Window owner) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public java.util.Optional<Path> collectionToCreate(javafx.stage.Window owner) {
                        return java.util.Optional.empty();
                    }
                }, home.toString());
        collections.start(dir.resolve("sizes.db"), false, List.of());
    }

    @AfterEach
    void close() throws Exception {
        if (!closed) {
            WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
        }
    }

    private void awaitWindow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double width(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Node.class).getLayoutBounds().getWidth();
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCollapsedLayoutSavedBeforeIsNotRestored(FxRobot robot) throws Exception {
        awaitWindow();
        assertThat(width(robot, "#filters")).isGreaterThanOrEqualTo(READABLE);
        assertThat(width(robot, "#side-pane")).isGreaterThanOrEqualTo(READABLE);
        assertThat(robot.lookup("#event-table").queryAs(Node.class).getLayoutBounds().getHeight()).isGreaterThan(60);
    }

    @Test
    void shrinkingTo800By500AndGrowingKeepsThePanesReadable(FxRobot robot) throws Exception {
        awaitWindow();
        resize(robot, 800, 500);
        assertThat(width(robot, "#filters")).isGreaterThanOrEqualTo(READABLE);
        assertThat(width(robot, "#side-pane")).isGreaterThanOrEqualTo(READABLE);
        assertThat(width(robot, "#timeline")).isGreaterThanOrEqualTo(200);
        resize(robot, 1600, 1000);
        assertThat(width(robot, "#filters")).isGreaterThanOrEqualTo(READABLE);
        assertThat(width(robot, "#side-pane")).isGreaterThanOrEqualTo(READABLE);
        assertThat(width(robot, "#timeline")).isGreaterThan(600);
    }

    @Test
    void theLayoutSavedAtASmallSizeIsNotCollapsed(FxRobot robot) throws Exception {
        awaitWindow();
        resize(robot, 800, 500);
        closed = true;
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
        WindowState saved = new WindowStateFile(config.resolve("window.json")).load();
        List<Double> d = saved.bodyDividers();
        // none saved means the defaults next time; saved ones leave both panes readable at the saved width
        assertThat(d == null || d.get(0) * saved.width() >= READABLE - 1 && (1 - d.get(1)) * saved.width() >= READABLE - 1)
                .as("saved %s at width %s", d, saved.width()).isTrue();
    }
}
