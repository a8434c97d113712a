package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
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
import org.timescope.service.Workspace;

/**
 * The figures an article reports are reviewed before they are stored, like its events: the review lists them in a
 * Statistics tab, a figure left unticked is not stored, a series renamed there is stored under its new name, and
 * what is stored (read back from the collection) is what the tab showed.
 */
class ReviewStatisticsTest extends WindowOnDatasetTest {


    @Test
    void onlyTheTickedFiguresAreStoredUnderTheNamesTheReviewerGave(FxRobot robot) throws Exception {
        Path article = dir.resolve("harbour-figures.txt");
        Files.writeString(article, "Harbour City reports patent figures\n\nUpdated: 2024-03-15\n\n"
                + "The Harbour City Trademark Service Center was inaugurated on March 14 by the Harbour City Intellectual "
                + "Property Bureau in Harbour City.\n\n"
                + "The bureau also reported that 1,250 patent applications were filed by small firms in 2023, an "
                + "increase of 12 percent.\n\n"
                + "The bureau also reported that 2,100 trademark applications were filed in 2023.\n");
        long before = workspace.events().indicators(EventFilter.ALL).size();
        robot.interact(() -> window.importFiles(List.of(article)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statistics").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // the candidates' columns share the table's width: "To import" is not left behind a scroll bar
        TableView<?> candidates = robot.lookup("#candidates").queryAs(TableView.class);
        double columns = candidates.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).as("the candidates' columns, together").isLessThanOrEqualTo(candidates.getWidth());
        assertThat(candidates.getColumns().get(1).getWidth()).as("the Date column").isGreaterThanOrEqualTo(130);

        TabPane tabs = robot.lookup("#review-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Statistics (2)");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<ReviewStatistics.StatisticRow> figures = robot.lookup("#statistics").queryAs(TableView.class);
        // on the tab, a figure is shown beside its sentence, not the form of the candidate selected before
        assertThat(figures.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup(".ts-quote-highlight").queryAs(javafx.scene.text.Text.class).getText())
                .contains("1,250 patent applications");
        assertThat(figures.getItems()).extracting(r -> r.series.get())
                .containsExactly("patent applications filed", "trademark applications filed");
        assertThat(figures.getItems()).extracting(ReviewStatistics.StatisticRow::value).containsExactly("1,250", "2,100");
        assertThat(figures.getItems()).allMatch(r -> r.accepted.get());

        // the figure's sentence is marked where it stands: the band over its words, not a line above them
        robot.interact(() -> figures.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text sentence = robot.lookup(".ts-quote-highlight").queryAs(javafx.scene.text.Text.class);
        assertThat(sentence.getText()).contains("2,100 trademark applications");
        javafx.geometry.Bounds words = sentence.localToScene(sentence.getBoundsInLocal());
        javafx.scene.shape.Path band = robot.lookup("#article-mark").queryAs(javafx.scene.shape.Path.class);
        javafx.geometry.Bounds marked = band.localToScene(band.getBoundsInLocal());
        assertThat(marked.getMinY()).as("the band's top").isCloseTo(words.getMinY(), org.assertj.core.data.Offset.offset(4.0));
        assertThat(marked.getMaxY()).as("the band's bottom").isCloseTo(words.getMaxY(), org.assertj.core.data.Offset.offset(4.0));
        assertThat(marked.getMaxX()).as("the band's right end").isGreaterThanOrEqualTo(words.getMaxX() - 4);

        robot.interact(() -> {
            figures.getItems().get(0).series.set("patent applications by small firms");
            figures.getItems().get(1).accepted.set(false);
        });
        robot.interact(() -> robot.lookup("Import ticked").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#import-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<Indicator> stored = workspace.events().indicators(EventFilter.ALL);
        assertThat(stored).hasSize((int) before + 1);
        assertThat(stored).filteredOn(i -> i.evidence().quote().contains("1,250")).singleElement().satisfies(i -> {
            assertThat(i.series()).isEqualTo("patent applications by small firms");
            assertThat(i.value()).isEqualTo(1250.0);
            assertThat(i.period().toString()).isEqualTo("2023");
        });
        assertThat(stored).noneMatch(i -> i.evidence().quote().contains("2,100"));
        robot.clickOn("OK");
    }
}
