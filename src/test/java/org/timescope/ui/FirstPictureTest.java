package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
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
import org.timescope.TestFiles;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * A large collection's dates are on screen before its window: when the read started beside the toolkit has reached
 * them, they are in the scene as the window starts, and even when the whole read has ended by the time the window
 * takes it over (a column cache on a fast disk), a pulse lays out the picture of the dates before the window, whose
 * own first frame takes longer, replaces it.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPictureTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void sizingTheStageIsNotTheFrameThatShowsTheDates(FxRobot robot) throws Exception {
        Path db = dir.resolve("small.db");
        org.timescope.timeline.layout.EventIndex dates;
        try (Workspace w = Workspace.open(db, true)) {
            w.write(org.timescope.TestData.small());
            dates = org.timescope.timeline.layout.EventIndex.of(w.events().timelineRows(), List.of(), w.events()::byKey);
        }
        LoadingPane[] loading = new LoadingPane[1];
        boolean[] awaitingAfterSizing = new boolean[1];
        robot.interact(() -> {
            loading[0] = new LoadingPane("Opening …");
            Scene scene = new Scene(loading[0], 900, 600);
            loading[0].preview(dates, List.of(), null);
            // what Stage.show does to size the window: CSS and a layout pass, no pulse and no frame
            loading[0].applyCss();
            loading[0].layout();
            awaitingAfterSizing[0] = loading[0].previewAwaitingPulse();
            stage.setScene(scene);
            stage.show();
        });
        assertThat(awaitingAfterSizing[0]).as("the picture still waits for its frame after the sizing layout").isTrue();
        ShownWindow.await(() -> !loading[0].previewAwaitingPulse()); // the next pulse lays it out for its frame
    }

    @Test
    void theDatesAreLaidOutBeforeTheWindowEvenWhenTheReadHasEnded(FxRobot robot) throws Exception {
        Path db = dir.resolve("large.db");
        Path csv = TestFiles.generatedCsv(dir.resolve("events.csv"), CollectionRead.PREVIEW_FROM + 1_000, 11);
        try (Workspace w = Workspace.open(db, true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
        }
        // the launch's read, at its end before the window takes it over: all it reached is handed on at once
        EarlyRead.start(db, false);
        EarlyRead.pendingEnd().get(60, TimeUnit.SECONDS);

        List<String> laidOut = new ArrayList<>(); // the root of the scene at each pulse's layout, in order
        CollectionWindow[] window = new CollectionWindow[1];
        boolean[] previewAtOnce = new boolean[1];
        robot.interact(() -> {
            Appearance appearance = new Appearance();
            // as TimescopeApp makes it: no theme (the window applies it before its first control)
            Scene scene = new Scene(new LoadingPane("Opening …", appearance.paintStyle()), 1200, 800);
            scene.addPostLayoutPulseListener(() -> {
                Parent root = scene.getRoot();
                String name = root.getClass().getSimpleName()
                        + (root instanceof LoadingPane l && l.showsDates() ? " with the dates" : "");
                if (laidOut.isEmpty() || !laidOut.get(laidOut.size() - 1).equals(name)) {
                    laidOut.add(name);
                }
            });
            stage.setScene(scene);
            Path config = dir.resolve("config-" + System.nanoTime());
            window[0] = new CollectionWindow(stage, scene, appearance, new WindowStateFile(config.resolve("window.json")),
                    new RecentCollections(config.resolve("recent.json")), FileChoice.dialogs(), dir.toString());
            // in the order TimescopeApp takes: the window starts, then the stage is shown (which lays the scene out
            // to size itself, without a pulse or a frame)
            window[0].start(db, false, List.of());
            previewAtOnce[0] = scene.getRoot() instanceof LoadingPane l && l.showsDates();
            stage.show();
        });
        assertThat(previewAtOnce[0]).as("the dates are in the scene as soon as the window starts").isTrue();
        ShownWindow.await(() -> stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(laidOut).as("the scene's root at each pulse").containsSubsequence("LoadingPane with the dates", "MainWindow");
        robot.interact(() -> window[0].close());
    }
}
