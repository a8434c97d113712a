package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
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
import org.timescope.TestData;
import org.timescope.service.Workspace;

/**
 * Found by a walk through the window: started on a folder instead of a collection file, the window offered to "set it
 * aside and start a new one", and doing so renamed the researcher's folder. A folder is never moved: the window says
 * what it is and offers another collection.
 */
@ExtendWith(ApplicationExtension.class)
class StartOnAFolderTest {

    @TempDir
    static Path home;
    private Path folder;
    private Path other;
    private CollectionWindow collections;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createDirectories(home.resolve("research-" + System.nanoTime()));
        folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("reading-list.txt"), "Aeon; TimelineJS\n");
        other = dir.resolve("other.db");
        try (Workspace w = Workspace.open(other, true)) {
            w.write(TestData.small());
        }
        collections = ShownCollections.on(stage, dir.resolve("config"), home.toString(), () -> other, 1200, 800);
        collections.start(folder, false, List.of());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFolderIsNeitherRenamedNorOfferedToBeAndAnotherCollectionOpens(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String header = pane.getHeaderText();
        String content = pane.getContentText();
        List<String> buttons = pane.getButtonTypes().stream().map(b -> b.getText()).toList();
        // answered first, as a researcher would (its first button), so that a failure below leaves no dialog open
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#event-table").tryQuery().isPresent());
        assertThat(header).isEqualTo("Timescope cannot open the database");
        assertThat(content).contains("is a directory").contains("The folder is left as it is");
        assertThat(buttons).containsExactly("Open another collection…", "Quit");
        // the folder is where it was, with what it held, and nothing beside it was made from its name
        assertThat(folder).isDirectory();
        assertThat(folder.resolve("reading-list.txt")).hasContent("Aeon; TimelineJS");
        try (var siblings = Files.list(folder.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("notes") && !n.equals("notes"));
        }
    }
}
