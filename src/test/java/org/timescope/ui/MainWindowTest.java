package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The first window, driven headless: events listed, search narrows them, the detail pane follows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("ui-" + System.nanoTime() + ".db"), false);
        MainWindow window = new MainWindow();
        Scene scene = new Scene(window, 1200, 800);
        Appearance.apply(scene);
        stage.setScene(scene);
        stage.show();
        window.show(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineEvent> table(FxRobot robot) {
        return robot.lookup("#event-table").queryAs(TableView.class);
    }

    @Test
    void opensOnTheBundledDatasetWithTheFirstEventSelected(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(23);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("23 of 23 events");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo(table(robot).getItems().get(0).title());
    }

    @Test
    void searchingNarrowsTheTableAndShowsTheMatch(FxRobot robot) {
        robot.clickOn("#search").write("shipbuilding");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(TimelineEvent::key)
                .containsExactly("cnipa-visits-cssc-and-protection-center-2022");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("1 of 23 events");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("CNIPA visits China State Shipbuilding Corporation and the Shanghai IP Protection Center");
        assertThat(robot.lookup(".ts-detail-date").queryAs(Label.class).getText())
                .isEqualTo("November 2022 · month precision · approximate · inferred");
    }

    @Test
    void selectingARowShowsItsEvidence(FxRobot robot) {
        robot.clickOn("#search").write("Tuesday");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".ts-quote").queryAllAs(Label.class)).anySatisfy(
                quote -> assertThat(quote.getText()).contains("Vice Mayor Chen Qun said on Tuesday"));
        assertThat(robot.lookup(".ts-quote-source").queryAllAs(Label.class)).anySatisfy(
                source -> assertThat(source.getText()).contains("City to enhance IP international cooperation"));
    }
}
