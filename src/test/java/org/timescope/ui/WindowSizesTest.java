package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
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

    /** Whether a node with this id is in the window now (a hidden pane is taken out of it). */
    private boolean inWindow(String id) {
        return stage.getScene().lookup(id) != null;
    }

    /** A node's width, read on the FX thread (ShownWindow.await's conditions run there: they call widthNow). */
    private double widthOnFx(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> widthNow(id)).get(10, TimeUnit.SECONDS);
    }

    private double widthNow(String id) {
        return stage.getScene().lookup(id).getLayoutBounds().getWidth();
    }

    /**
     * At 1000×700 the two side panes took 560 px of the width; Alt+1 and Alt+2 (View → Filters pane, Details
     * pane) hide them and give it to the timeline, and bring them back as wide as they were.
     */
    @Test
    void hidingTheSidePanesGivesTheirWidthToTheTimeline(FxRobot robot) throws Exception {
        awaitWindow();
        resize(robot, 1000, 700);
        double timeline = widthOnFx("#timeline");
        double filters = widthOnFx("#filters");
        double side = widthOnFx("#side-pane");
        robot.clickOn("#event-table");
        robot.push(KeyCode.ALT, KeyCode.DIGIT1);
        ShownWindow.await(() -> !inWindow("#filters"));
        ShownWindow.await(() -> widthNow("#timeline") > timeline + filters - 20);
        robot.push(KeyCode.ALT, KeyCode.DIGIT2);
        ShownWindow.await(() -> !inWindow("#side-pane"));
        ShownWindow.await(() -> widthNow("#timeline") > 1000 - 40);
        // the event form needs the side pane: Ctrl+N shows it again, with the form
        robot.push(KeyCode.CONTROL, KeyCode.N);
        ShownWindow.await(() -> inWindow("#side-pane") && inWindow("#event-form"));
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.DIGIT1);
        ShownWindow.await(() -> inWindow("#filters"));
        ShownWindow.await(() -> Math.abs(widthNow("#filters") - filters) < 3);
        assertThat(side).isGreaterThanOrEqualTo(READABLE);
    }

    /** A hidden pane stays hidden at the next start; the split positions saved are those of all three panes. */
    @Test
    void aHiddenPaneIsSavedHiddenWithTheSplitsOfAllThree(FxRobot robot) throws Exception {
        awaitWindow();
        resize(robot, 1200, 800);
        robot.clickOn("#event-table");
        robot.push(KeyCode.ALT, KeyCode.DIGIT1);
        ShownWindow.await(() -> !inWindow("#filters"));
        closed = true;
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
        WindowState saved = new WindowStateFile(config.resolve("window.json")).load();
        assertThat(saved.filtersPane()).isFalse();
        assertThat(saved.detailsPane()).isTrue();
        assertThat(saved.bodyDividers()).hasSize(2);
        assertThat(saved.bodyDividers().get(0) * saved.width()).isGreaterThanOrEqualTo(READABLE);
    }
}
