package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
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
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.ui.timeline.TimelineView;

/** The window driven headless as a researcher would: filters, search, canvas clicks, keys, zoom, sync. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = Workspace.open(dir.resolve("ui-" + System.nanoTime() + ".db"), false);
        Appearance appearance = new Appearance();
        window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1500, 950);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Takes the window and its dialogs off the screen before its database closes: a pulse laying out the old
     * table would read from a closed file, and that failure would be reported in whichever test runs next.
     */
    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            stage.getScene().setRoot(new javafx.scene.layout.Pane());
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineEvent> table(FxRobot robot) {
        return robot.lookup("#event-table").queryAs(TableView.class);
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private List<String> tableKeys(FxRobot robot) {
        return table(robot).getItems().stream().map(TimelineEvent::key).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    /** Ticks the checkbox of a value in one of the filter lists. */
    private void tick(FxRobot robot, String listId, String value) {
        robot.clickOn("#" + listId + " .ts-facet-search").write(value);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#" + listId + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().toString().contains("name=" + value + ","))
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheBundledDataset(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(23);
        assertThat(timeline(robot).getIndex().size()).isEqualTo(23);
        assertThat(status(robot)).startsWith("23 of 23 events · no filters");
    }

    @Test
    void theYearSliderIsLabelledWithWholeYears(FxRobot robot) {
        javafx.scene.chart.Axis<?> axis = robot.lookup("#year-range .axis").queryAs(javafx.scene.chart.Axis.class);
        List<String> labels = robot.from(axis).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAllAs(javafx.scene.text.Text.class).stream().filter(javafx.scene.Node::isVisible)
                .map(javafx.scene.text.Text::getText).filter(t -> !t.isEmpty()).toList();
        assertThat(labels).isNotEmpty().allMatch(l -> l.matches("\\d{4}"), "a year like 2016, not 2,016 or 2,019.5")
                .contains("2016");
    }

    @Test
    void anOrganisationFilterLeavesItsEventsAndThoseOfItsChildren(FxRobot robot) {
        tick(robot, "org-filter", "World Intellectual Property Organization");
        List<String> keys = tableKeys(robot);
        // the 2021 High-level Forum involves only the WIPO Office in China, a child of WIPO
        assertThat(keys).contains("2021-high-level-forum-china-ip-protection", "4th-wipo-shanghai-ip-innovation-awards",
                "li-qiang-meets-daren-tang-2023").hasSize(9);
        assertThat(window.model().getEvents()).allMatch(e -> e.organisationNames().stream()
                .anyMatch(o -> o.equals("World Intellectual Property Organization") || o.equals("WIPO Office in China")));
        assertThat(status(robot)).startsWith("9 of 23 events · organisation World Intellectual Property Organization");
        assertThat(timeline(robot).getIndex().size()).isEqualTo(9);
    }

    @Test
    void aThemeFilterAndTheTextSearchNarrowTogether(FxRobot robot) {
        tick(robot, "theme-filter", "Judicial protection");
        assertThat(tableKeys(robot)).hasSize(8);
        robot.clickOn("#search").write("round");
        // the search runs when typing pauses; the index the timeline shows is read whole (the table's rows are being
        // replaced on the FX thread while this waits)
        ShownWindow.await(() -> timeline(robot).getIndex().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableKeys(robot)).containsExactly("2021-ip-development-forum-round-table");
        // a search jumps to its first match
        assertThat(timeline(robot).getSelection().key()).isEqualTo("2021-ip-development-forum-round-table");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("Round table on integrating IP protection mechanisms");
    }

    @Test
    void clickingAnEventOnTheCanvasFillsTheDetailPane(FxRobot robot) {
        TimelineView t = timeline(robot);
        TimelineEvent target = t.getIndex().event(0);
        Point2D at = t.locate(target).orElseThrow();
        robot.clickOn(t.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSelection()).isEqualTo(target);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(target.title());
        assertThat(robot.lookup("#detail-date").queryAs(Label.class).getText()).contains("precision");
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isEqualTo(target);
    }

    @Test
    void arrowKeysStepThroughEventsAndEscapeClears(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.clickOn(t.localToScreen(5, 20));
        robot.type(KeyCode.RIGHT);
        assertThat(t.getSelection()).isEqualTo(t.getIndex().event(0));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(t.getSelection()).isEqualTo(t.getIndex().event(2));
        robot.type(KeyCode.LEFT);
        assertThat(t.getSelection()).isEqualTo(t.getIndex().event(1));
        robot.type(KeyCode.ESCAPE);
        assertThat(t.getSelection()).isNull();
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void wheelZoomKeepsTheTimeUnderThePointerFixed(FxRobot robot) {
        TimelineView t = timeline(robot);
        TimeScale before = t.getScale();
        double x = 400;
        double dayUnderPointer = before.day(x);
        robot.moveTo(t.localToScreen(x, 300));
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale after = t.getScale();
        assertThat(after.daysPerPixel()).isNotEqualTo(before.daysPerPixel());
        assertThat(after.day(x)).isCloseTo(dayUnderPointer, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void tableAndTimelineSelectionsStayInSync(FxRobot robot) {
        TableView<TimelineEvent> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(5));
        assertThat(timeline(robot).getSelection()).isEqualTo(table.getItems().get(5));
        TimelineEvent other = timeline(robot).getIndex().event(10);
        robot.interact(() -> timeline(robot).select(other));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(other);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(other.title());
    }

    @Test
    void aSnapshotPlacesTheSameEventsInTheSameLanesAndRowsAsTheWindow(FxRobot robot) {
        TimelineView t = timeline(robot);
        robot.interact(() -> t.setLaneMode(org.timescope.timeline.layout.LaneMode.THEME));
        WaitForAsyncUtils.waitForFxEvents();
        org.timescope.timeline.layout.TimelineLayout screen = t.currentLayout();
        org.timescope.model.SavedView view = window.currentView("same");
        double timeWidth = screen.scale().width();
        org.timescope.service.SnapshotService.Prepared export = new org.timescope.service.SnapshotService(workspace)
                .prepare(new org.timescope.service.SnapshotRequest(view,
                        timeWidth + org.timescope.service.SnapshotService.HEADER_WIDTH
                                + 2 * org.timescope.render.FigurePainter.MARGIN, null, 1, null, false, false, false));
        assertThat(export.layout().scale().daysPerPixel())
                .isCloseTo(screen.scale().daysPerPixel(), org.assertj.core.data.Offset.offset(1e-9));
        // the window lays out the lanes its view shows (and a view's height around them; decision 0038): those
        // lanes hold the same events in the same rows as the figure, and every lane has the same box
        java.util.Set<String> laidOut = new java.util.HashSet<>();
        screen.items().forEach(i -> laidOut.add(screen.lanes().get(i.lane()).label()));
        assertThat(laidOut).contains(screen.lanes().get(0).label());
        assertThat(placements(export.layout(), export.index()).stream()
                .filter(p -> laidOut.contains(p.substring(0, p.indexOf(" | ")))).toList())
                .isEqualTo(placements(screen, t.getIndex()));
        assertThat(export.layout().lanes()).extracting(l -> l.label() + " " + l.y() + " " + l.height()).isEqualTo(
                screen.lanes().stream().map(l -> l.label() + " " + l.y() + " " + l.height()).toList());
    }

    private static List<String> placements(org.timescope.timeline.layout.TimelineLayout layout,
                                           org.timescope.timeline.layout.EventIndex index) {
        List<String> result = new java.util.ArrayList<>();
        for (var item : layout.items()) {
            result.add(layout.lanes().get(item.lane()).label() + " | row " + item.row() + " | "
                    + index.event(item.event()).key());
        }
        for (var c : layout.clusters()) {
            result.add(layout.lanes().get(c.lane()).label() + " | cluster of " + c.count());
        }
        java.util.Collections.sort(result);
        return result;
    }

    @Test
    void aSavedViewReopensWithItsFiltersLanesAndSelection(FxRobot robot) {
        String[] selected = new String[1];
        robot.interact(() -> {
            window.model().setFilter(window.model().getFilter().withThemes(Set.of("Copyright", "Dispute resolution")));
            timeline(robot).setLaneMode(org.timescope.timeline.layout.LaneMode.ORGANISATION);
            timeline(robot).select(timeline(robot).getIndex().event(0));
            selected[0] = timeline(robot).getSelection().key();
            new org.timescope.service.ViewService(workspace).save(window.currentView("Law"));
            window.clearFilters();
            timeline(robot).setLaneMode(org.timescope.timeline.layout.LaneMode.NONE);
        });
        assertThat(tableKeys(robot)).hasSize(23);
        robot.interact(() -> window.apply(new org.timescope.service.ViewService(workspace).find("law")));
        WaitForAsyncUtils.waitForFxEvents();
        // the three events of the dataset with theme Copyright or Dispute resolution (assets/dataset.json)
        assertThat(tableKeys(robot)).containsExactlyInAnyOrder("2021-high-level-forum-china-ip-protection",
                "shanghai-ip-joint-conference-2023-work-meeting", "2021-high-level-forum-session-punitive-compensation");
        waitUntil(() -> laneLabels(robot).size() > 1, () -> "lanes: " + laneLabels(robot));
        assertThat(laneLabels(robot)).as("lanes by organisation, as saved")
                .contains("Shanghai Intellectual Property Joint Conference", "WIPO Office in China")
                .doesNotContain("All events");
        assertThat(timeline(robot).getSelection().key()).isEqualTo(selected[0]);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo(timeline(robot).getSelection().title());
    }

    @Test
    void theSnapshotDialogPreviewsTheFigure(FxRobot robot) throws Exception {
        javafx.application.Platform.runLater(window::exportSnapshot);
        // the preview is drawn in the background: wait for it rather than for a fixed time (slow on a busy machine)
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#snapshot-preview")
                .tryQuery().map(n -> ((javafx.scene.image.ImageView) n).getImage() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.ImageView preview = robot.lookup("#snapshot-preview").queryAs(javafx.scene.image.ImageView.class);
        // a size typed in is the size previewed, and the preview is the figure, not a blank image
        robot.interact(() -> robot.lookup("#snapshot-width").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(1200));
        waitUntil(() -> preview.getImage() != null && preview.getImage().getWidth() == 1200,
                () -> "the preview is " + (preview.getImage() == null ? "empty" : preview.getImage().getWidth() + " px wide"));
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> String.valueOf(l.getText()).startsWith("Preview of 1200 × ")),
                () -> "no label says the preview is 1200 px wide");
        javafx.scene.image.PixelReader pixels = preview.getImage().getPixelReader();
        Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < preview.getImage().getWidth(); x += 7) {
            for (int y = 0; y < preview.getImage().getHeight(); y += 7) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours sampled in the preview (lanes, bars, text)").isGreaterThan(12);
        robot.clickOn("Cancel");
    }

    private Path copy(String fixture) throws Exception {
        Path target = dir.resolve(System.nanoTime() + "-" + fixture);
        try (var in = getClass().getResourceAsStream("/import/" + fixture)) {
            java.nio.file.Files.copy(in, target);
        }
        return target;
    }

    /** The events the window shows; none while it is being rebuilt (after an import) and has no table. */
    private List<TimelineEvent> shownEvents(FxRobot robot) {
        return robot.lookup("#event-table").tryQuery()
                .map(table -> ((MainWindow) table.getScene().getRoot()).model().getEvents()).orElse(List.of());
    }

    /** Waits until the window shows what {@code ready} expects; fails saying what it shows instead. */
    private void awaitShown(FxRobot robot, java.util.function.Predicate<List<TimelineEvent>> ready) {
        waitUntil(() -> ready.test(shownEvents(robot)), () -> "the window shows " + shownEvents(robot).size()
                + " events: " + shownEvents(robot).stream().map(TimelineEvent::title).toList());
    }

    /** Waits (up to 20 s: the machine may be busy) for a condition; on timeout fails with what is there instead. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> instead) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 20 s in vain: " + instead.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a node matching {@code query} is in a showing window. */
    private static void awaitNode(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).queryAll().stream().anyMatch(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()),
                () -> "nothing matching " + query + " is shown");
    }

    /** Imports as File → Import… does, and waits for the dialog the flow shows next. */
    private void importAndAwait(FxRobot robot, Path file, String nextDialog) {
        robot.interact(() -> window.importFiles(List.of(file)));
        awaitNode(robot, nextDialog);
    }

    private List<String> laneLabels(FxRobot robot) {
        return timeline(robot).currentLayout().lanes().stream().map(l -> l.label()).toList();
    }

    @Test
    void importingAFileAddsItsEventsToTheWindowAndSaysWhatHappened(FxRobot robot) throws Exception {
        Path csv = copy("generic.csv");
        importAndAwait(robot, csv, "#import-summary");
        javafx.scene.control.DialogPane summary = robot.lookup("#import-summary").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(summary.getContentText()).contains("generic").contains("3 imported");
        awaitShown(robot, events -> events.size() == 26); // the window is rebuilt once the database is read again
        assertThat(shownEvents(robot)).extracting(TimelineEvent::title).as("the three rows of generic.csv")
                .contains("Forum held", "Month-only event", "Forum in Beijing");
        clickWhenShown(robot, "OK");
    }

    /**
     * Found by a walk through the window: a refused file was reported under "Import finished", its name written
     * twice ("Refused — malformed.csv: /…/malformed.csv: row 3, …").
     */
    @Test
    void aRefusedFileIsReportedAsRefusedNamingItOnceAndStoresNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("malformed.csv");
        Files.writeString(csv, "id,start,title\na,2020-01-02,Fine\nb,2020-13-45,Bad month\n");
        byte[] before = Files.readAllBytes(csv);
        importAndAwait(robot, csv, "#import-summary");
        javafx.scene.control.DialogPane summary = robot.lookup("#import-summary").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(summary.getHeaderText()).isEqualTo("The file was refused; nothing was imported");
        String text = summary.getContentText();
        assertThat(text).startsWith("Refused — ").contains("row 3").contains("2020-13-45");
        assertThat(text.indexOf("malformed.csv")).isEqualTo(text.lastIndexOf("malformed.csv"));
        assertThat(workspace.events().count(org.timescope.model.EventFilter.ALL)).isEqualTo(23);
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
        clickWhenShown(robot, "OK");
    }

    /** A large file shows how far it has got, and Cancel stops it with nothing stored. */
    @Test
    void aLargeImportShowsItsProgressAndCancelStoresNothing(FxRobot robot) throws Exception {
        StringBuilder b = new StringBuilder("id,start,end,title,organisation,theme\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("big").append(i).append(',').append(1990 + i % 40).append("-06-01,,Meeting number ").append(i)
                    .append(",Organisation ").append(i % 40).append(",Theme ").append(i % 9).append('\n');
        }
        Path csv = dir.resolve("large.csv");
        Files.writeString(csv, b);
        robot.interact(() -> window.importFiles(List.of(csv)));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".label").queryAllAs(
                javafx.scene.control.Label.class).stream().anyMatch(l -> String.valueOf(l.getText()).startsWith("Importing large.csv: ")));
        javafx.scene.control.ProgressBar bar = robot.lookup(".progress-bar").queryAs(javafx.scene.control.ProgressBar.class);
        assertThat(bar.getProgress()).isGreaterThan(0).isLessThan(1);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#import-summary").tryQuery().isPresent());
        javafx.scene.control.DialogPane summary = robot.lookup("#import-summary").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(summary.getHeaderText()).isEqualTo("Import cancelled");
        assertThat(summary.getContentText()).isEqualTo("large.csv: not imported (cancelled while importing; nothing of it was stored)");
        assertThat(workspace.events().count(org.timescope.model.EventFilter.ALL)).isEqualTo(23);
        clickWhenShown(robot, "OK");
    }

    /** Clicks a button once it is shown: a dialog is in the scene graph a pulse or two before it can be clicked. */
    private static void clickWhenShown(FxRobot robot, String text) throws java.util.concurrent.TimeoutException {
        // visible as the robot sees it (the node and every parent visible, its window showing)
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(text).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(text);
    }

    @Test
    void anArticleIsReviewedBeforeItsCandidatesAreStored(FxRobot robot) throws Exception {
        Path html = copy("article.html");
        importAndAwait(robot, html, "#candidates");
        @SuppressWarnings("unchecked")
        TableView<CandidateDraft> candidates = robot.lookup("#candidates").queryAs(TableView.class);
        assertThat(candidates.getItems().size()).isGreaterThanOrEqualTo(3);
        robot.interact(() -> {
            candidates.getItems().forEach(r -> r.accepted.set(false));
            candidates.getItems().get(0).accepted.set(true);
            candidates.getItems().get(0).draft.titleProperty().set("Mediation centre opens");
            candidates.getSelectionModel().select(0);
        });
        assertThat(robot.lookup(".ts-quote-highlight").queryAs(javafx.scene.text.Text.class).getText())
                .startsWith("The Riverside Intellectual Property Mediation Center was inaugurated");
        robot.clickOn("Import ticked");
        awaitShown(robot, events -> events.size() == 24);
        assertThat(shownEvents(robot)).hasSize(24).anyMatch(e -> e.title().equals("Mediation centre opens"));
        clickWhenShown(robot, "OK");
    }

    @Test
    void aCsvWhoseColumnsAreUnclearIsMappedInADialog(FxRobot robot) throws Exception {
        Path csv = copy("mapped.csv");
        importAndAwait(robot, csv, "#map-start");
        robot.interact(() -> {
            robot.lookup("#map-start").queryAs(javafx.scene.control.ChoiceBox.class).setValue("When");
            robot.lookup("#map-title").queryAs(javafx.scene.control.ChoiceBox.class).setValue("What");
            robot.lookup("#map-organisations").queryAs(javafx.scene.control.ChoiceBox.class).setValue("Who");
        });
        clickWhenShown(robot, "OK");
        awaitNode(robot, "#import-summary");
        assertThat(robot.lookup("#import-summary").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("1 imported");
        awaitShown(robot, events -> events.stream().anyMatch(e -> e.title().equals("Something")));
        assertThat(shownEvents(robot)).anyMatch(e -> e.title().equals("Something")
                && e.organisationNames().contains("World Intellectual Property Organization"));
        clickWhenShown(robot, "OK");
    }

    @Test
    void switchingFiltersAndRebuildingTheWindowLeavesNothingOldBehind(FxRobot robot) {
        java.lang.ref.WeakReference<Object> oldModel = new java.lang.ref.WeakReference<>(window.model());
        java.lang.ref.WeakReference<Object> oldIndex = new java.lang.ref.WeakReference<>(timeline(robot).getIndex());
        java.lang.ref.WeakReference<Object> oldWindow = new java.lang.ref.WeakReference<>(window);
        Scene scene = window.getScene();
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                window.model().setFilter(i % 2 == 0 ? window.model().getFilter().withThemes(Set.of("Copyright"))
                        : window.model().getFilter().withThemes(Set.of()));
            }
            window.reloadData(); // as after an import: a new window on the same database
        });
        window = null;
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> scene.getRoot() != oldWindow.get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window was not rebuilt after reading the database again", e);
        }
        waitUntil(() -> {
            System.gc();
            return oldWindow.get() == null && oldIndex.get() == null && oldModel.get() == null;
        }, () -> "still held after garbage collections:" + (oldWindow.get() != null ? " the old window" : "")
                + (oldIndex.get() != null ? " the first event index" : "") + (oldModel.get() != null ? " the old model" : ""));
        assertThat(oldIndex.get()).as("the first event index").isNull();
        assertThat(oldModel.get()).as("the old window's model").isNull();
        assertThat(oldWindow.get()).as("the old window").isNull();
    }

    @Test
    void sortingTheTableByTitleOrdersItsRows(FxRobot robot) {
        robot.clickOn("Title");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = table(robot).getItems().stream().map(TimelineEvent::title).toList();
        assertThat(titles).hasSize(23).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        robot.clickOn("Title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems().stream().map(TimelineEvent::title).toList())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void laneModesSplitTheTimelineAndRemovingAChipClearsItsFilter(FxRobot robot) {
        assertThat(laneLabels(robot)).as("no lanes: one for all events").hasSize(1);
        robot.interact(() -> timeline(robot).setLaneMode(org.timescope.timeline.layout.LaneMode.ORGANISATION));
        waitUntil(() -> laneLabels(robot).size() > 1, () -> "lanes: " + laneLabels(robot)); // laid out at the next pulse
        // organisations of the bundled dataset (assets/dataset.json), each a lane of its own
        assertThat(laneLabels(robot)).contains("World Intellectual Property Organization", "WIPO Office in China",
                "Shanghai Intellectual Property Joint Conference");
        robot.interact(() -> window.model().setFilter(window.model().getFilter().withThemes(Set.of("Copyright"))));
        assertThat(tableKeys(robot)).containsExactly("2021-high-level-forum-china-ip-protection");
        robot.clickOn(".ts-chip");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableKeys(robot)).hasSize(23);
    }
}
