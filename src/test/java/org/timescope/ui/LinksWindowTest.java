package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.timeline.TimelineView;

/**
 * The selected event's links in the window: the detail pane lists them in words, a click selects the other event,
 * the timeline draws a connector to it, and removing a link is undone with Ctrl+Z.
 */
class LinksWindowTest extends WindowOnDatasetTest {


    // the bundled dataset links the college's first postgraduates (2020) to its establishment (2016): "follows"
    private static final String GRADUATES = "shanghai-international-college-first-graduates";
    private static final String COLLEGE = "shanghai-international-college-of-ip-established";

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private Point2D on(FxRobot robot, String key) {
        TimelineView t = timeline(robot);
        TimelineEvent e = t.getIndex().event(t.getIndex().indexOf(key));
        return t.localToScreen(t.locate(e).orElseThrow(() -> new AssertionError(e.title() + " is not drawn")));
    }

    /** Scrolls the detail pane to its foot, where the Links section is (above the collapsed History). */
    private void showLinks(FxRobot robot) {
        robot.interact(() -> robot.lookup("#detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    }

    private Hyperlink firstLink(FxRobot robot) {
        return robot.lookup("#link-0").tryQueryAs(Hyperlink.class).orElse(null);
    }

    @Test
    void theDetailPaneListsALinkAndClickingItSelectsTheOtherEventWithAConnectorDrawn(FxRobot robot) {
        ShownWindow.await(() -> timeline(robot).locate(timeline(robot).getIndex().event(
                timeline(robot).getIndex().indexOf(GRADUATES))).isPresent());
        robot.clickOn(on(robot, GRADUATES));
        ShownWindow.await(() -> firstLink(robot) != null);
        assertThat(firstLink(robot).getText())
                .isEqualTo("follows from: 2016 — Shanghai International College of IP established");
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 1);

        showLinks(robot);
        robot.clickOn(firstLink(robot));
        ShownWindow.await(() -> timeline(robot).getSelection() != null
                && timeline(robot).getSelection().key().equals(COLLEGE));
        ShownWindow.await(() -> firstLink(robot) != null && firstLink(robot).getText().startsWith("followed by: "));
        assertThat(firstLink(robot).getText())
                .isEqualTo("followed by: 2020 — First postgraduates of the Shanghai International College of IP graduate");
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 1);
    }

    @Test
    void removingALinkTakesItsConnectorAwayAndCtrlZBringsItBack(FxRobot robot) {
        ShownWindow.await(() -> timeline(robot).locate(timeline(robot).getIndex().event(
                timeline(robot).getIndex().indexOf(GRADUATES))).isPresent());
        robot.clickOn(on(robot, GRADUATES));
        ShownWindow.await(() -> firstLink(robot) != null);
        showLinks(robot);
        robot.clickOn("#link-remove-0");
        ShownWindow.await(() -> shown.workspace().links().of(GRADUATES).isEmpty() && firstLink(robot) == null);
        ShownWindow.await(() -> timeline(robot).linksDrawn().connectors() == 0);

        robot.interact(() -> robot.lookup("#detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#detail-date"); // keys to the window again (the button clicked is gone), selection unchanged
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        ShownWindow.await(() -> shown.workspace().links().of(GRADUATES).size() == 1);
        ShownWindow.await(() -> firstLink(robot) != null && timeline(robot).linksDrawn().connectors() == 1);
    }

    private static final String MEETING_2023 = "2023 Work (Enlarged) Meeting of the Shanghai IP Joint Conference";

    /** Selects the graduates' event and opens "Add link…" from its Links section. */
    private javafx.scene.control.DialogPane openAddLink(FxRobot robot) {
        ShownWindow.await(() -> timeline(robot).locate(timeline(robot).getIndex().event(
                timeline(robot).getIndex().indexOf(GRADUATES))).isPresent());
        robot.clickOn(on(robot, GRADUATES));
        ShownWindow.await(() -> firstLink(robot) != null);
        showLinks(robot);
        robot.clickOn("#link-add");
        ShownWindow.await(() -> robot.lookup("#link-search").tryQuery().isPresent());
        return pane(robot);
    }

    private static javafx.scene.control.DialogPane pane(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    }

    /** Picks the other event by typing words of its title and taking the first match. */
    private static void pickOther(FxRobot robot, String words) {
        robot.interact(() -> {
            robot.lookup("#link-search").queryAs(javafx.scene.control.TextField.class).setText(words);
            robot.lookup("#link-matches").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0);
        });
    }

    private static boolean shows(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(javafx.scene.control.Label.class)
                .map(l -> l.isVisible() && !l.getText().isEmpty()).orElse(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void aQuoteTheSourceDoesNotHoldKeepsTheDialogOpenWithWhatWasTypedAndSaysWhy(FxRobot robot) {
        openAddLink(robot);
        pickOther(robot, "2023 Work");
        // the 2023 meeting's article: its text is the one the dataset quotes for that event
        org.timescope.model.Source article = shown.workspace().catalog().sources().stream()
                .filter(x -> x.title().startsWith("Promote the construction of a strong city")).findFirst().orElseThrow();
        robot.interact(() -> {
            robot.lookup("#link-source").queryAs(javafx.scene.control.ComboBox.class).setValue(article.key());
            robot.lookup("#link-quote").queryAs(javafx.scene.control.TextArea.class)
                    .setText("The college's graduates attended the meeting");
        });
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        ShownWindow.await(() -> shows(robot, "#link-problem"));
        assertThat(text(robot, "#link-problem")).contains("not a verbatim part of").contains(article.title());
        assertThat(robot.lookup("#link-quote").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("The college's graduates attended the meeting");
        assertThat(shown.workspace().links().of(GRADUATES)).hasSize(1); // nothing stored

        // the first sentence of the article's body is a verbatim part of it
        String verbatim = "The 2023 Work (Enlarged) Meeting of the Shanghai Intellectual Property Joint Conference";
        assertThat(article.text()).contains(verbatim);
        robot.interact(() -> robot.lookup("#link-quote").queryAs(javafx.scene.control.TextArea.class).setText(verbatim));
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        ShownWindow.await(() -> shown.workspace().links().of(GRADUATES).size() == 2);
        assertThat(shown.workspace().links().of(GRADUATES)).anySatisfy(l -> assertThat(l.evidence())
                .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo(verbatim)));
    }

    @Test
    void aQuoteWithoutItsSourceIsNotDroppedSilently(FxRobot robot) {
        openAddLink(robot);
        pickOther(robot, "2023 Work");
        robot.interact(() -> robot.lookup("#link-quote").queryAs(javafx.scene.control.TextArea.class)
                .setText("a quote typed before choosing its source"));
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        ShownWindow.await(() -> shows(robot, "#link-problem"));
        assertThat(text(robot, "#link-problem")).contains("The quote has no source");
        assertThat(shown.workspace().links().of(GRADUATES)).hasSize(1);
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.CANCEL));
    }

    @Test
    void aLinkTheStoreRefusesBringsTheDialogBackWithTheReasonAndTheNoteTyped(FxRobot robot) {
        openAddLink(robot);
        pickOther(robot, "College of IP established"); // already linked: the graduates follow from it
        robot.interact(() -> robot.lookup("#link-note").queryAs(javafx.scene.control.TextArea.class)
                .setText("the first class enrolled in 2017"));
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.OK));
        ShownWindow.await(() -> shows(robot, "#link-problem"));
        assertThat(text(robot, "#link-problem")).contains("already linked");
        assertThat(robot.lookup("#link-note").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("the first class enrolled in 2017");
        assertThat(robot.lookup("#link-matches").queryAs(javafx.scene.control.ListView.class).getSelectionModel()
                .getSelectedIndex()).isGreaterThanOrEqualTo(0); // the other event still chosen
        assertThat(shown.workspace().links().of(GRADUATES)).hasSize(1);
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.CANCEL));
    }

    @Test
    void followingFromALaterEventIsWarnedAbout(FxRobot robot) {
        openAddLink(robot);
        // the graduates (2020) "follows from" the 2023 meeting: against the dates
        pickOther(robot, "2023 Work");
        ShownWindow.await(() -> shows(robot, "#link-order"));
        assertThat(text(robot, "#link-order")).contains("First postgraduates").contains(MEETING_2023)
                .contains("2020").contains("2023");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.timescope.ui.edit.LinkDialog.Choice> kind =
                robot.lookup("#link-kind").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(new org.timescope.ui.edit.LinkDialog.Choice(
                org.timescope.model.LinkKind.FOLLOWS, false))); // "followed by" the later meeting: in order
        ShownWindow.await(() -> !shows(robot, "#link-order"));
        pickOther(robot, "College of IP established"); // "followed by" the 2016 college: against the dates
        ShownWindow.await(() -> shows(robot, "#link-order"));
        robot.clickOn(pane(robot).lookupButton(javafx.scene.control.ButtonType.CANCEL));
    }
}
