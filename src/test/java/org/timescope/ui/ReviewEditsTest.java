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
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/**
 * The review dialog's form edits a candidate's organisations, themes and place before it is stored, and what is
 * stored (read back from the collection, not from the dialog) is what the form showed.
 */
class ReviewEditsTest extends WindowOnDatasetTest {


    @Test
    void anOrganisationAThemeAndThePlaceEditedInTheFormAreStoredAsShown(FxRobot robot) throws Exception {
        Path article = dir.resolve("harbour.txt");
        Files.writeString(article, "Harbour City opens trademark service centre\n\nUpdated: 2024-05-20\n\n"
                + "The Harbour City Trademark Service Center was inaugurated on May 14 by the Harbour City Intellectual "
                + "Property Bureau in Harbour City.\n\nThe centre will help small firms register trademarks and patents "
                + "abroad.\n");
        robot.interact(() -> window.importFiles(List.of(article)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#candidate-form #edit-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CandidateDraft> candidates = robot.lookup("#candidates").queryAs(TableView.class);
        assertThat(candidates.getItems()).hasSize(1);
        // the form opened on the first candidate shows what the article says
        List<TextField> orgs = names(robot, "#edit-organisations");
        assertThat(orgs).extracting(TextField::getText).containsExactly("Harbour City Trademark Service Center",
                "Harbour City Intellectual Property Bureau");
        assertThat(names(robot, "#edit-themes")).extracting(TextField::getText).containsExactly("Institutions and services");
        assertThat(names(robot, "#edit-places")).extracting(TextField::getText).containsExactly("Harbour City");

        List<TextField> roles = robot.lookup("#edit-organisations .ts-entry-role").queryAllAs(TextField.class)
                .stream().toList();
        robot.interact(() -> {
            orgs.get(1).setText("Harbour City IP Bureau");
            roles.get(1).setText("host");
            names(robot, "#edit-themes").get(0).setText("Trademark registration");
            names(robot, "#edit-places").get(0).setText("Harbour District");
        });
        // below the fold of the form's scroll pane: fired as a click would
        robot.interact(() -> robot.lookup("#candidate-form #add-theme").queryButton().fire());
        robot.interact(() -> names(robot, "#edit-themes").get(1).setText("Copyright"));
        // the catalogue's completions offered while typing close as a person would close them before clicking Import
        robot.interact(() -> List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).forEach(javafx.stage.Window::hide));
        // fired as a click would: a completion popup the catalogue shows a moment later can lie over the button
        robot.interact(() -> robot.lookup("Import ticked").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#import-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<TimelineEvent> stored = workspace.events().find(EventFilter.ALL).stream()
                .filter(e -> e.title().equals("Harbour City Trademark Service Center inaugurated")).toList();
        String summary = robot.lookup("#import-summary").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(summary).contains("1 imported");
        assertThat(stored).as(summary).hasSize(1);
        TimelineEvent e = stored.get(0);
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2024, 5, 14));
        assertThat(e.organisations()).containsExactly(
                new OrganisationRole("Harbour City Trademark Service Center", "inaugurated"),
                new OrganisationRole("Harbour City IP Bureau", "host"));
        assertThat(e.themes()).containsExactlyInAnyOrder("Trademark registration", "Copyright");
        assertThat(e.places()).containsExactly("Harbour District");
        // what the reviewer replaced is not added to the catalogue
        assertThat(workspace.catalog().organisations()).extracting(Organisation::name)
                .doesNotContain("Harbour City Intellectual Property Bureau").contains("Harbour City IP Bureau");
        assertThat(workspace.catalog().places()).extracting(Place::name)
                .doesNotContain("Harbour City").contains("Harbour District");
        robot.clickOn("OK");
    }

    private static List<TextField> names(FxRobot robot, String list) {
        return robot.lookup(list + " .ts-entry-name").queryAllAs(TextField.class).stream().toList();
    }
}
