package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
import org.timescope.TestFiles;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/**
 * Switching collections as a researcher does, from the File menu: the title names the open file, the table
 * shows the other collection's events, a refused file leaves the first collection open, and Open recent lists
 * what was opened. Files are "chosen" through a replaced {@link FileChoice}, so no native dialog opens.
 */
@ExtendWith(ApplicationExtension.class)
class CollectionWindowTest {

    @TempDir
    static Path home;
    private Path first;
    private Path second;
    private Stage stage;
    private CollectionWindow collections;
    /** What the replaced file dialogs answer next. */
    private Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createDirectories(home.resolve("research-" + System.nanoTime()));
        first = dir.resolve("first.db");
        second = Files.createDirectories(dir.resolve("pilot")).resolve("second.db");
        try (Workspace w = Workspace.open(second, true)) {
            w.write(TestData.small());
        }
        collections = ShownCollections.on(stage, dir.resolve("config"), home.toString(), () -> chosen, 1400, 900);
        collections.start(first, false, List.of());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> collections.close()).get(10, TimeUnit.SECONDS);
    }

    private String folderOf(Path file) {
        return "~/" + home.relativize(file.getParent());
    }

    /** Waits until the window shows a collection with this title. */
    private void waitForTitle(String title) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> title.equals(stage.getTitle()) && stage.getScene().getRoot() instanceof MainWindow);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("expected the window on '" + title + "' but it is '" + stage.getTitle() + "' showing "
                    + stage.getScene().getRoot().getClass().getSimpleName()
                    + (stage.getScene().getRoot() instanceof LoadingPane l ? ": " + l.message() : ""));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> tableKeys(FxRobot robot) {
        return robot.lookup("#event-table").queryAs(TableView.class).getItems().stream()
                .map(e -> ((TimelineEvent) e).key()).toList();
    }

    /**
     * Opens the File menu and clicks an item as a person does: down into the menu first, then to the item. (A
     * straight line from "File" to an item may cross "Edit" in the menu bar, which opens the Edit menu instead.)
     */
    private static void fromFileMenu(FxRobot robot, String item) {
        robot.clickOn("File").moveBy(0, 26);
        robot.clickOn(item);
    }

    private void openFromTheMenu(FxRobot robot, Path file) {
        chosen = file;
        fromFileMenu(robot, "Open collection…");
    }

    @Test
    void openingASecondCollectionRetitlesTheWindowAndShowsItsEvents(FxRobot robot) throws Exception {
        waitForTitle("Timescope — first.db (" + folderOf(first) + ")");
        assertThat(tableKeys(robot)).hasSize(23); // the bundled dataset of a new collection
        openFromTheMenu(robot, second);
        waitForTitle("Timescope — second.db (" + folderOf(second) + ")");
        assertThat(tableKeys(robot)).containsExactlyInAnyOrderElementsOf(
                TestData.small().events().stream().map(TimelineEvent::key).toList());
    }

    @Test
    void anotherProgramsFileIsRefusedAndTheFirstCollectionStaysOpen(FxRobot robot) throws Exception {
        String firstTitle = "Timescope — first.db (" + folderOf(first) + ")";
        waitForTitle(firstTitle);
        Path foreign = TestFiles.foreignDatabase(first.resolveSibling("library.sqlite"), "DELETE");
        String before = TestFiles.sha256(foreign);
        openFromTheMenu(robot, foreign);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#refusal").tryQuery().isPresent());
        DialogPane refusal = robot.lookup("#refusal").queryAs(DialogPane.class);
        assertThat(refusal.getContentText()).isEqualTo(foreign
                + " is an SQLite database of another program (tables: refs, shelves), not a Timescope collection");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo(firstTitle);
        assertThat(tableKeys(robot)).hasSize(23);
        assertThat(TestFiles.sha256(foreign)).isEqualTo(before);
        // the first collection is still open and usable: a search still narrows the table
        robot.clickOn("#search").write("round");
        // the search runs when typing pauses; the timeline's index is read whole (the table's rows change on the FX thread)
        ShownWindow.await(() -> robot.lookup("#timeline").queryAs(org.timescope.ui.timeline.TimelineView.class)
                .getIndex().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableKeys(robot)).containsExactlyInAnyOrder("2021-ip-development-forum-round-table",
                "cnipa-round-table-overseas-enforcement-2022");
    }

    @Test
    void openRecentListsWhatWasOpenedAndReopensIt(FxRobot robot) throws Exception {
        String firstTitle = "Timescope — first.db (" + folderOf(first) + ")";
        waitForTitle(firstTitle);
        openFromTheMenu(robot, second);
        waitForTitle("Timescope — second.db (" + folderOf(second) + ")");
        fromFileMenu(robot, "Open recent");
        javafx.scene.control.Menu recent = recentMenu();
        assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(
                "second.db (" + folderOf(second) + ") — open", "first.db (" + folderOf(first) + ")");
        assertThat(recent.getItems()).extracting(MenuItem::isDisable).containsExactly(true, false);
        robot.clickOn("first.db (" + folderOf(first) + ")");
        waitForTitle(firstTitle);
        assertThat(tableKeys(robot)).hasSize(23);
    }

    @Test
    void aNewCollectionIsEmptyAndAMissingRecentOneIsShownDisabled(FxRobot robot) throws Exception {
        waitForTitle("Timescope — first.db (" + folderOf(first) + ")");
        Path fresh = first.resolveSibling("fresh.db");
        chosen = fresh;
        fromFileMenu(robot, "New collection…");
        waitForTitle("Timescope — fresh.db (" + folderOf(fresh) + ")");
        assertThat(tableKeys(robot)).isEmpty();
        Files.delete(first);
        fromFileMenu(robot, "Open recent");
        assertThat(recentMenu().getItems()).extracting(MenuItem::getText, MenuItem::isDisable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fresh.db (" + folderOf(fresh) + ") — open", true),
                org.assertj.core.groups.Tuple.tuple("first.db (" + folderOf(first) + ") — missing", true));
        robot.interact(() -> recentMenu().getParentMenu().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.control.Menu recentMenu() {
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.lookup("#menu-bar");
        return (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "open-recent".equals(i.getId())).findFirst().orElseThrow();
    }
}
