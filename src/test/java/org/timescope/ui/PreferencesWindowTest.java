package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.service.Preferences;
import org.timescope.service.PreferencesFile;
import org.timescope.timeline.layout.LaneMode;

/** The window opens a collection it has never shown with the preferences' lanes, and its edits carry their author. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {

    @TempDir
    static Path home;
    private Stage stage;
    private CollectionWindow collections;
    private PreferencesFile preferences;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = Files.createDirectories(home.resolve("config-" + System.nanoTime()));
        preferences = new PreferencesFile(config.resolve("preferences.json"));
        preferences.save(new Preferences("Ada Lovelace", "THEME"));
        FileChoice none = new FileChoice() {
            @Override
            public Optional<Path> collectionToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> collectionToCreate(Window owner) {
                return Optional.empty();
            }
        };
        Appearance appearance = new Appearance();
        Scene scene = new Scene(new LoadingPane("Opening …"), 1400, 900);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        collections = new CollectionWindow(stage, scene, appearance, new WindowStateFile(config.resolve("window.json")),
                new RecentCollections(config.resolve("recent.json")), none, home.toString(), preferences);
        collections.start(config.resolve("study.db"), false, List.of());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNewCollectionOpensWithThePreferredLanesAndEditsUnderThePreferredAuthor() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        assertThat(window.timeline().getLaneMode()).isEqualTo(LaneMode.THEME);
        String environment = System.getenv("TIMESCOPE_AUTHOR"); // when set, it names the author instead
        assertThat(window.workspace().author())
                .isEqualTo(environment == null || environment.isBlank() ? "Ada Lovelace" : environment.strip());
    }

    /**
     * Found by a walk through the window: Preferences opened with the focus on OK, so a name typed went nowhere and
     * Enter saved nothing. The author field has the focus (and its ring) when the dialog opens, the caret after the name.
     */
    @Test
    void preferencesOpenWithTheFocusInTheAuthorField(org.testfx.api.FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().getRoot() instanceof MainWindow);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#status");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA)
                .release(javafx.scene.input.KeyCode.COMMA, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preferences-author").tryQuery().isPresent());
        javafx.scene.control.TextField author = robot.lookup("#preferences-author")
                .queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> author.getScene().getFocusOwner() == author);
        assertThat(author.getCaretPosition()).isEqualTo("Ada Lovelace".length());
        robot.interact(() -> ((javafx.stage.Stage) author.getScene().getWindow()).close());
    }
}
