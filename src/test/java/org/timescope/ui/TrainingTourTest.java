package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;

/**
 * The steps the package's AOT cache is trained on (decision 0050) run in a real window, one after another, and
 * leave the collection as it was: the duplicate they make is undone, the filters are cleared.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingTourTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("tour-" + System.nanoTime() + ".db"), false);
        Appearance appearance = new Appearance();
        window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1200, 800);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void onlyTheTrainingVariableAsksForIt() {
        assertThat(TrainingTour.asked(Map.of())).isFalse();
        assertThat(TrainingTour.asked(Map.of(TrainingTour.VARIABLE, " "))).isFalse();
        assertThat(TrainingTour.asked(Map.of(TrainingTour.VARIABLE, "1"))).isTrue();
    }

    @Test
    void theTourFiltersZoomsEditsAndUndoesThenEnds(FxRobot robot) throws Exception {
        int stored = workspace.events().count(EventFilter.ALL);
        assertThat(stored).isEqualTo(23); // the bundled dataset
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> new TrainingTour(window).run(() -> done.set(true)));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, done::get);
        WaitForAsyncUtils.waitForFxEvents();
        // the duplicate was written and undone: one step to redo, and the stored events are the 23 of before
        assertThat(window.curation().canRedoProperty().get()).isTrue();
        assertThat(window.curation().redoTextProperty().get()).containsIgnoringCase("duplicate");
        assertThat(workspace.events().count(EventFilter.ALL)).isEqualTo(stored);
        assertThat(window.model().getFilter()).isEqualTo(EventFilter.ALL);
        assertThat(window.model().shownProperty().get().size()).isEqualTo(stored);
    }
}
