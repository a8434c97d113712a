package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import org.timescope.model.EventFilter;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.ui.catalog.CatalogModel;

/** The catalogue window and the merge of two events, driven headless as a researcher would. */
@ExtendWith(ApplicationExtension.class)
class CurationWindowTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("curation-" + System.nanoTime() + ".db"), false);
        Appearance appearance = new Appearance();
        window = new MainWindow(workspace, appearance);
        scene = new Scene(window, 1500, 950);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != scene.getWindow())
                .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
        workspace.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Opens the catalogue on a list's tab, once it has been read. */
    private Node openCatalogue(FxRobot robot, String tabTitle) throws Exception {
        robot.interact(window::openCatalogue);
        waitUntil(() -> !tree(robot, "organisation").getRoot().getChildren().isEmpty());
        TabPane tabs = robot.lookup("#catalogue-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(tabTitle)).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        return tab.getContent();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<CatalogModel.Entry> tree(FxRobot robot, String kind) {
        return robot.lookup("#" + kind + "-list").queryAs(TreeView.class);
    }

    private static List<String> names(TreeView<CatalogModel.Entry> tree) {
        List<String> names = new java.util.ArrayList<>();
        collect(tree.getRoot(), names);
        return names;
    }

    private static void collect(TreeItem<CatalogModel.Entry> item, List<String> out) {
        for (TreeItem<CatalogModel.Entry> child : item.getChildren()) {
            out.add(child.getValue().name());
            collect(child, out);
        }
    }

    private static CatalogModel.Entry entry(TreeView<CatalogModel.Entry> tree, String name) {
        List<TreeItem<CatalogModel.Entry>> all = new java.util.ArrayList<>();
        java.util.Deque<TreeItem<CatalogModel.Entry>> todo = new java.util.ArrayDeque<>(tree.getRoot().getChildren());
        while (!todo.isEmpty()) {
            TreeItem<CatalogModel.Entry> i = todo.pop();
            all.add(i);
            todo.addAll(i.getChildren());
        }
        return all.stream().map(TreeItem::getValue).filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static void search(FxRobot robot, Node tab, String kind, String text) {
        TextField field = robot.from(tab).lookup("#" + kind + "-search").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
    }

    /** Types into the chooser's search (the text at once: typing key by key is slow under Monocle). */
    private static void type(FxRobot robot, String text) {
        TextField field = robot.lookup("#chooser-search").queryAs(TextField.class);
        robot.clickOn(field).write(text.substring(0, 1));
        robot.interact(() -> field.setText(text));
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .queryAs(Button.class);
    }

    @Test
    void aThemeRenamedInTheCatalogueIsRenamedInTheMainWindow(FxRobot robot) throws Exception {
        Node tab = openCatalogue(robot, "Themes");
        search(robot, tab, "theme", "Judicial");
        TextField name = robot.from(tab).lookup("#entry-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Judicial protection");
        robot.doubleClickOn(name).eraseText(1);
        robot.interact(() -> name.setText("Judicial protection of IP"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        // the catalogue lists it with its events, and the main window shows the new name (as after its own edits)
        waitUntil(() -> names(tree(robot, "theme")).contains("Judicial protection of IP"));
        assertThat(workspace.catalog().themes()).extracting(Theme::name).contains("Judicial protection of IP")
                .doesNotContain("Judicial protection");
        waitUntil(() -> window.model().themeNames().contains("Judicial protection of IP"));
        assertThat(scene.getRoot()).isSameAs(window);
        MainWindow fresh = window;
        waitUntil(() -> robot.lookup("#theme-filter .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getItem() != null && c.getItem().toString().contains("Judicial protection of IP")));
        TimelineEvent judged = fresh.model().getEvents().stream()
                .filter(e -> e.themes().contains("Judicial protection of IP")).findFirst().orElseThrow();
        robot.interact(() -> fresh.model().selectionProperty().set(judged));
        assertThat(robot.lookup("#detail-title").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo(judged.title());
        assertThat(robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l
                && "Judicial protection of IP".equals(l.getText()) && n.getScene() == scene).tryQuery()).isPresent();
    }

    @Test
    void mergingTheWipoOfficeIntoWipoMovesItsEventsKeepsItsNameAndUndoes(FxRobot robot) throws Exception {
        String office = "WIPO Office in China";
        String wipo = "World Intellectual Property Organization";
        int officeEvents = workspace.events().count(EventFilter.ALL.withOrganisations(Set.of(office)));
        assertThat(officeEvents).isPositive();
        // events naming both count once after the merge
        long both = workspace.events().find(EventFilter.ALL.withOrganisations(Set.of(office))).stream()
                .filter(e -> e.organisationNames().contains(wipo)).count();
        int wipoOrOffice = workspace.events().count(EventFilter.ALL.withOrganisations(Set.of(wipo))); // with its office
        Node tab = openCatalogue(robot, "Organisations");
        int wipoBefore = entry(tree(robot, "organisation"), wipo).usage();
        search(robot, tab, "organisation", "WIPO Office in China");
        robot.clickOn(robot.from(tab).lookup("#organisation-merge").queryAs(Button.class));
        type(robot, "World Intellectual");
        robot.clickOn("#chooser-ok");
        DialogPane confirmation = robot.lookup("#merge-confirmation").queryAs(DialogPane.class);
        assertThat(confirmation.getContentText()).startsWith(officeEvents + " event" + (officeEvents == 1 ? " moves" : "s move")
                + " from 'WIPO Office in China' to 'World Intellectual Property Organization'; 'WIPO Office in China' "
                + "becomes an alias of 'World Intellectual Property Organization'");
        robot.clickOn(button(robot, "Merge"));
        waitUntil(() -> !names(tree(robot, "organisation")).contains(office));
        assertThat(entry(tree(robot, "organisation"), wipo).usage()).isEqualTo(wipoBefore + officeEvents - both)
                .isEqualTo(wipoOrOffice);
        Organisation survivor = workspace.catalog().organisations().stream().filter(o -> o.name().equals(wipo))
                .findFirst().orElseThrow();
        assertThat(survivor.aliases()).contains(office);
        assertThat(workspace.catalog().usage("organisation")).doesNotContainKey(office)
                .containsEntry(wipo, wipoOrOffice);

        // undo through the window's shared stack
        MainWindow shown = (MainWindow) scene.getRoot();
        assertThat(shown.curation().undoStack().undoText())
                .isEqualTo("Undo merge of 'WIPO Office in China' into 'World Intellectual Property Organization'");
        robot.clickOn("#catalogue-undo");
        waitUntil(() -> names(tree(robot, "organisation")).contains(office));
        Map<String, Integer> usage = workspace.catalog().usage("organisation");
        assertThat(usage).containsEntry(office, officeEvents).containsEntry(wipo, wipoBefore);
        assertThat(workspace.catalog().organisations()).filteredOn(o -> o.name().equals(wipo)).singleElement()
                .satisfies(o -> assertThat(o.aliases()).doesNotContain(office));
    }

    @Test
    void deletingAThemeInUseSaysHowManyEventsUseItAndOffersAMerge(FxRobot robot) throws Exception {
        Node tab = openCatalogue(robot, "Themes");
        search(robot, tab, "theme", "Judicial");
        robot.clickOn(robot.from(tab).lookup("#theme-delete").queryAs(Button.class));
        DialogPane refused = robot.lookup("#delete-refused").queryAs(DialogPane.class);
        int events = workspace.events().count(EventFilter.ALL.withThemes(Set.of("Judicial protection")));
        assertThat(refused.getContentText()).startsWith("'Judicial protection' is used by " + events + " events.");
        assertThat(refused.getButtonTypes()).extracting(b -> b.getText()).contains("Merge into…");
        robot.clickOn(button(robot, "Cancel"));
        assertThat(workspace.catalog().themes()).extracting(Theme::name).contains("Judicial protection");
    }

    @Test
    void aNameTakenIsShownInOneLineAndNothingIsSaved(FxRobot robot) throws Exception {
        Node tab = openCatalogue(robot, "Themes");
        search(robot, tab, "theme", "Copyright");
        TextField name = robot.from(tab).lookup("#entry-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Judicial protection"));
        robot.clickOn(robot.from(tab).lookup("#theme-save").queryAs(Button.class));
        assertThat(robot.from(tab).lookup("#theme-error").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("There is already a theme 'Judicial protection'");
        assertThat(workspace.catalog().themes()).extracting(Theme::name).contains("Copyright");
        assertThat(window.curation().undoStack().canUndo()).isFalse();
    }

    @Test
    void mergingTwoEventsKeepsThePickedFieldsAndEveryQuote(FxRobot robot) throws Exception {
        List<TimelineEvent> events = workspace.events().find(EventFilter.ALL);
        TimelineEvent left = events.stream().filter(e -> e.key().equals("2021-ip-development-forum")).findFirst().orElseThrow();
        TimelineEvent right = events.stream().filter(e -> e.key().equals("chen-qun-ip-cooperation-statement-2021"))
                .findFirst().orElseThrow();
        assertThat(left.when()).isNotEqualTo(right.when());
        robot.interact(() -> window.model().selectionProperty().set(left));
        robot.interact(window::mergeTwoEvents);
        type(robot, "Vice Mayor Chen");
        javafx.scene.control.ListView<TimelineEvent> found = robot.lookup("#chooser-list").queryListView();
        waitUntil(() -> found.getItems().contains(right));
        robot.interact(() -> found.getSelectionModel().select(right));
        robot.clickOn("#chooser-ok");
        robot.clickOn("#pick-title-right");
        robot.clickOn("#pick-dates-left");
        assertThat(robot.lookup("#merge-quotes").queryAs(javafx.scene.control.Label.class).getText())
                .contains("all quotes are kept (" + (left.evidence().size() + right.evidence().size()) + ")");
        assertThat(robot.lookup("#merge-preview").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith(right.title() + "\n" + left.when().display());
        assertThat(robot.lookup("#pick-title-right").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#merge-events-ok");
        // the window shows the merge as it shows its own edits, once it is stored: the kept event still selected
        waitUntil(() -> window.model().total() == events.size() - 1);
        assertThat(scene.getRoot()).isSameAs(window);
        assertThat(robot.lookup("#merge-events").tryQuery()).isEmpty();
        assertThat(window.model().selectionProperty().get()).isNotNull()
                .satisfies(e -> assertThat(e.key()).isEqualTo(left.key()))
                .satisfies(e -> assertThat(e.title()).isEqualTo(right.title()));
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Merge of ").contains(" — saved").doesNotContain("another program");
        TimelineEvent stored = workspace.events().byKey(left.key());
        assertThat(stored.title()).isEqualTo(right.title());
        assertThat(stored.when()).isEqualTo(left.when());
        assertThat(stored.evidence()).extracting(Evidence::quote).containsAll(left.evidence().stream().map(Evidence::quote).toList())
                .containsAll(right.evidence().stream().map(Evidence::quote).toList());
        assertThat(workspace.events().find(EventFilter.ALL)).extracting(TimelineEvent::key).doesNotContain(right.key());
    }

    @Test
    void findDuplicatesListsACopyWithItsOriginalAndOpensTheirMerge(FxRobot robot) throws Exception {
        TimelineEvent original = workspace.events().byKey("2021-ip-development-forum");
        new org.timescope.service.edit.Editor(workspace).run(org.timescope.service.edit.EventEdits.duplicate(original));
        robot.interact(window::findDuplicates);
        javafx.scene.control.ListView<org.timescope.service.edit.Duplicates.Pair> pairs = robot.lookup("#chooser-list")
                .queryListView();
        waitUntil(() -> pairs.getItems().stream().anyMatch(p -> p.first().title().equals(original.title())
                && p.second().title().equals(original.title() + " (copy)")
                || p.second().title().equals(original.title()) && p.first().title().equals(original.title() + " (copy)")));
        var pair = pairs.getItems().stream().filter(p -> (p.first().title() + p.second().title()).contains("(copy)"))
                .findFirst().orElseThrow();
        robot.interact(() -> pairs.getSelectionModel().select(pair));
        robot.clickOn("#chooser-ok");
        waitUntil(() -> robot.lookup("#merge-events").tryQuery().isPresent());
        assertThat(robot.lookup("#merge-preview").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith(pair.first().title());
    }

    /** Found by a walk: the catalogue could not be closed from the keyboard (the statistics window can). */
    @Test
    void escapeAndCtrlWCloseTheCatalogue(FxRobot robot) throws Exception {
        openCatalogue(robot, "Themes");
        javafx.stage.Window catalogue = robot.lookup("#catalogue").queryAs(Node.class).getScene().getWindow();
        robot.clickOn("#theme-list");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !catalogue.isShowing());
        openCatalogue(robot, "Organisations");
        javafx.stage.Window again = robot.lookup("#catalogue").queryAs(Node.class).getScene().getWindow();
        robot.clickOn("#organisation-list");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
        waitUntil(() -> !again.isShowing());
    }
}
