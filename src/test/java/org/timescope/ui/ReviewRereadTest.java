package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Re-read with this date" reads the article again with the reviewer's reference date, so a day and month the
 * text gives without a year get one; it asks before throwing away what the reviewer changed in the candidates.
 */
class ReviewRereadTest extends WindowOnDatasetTest {


    @Test
    void aReferenceDateGivesTheYearAndEditsAreKeptUnlessTheReviewerAgreesToLoseThem(FxRobot robot) throws Exception {
        Path article = dir.resolve("harbour-undated.txt");
        Files.writeString(article, "Harbour City opens trademark service centre\n\n"
                + "The Harbour City Trademark Service Center was inaugurated on May 14 by the Harbour City Intellectual "
                + "Property Bureau in Harbour City.\n\nThe centre will help small firms register trademarks and patents "
                + "abroad.\n");
        robot.interact(() -> window.importFiles(List.of(article)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#candidate-form #edit-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CandidateDraft> candidates = robot.lookup("#candidates").queryAs(TableView.class);
        assertThat(candidates.getItems()).hasSize(1);
        assertThat(candidates.getItems().get(0).candidate.dated()).as("no year in the text").isFalse();

        // the article was published in 2024: 14 May is then 14 May 2024
        robot.interact(() -> robot.lookup("#reference-date").queryAs(TextField.class).setText("2024-06-01"));
        robot.interact(() -> robot.lookup("#reread").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> candidates.getItems().size() == 1
                && candidates.getItems().get(0).candidate.dated());
        WaitForAsyncUtils.waitForFxEvents();
        CandidateDraft dated = candidates.getItems().get(0);
        assertThat(dated.draft.startProperty().get()).isEqualTo("14 May 2024");
        assertThat(dated.accepted.get()).isTrue();

        // an edited title: re-reading asks first, and Cancel keeps the edit
        robot.interact(() -> dated.draft.titleProperty().set("Trademark centre opens in Harbour City"));
        // the question waits for an answer: the button is pressed without waiting for the handler to return
        javafx.application.Platform.runLater(() -> robot.lookup("#reread").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reread-confirm").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reread-confirm").lookup("Cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(candidates.getItems().get(0).draft.titleProperty().get()).isEqualTo("Trademark centre opens in Harbour City");

        // agreeing reads the article again: the title is the article's once more
        // the question waits for an answer: the button is pressed without waiting for the handler to return
        javafx.application.Platform.runLater(() -> robot.lookup("#reread").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reread-confirm").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reread-confirm").lookup("Re-read").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> candidates.getItems().size() == 1
                && candidates.getItems().get(0) != dated);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(candidates.getItems().get(0).draft.titleProperty().get()).isNotEqualTo("Trademark centre opens in Harbour City");
        assertThat(candidates.getItems().get(0).draft.startProperty().get()).isEqualTo("14 May 2024");
    }
}
