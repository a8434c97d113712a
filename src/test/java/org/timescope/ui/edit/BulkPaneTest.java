package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.Appearance;

/** Theme names in the bulk-edit pane's narrow column never break inside a word. */
@ExtendWith(ApplicationExtension.class)
class BulkPaneTest {

    private static final String LONG = "Deindustrialisation";
    private static final String PHRASE = "Trade of the Yangtze delta";
    private Stage stage;

    private static TimelineEvent event(String key, List<String> themes) {
        return new TimelineEvent(key, "Title " + key, null, null, DateSpan.of(PartialDate.ofYear(1900)), false, false,
                null, List.of(), List.<OrganisationRole>of(), themes, List.of(), List.of());
    }

    /**
     * A stage of its own: the test resizes it, and TestFX's primary stage, shared with the tests that follow, would
     * keep that width (a stage sized by hand no longer takes its next scene's size).
     */
    @Start
    void start(Stage primary) {
        this.stage = new Stage();
        BulkDraft draft = new BulkDraft(List.of(event("a", List.of(LONG, PHRASE)), event("b", List.of(PHRASE))));
        Scene scene = new Scene(new BulkPane(draft, Vocabulary.EMPTY, c -> { }), 190, 600);
        new Appearance().style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeOwnStage() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    private static double width(String word, Label label) {
        Text probe = new Text(word);
        probe.setFont(label.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    /** What the label shows: wrapped whole words, or one line ending in "…" with the full name in its tooltip. */
    private static void assertNoWordBroken(Label label, double widthOfText) {
        Text shown = (Text) label.lookup(".text");
        if (label.isWrapText()) {
            for (String word : label.getText().split(" ")) {
                assertThat(width(word, label)).as("'%s' fits the %s px the label wraps in", word, widthOfText)
                        .isLessThanOrEqualTo(widthOfText);
            }
        } else {
            assertThat(shown.getText().equals(label.getText()) || shown.getText().endsWith("…"))
                    .as("'%s' shows whole or ends in an ellipsis", shown.getText()).isTrue();
            assertThat(label.getTooltip()).isNotNull();
            assertThat(label.getTooltip().getText()).isEqualTo(label.getText());
        }
    }

    private List<Label> names(FxRobot robot) {
        return robot.lookup("#bulk-themes .label").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().equals("Themes")).toList();
    }

    @Test
    void longNamesInANarrowColumnWrapBetweenWordsOrEndInAnEllipsis(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> names(robot).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        for (Label name : names(robot)) {
            assertNoWordBroken(name, name.getWidth() - name.getInsets().getLeft() - name.getInsets().getRight());
        }
        Label longName = names(robot).stream().filter(l -> l.getText().startsWith(LONG)).findFirst().orElseThrow();
        assertThat(((Text) longName.lookup(".text")).getText()).endsWith("…");

        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Text) longName.lookup(".text")).getText().equals(longName.getText()));
        for (Label name : names(robot)) {
            assertThat(((Text) name.lookup(".text")).getText()).isEqualTo(name.getText());
        }
    }
}
