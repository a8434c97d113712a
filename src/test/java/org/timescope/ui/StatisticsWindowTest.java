package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
import org.timescope.model.EventFilter;
import org.timescope.model.Indicator;
import org.timescope.model.PartialDate;
import org.timescope.service.Workspace;
import org.timescope.ui.timeline.SeriesStripsView;

/**
 * Statistics in the window, on the bundled dataset (expected values from assets/dataset.json): the table finds
 * observations by words and narrows by series, a ticked series appears as a strip under the timeline whose
 * mark tells the value as the source hedges it, and a date filter empties the strip of what it excludes.
 */
class StatisticsWindowTest extends WindowOnDatasetTest {


    private static List<JsonNode> datasetIndicators() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("assets/dataset.json").toFile()).get("indicators").forEach(list::add);
        return list;
    }

    @Test
    void theTableFindsObservationsByTheWordsOfTheirQuotes(FxRobot robot) throws Exception {
        long withCustoms = datasetIndicators().stream().filter(i -> (i.get("series").asText() + " "
                + i.get("source").get("quote").asText()).toLowerCase().contains("customs")).count();
        assertThat(withCustoms).isPositive();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#statistics-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(datasetIndicators().size());
        robot.clickOn("#statistics-search").write("customs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == withCustoms);
        assertThat(robot.lookup("#statistics-count").queryAs(Label.class).getText())
                .isEqualTo(withCustoms + " of " + datasetIndicators().size() + " observations");
    }

    @Test
    void anOpenStatisticsWindowShowsTheCollectionTheWindowIsRebuiltOn(FxRobot robot) throws Exception {
        robot.interact(window::openStatistics);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-table").tryQuery().isPresent());
        assertThat(robot.lookup("#statistics-table").queryAs(TableView.class).getItems()).hasSize(datasetIndicators().size());
        // another collection, with events and no observations, replaces the window (as File → Open does)
        Workspace other = Workspace.open(dir.resolve("other-" + System.nanoTime() + ".db"), true);
        try {
            other.write(org.timescope.TestData.small());
            MainWindow[] next = new MainWindow[1];
            robot.interact(() -> {
                next[0] = window.successor(other, new org.timescope.ui.browse.BrowserModel(other));
                window.getScene().setRoot(next[0]);
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-table").queryAllAs(TableView.class)
                    .stream().filter(t -> t.getScene().getWindow().isShowing()).toList().size() == 1
                    && robot.lookup("#statistics-table").queryAllAs(TableView.class).stream()
                    .filter(t -> t.getScene().getWindow().isShowing()).allMatch(t -> t.getItems().isEmpty()));
            assertThat(robot.lookup("#statistics-count").queryAllAs(Label.class).stream()
                    .filter(l -> l.getScene().getWindow().isShowing()).map(Label::getText).toList())
                    .containsExactly("0 of 0 observations");
            // closed again, so no window of this test is left over the next test's window
            robot.interact(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof org.timescope.ui.browse.StatisticsWindow).toList()
                    .forEach(w -> ((javafx.stage.Stage) w).close()));
            robot.interact(() -> next[0].curation().close());
        } finally {
            robot.interact(other::close);
        }
    }

    @Test
    void aTickedSeriesIsAStripUnderTheTimelineThatFollowsTheDateFilter(FxRobot robot) throws Exception {
        JsonNode granted = datasetIndicators().stream().filter(i -> i.get("series").asText()
                .equals("Invention patents granted")).findFirst().orElseThrow();
        robot.interact(window::openStatistics);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#statistics-strips").tryQuery().isPresent());
        SeriesStripsView strips = robot.lookup("#series-strips").queryAs(SeriesStripsView.class);
        assertThat(strips.isVisible()).isFalse();
        CheckBox box = robot.lookup("#statistics-strips .check-box").match((CheckBox c) -> c.getText()
                .startsWith("Invention patents granted (")).queryAs(CheckBox.class);
        robot.interact(() -> box.setSelected(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> strips.isVisible() && strips.getHeight() > 40);
        // Esc closes the statistics window; the strip stays
        javafx.stage.Window stats = box.getScene().getWindow();
        robot.clickOn("#statistics-search").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stats.isShowing());
        robot.interact(() -> window.getScene().getWindow().requestFocus());

        Indicator shown = strips.stripsProperty().get().get(0).observations().get(0);
        assertThat(shown.value()).isEqualTo(granted.get("value").asDouble());
        // the window may still be settling its layout (the strip arriving moves what is under it): point at the
        // mark where it is drawn now, until the pointer is over it
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.geometry.Point2D screen = strips.localToScreen(strips.locate(shown).orElseThrow());
            robot.moveTo(screen.getX() - 3, screen.getY());
            robot.moveTo(screen);
            WaitForAsyncUtils.waitForFxEvents();
            return shown.equals(strips.hoveredProperty().get());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".tooltip").match(Label.class::isInstance)
                .tryQuery().isPresent());
        Label tip = robot.lookup(".tooltip").match(Label.class::isInstance).queryAs(Label.class);
        assertThat(tip.getText()).startsWith("Invention patents granted: " + granted.get("qualifier").asText() + " 24,000 "
                + granted.get("unit").asText()).contains(granted.get("source").get("quote").asText());

        // the observation is of 2020: a filter from 2021 leaves the strip out, clearing it brings it back
        robot.interact(() -> window.model().setFilter(EventFilter.ALL.withDates(PartialDate.ofYear(2021), null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !strips.isVisible());
        robot.interact(() -> window.model().setFilter(EventFilter.ALL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, strips::isVisible);
    }
}
