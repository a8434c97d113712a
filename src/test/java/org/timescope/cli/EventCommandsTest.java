package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curating events from the command line on the bundled dataset: each command's output, its effect read back
 * through another command, and its refusals (one line, exit 1, the collection unchanged).
 */
class EventCommandsTest {

    @TempDir
    Path dir;

    /** The collection the commands work on: a new one with the bundled dataset (read-only commands create none). */
    @org.junit.jupiter.api.BeforeEach
    void createCollection() {
        org.timescope.service.Workspace.open(dir.resolve("timescope.db"), false).close();
    }

    private String db() {
        return dir.resolve("timescope.db").toString();
    }

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db();
        return CliRun.of(withDb);
    }

    /** The whole collection as data, to compare before and after a refused command. */
    private String export() {
        CliRun r = run("export", "--format", "json");
        assertThat(r.code()).isZero();
        return r.out();
    }

    private static void assertRefused(CliRun r, String message) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("timescope: " + message + System.lineSeparator());
    }

    @Test
    void addPrintsOnlyTheNewKeyAndListFindsTheEventAtItsPrecision() {
        CliRun add = run("event", "add", "--title", "Zanzibar patent summit", "--start", "June 2021",
                "--org", "WIPO=host", "--org", "Zanzibar Patent Office", "--theme", "Copyright", "--place", "Shanghai",
                "--person", "Jane Roe=Director", "--inferred", "--date-note", "Month from the programme");
        assertThat(add.code()).isZero();
        assertThat(add.err()).isEmpty();
        assertThat(add.out()).isEqualTo("2021-zanzibar-patent-summit" + System.lineSeparator());

        CliRun list = run("list", "--query", "Zanzibar");
        assertThat(list.out()).contains("June 2021 *").contains("Zanzibar patent summit").contains("1 of 24 events");
        CliRun show = run("event", "show", "2021-zanzibar-patent-summit");
        assertThat(show.out()).contains("Date           June 2021 (month, inferred)")
                .contains("Date note      Month from the programme")
                .contains("Organisations  World Intellectual Property Organization (host); Zanzibar Patent Office")
                .contains("People         Jane Roe (Director)");
        // the organisation it named is in the catalogue now, so a filter by it works
        assertThat(run("list", "--org", "Zanzibar Patent Office").out()).contains("1 of 24 events");
    }

    @Test
    void addTakesTheKeyGivenAndRefusesOneInUse() {
        assertThat(run("event", "add", "--title", "A", "--start", "2020", "--key", "my-key").out().strip())
                .isEqualTo("my-key");
        String before = export();
        assertRefused(run("event", "add", "--title", "B", "--start", "2020", "--key", "my-key"),
                "an event with key 'my-key' exists already; give another --key or leave it out");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void aDateThatDoesNotExistIsRefusedInOneLineAndNothingIsStored() {
        String before = export();
        assertRefused(run("event", "add", "--title", "T", "--start", "31 June 2021"),
                "'31 June 2021' is not a date: June has 30 days");
        assertRefused(run("event", "set", "2021-ip-development-forum", "--start", "31 June 2021"),
                "'31 June 2021' is not a date: June has 30 days");
        assertRefused(run("event", "add", "--title", "T", "--start", "2021", "--end", "2019"),
                "end 2019 is before start 2021");
        assertRefused(run("event", "add", "--title", "T", "--start", "2021", "--theme", " "),
                "a --theme or --place is empty");
        assertRefused(run("event", "add", "--title", "T", "--start", "2021", "--org", "=host"),
                "'=host' names nothing (use NAME or NAME=ROLE)");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void setPrintsEachChangedFieldAndListFindsTheEventInItsNewMonth() {
        CliRun set = run("event", "set", "shanghai-international-college-of-ip-established",
                "--title", "Shanghai International College of IP opens", "--start", "June 2021",
                "--add-theme", "Copyright", "--remove-theme", "Institutions and services", "--approximate");
        assertThat(set.code()).isZero();
        assertThat(set.out().lines()).containsExactly(
                "title: 'Shanghai International College of IP established' → 'Shanghai International College of IP opens'",
                "start: '2016' → '2021-06'",
                "approximate: no → yes",
                "themes: IP education and training, Institutions and services → IP education and training, Copyright");
        CliRun june = run("list", "--from", "2021-06", "--to", "2021-06");
        assertThat(june.out()).contains("June 2021 ~").contains("Shanghai International College of IP opens");
        assertThat(run("list", "--theme", "Copyright").out()).contains("Shanghai International College of IP opens");
        CliRun newTheme = run("event", "set", "shanghai-international-college-of-ip-established", "--add-theme", "Higher education");
        assertThat(newTheme.out().lines()).containsExactly("created theme 'Higher education'",
                "themes: IP education and training, Copyright → IP education and training, Copyright, Higher education");
    }

    @Test
    void setAcceptsAnAcronymToRemoveAnOrganisationAndClearsTheEnd() {
        CliRun set = run("event", "set", "li-qiang-meets-daren-tang-2023", "--remove-org", "WIPO");
        assertThat(set.code()).isZero();
        assertThat(set.out()).startsWith("organisations: ").doesNotContain("→ World Intellectual");
        assertThat(run("event", "show", "li-qiang-meets-daren-tang-2023").out())
                .doesNotContain("World Intellectual Property Organization");
        CliRun noEnd = run("event", "set", "shanghai-ip-prosecution-white-papers", "--no-end");
        assertThat(noEnd.out().strip()).isEqualTo("end: '2021' → (none)");
    }

    @Test
    void setRefusesUnknownKeysAndNamesTheEventDoesNotHave() {
        String before = export();
        assertRefused(run("event", "set", "no-such-event", "--title", "X"),
                "unknown event 'no-such-event' (see 'timescope list' for events, 'timescope event show KEY' for one)");
        assertRefused(run("event", "set", "2021-ip-development-forum", "--remove-theme", "Copyright"),
                "event '2021-ip-development-forum' has no theme 'Copyright'");
        assertRefused(run("event", "set", "2021-ip-development-forum", "--end", "2022", "--no-end"),
                "give either --end or --no-end, not both");
        assertThat(export()).isEqualTo(before);
        assertThat(run("event", "set", "2021-ip-development-forum", "--title", "2021 Intellectual Property Development Forum")
                .out().strip()).isEqualTo("No change to 2021-ip-development-forum");
    }

    @Test
    void undoAfterSetRestoresTheTitleAndASecondUndoTakesBackTheActionBefore() {
        run("event", "set", "2021-ip-development-forum", "--summary", "First change");
        run("event", "set", "2021-ip-development-forum", "--title", "Renamed forum");
        CliRun undo = run("undo");
        assertThat(undo.code()).isZero();
        assertThat(undo.out().strip()).isEqualTo("Undid: Edit of '2021 Intellectual Property Development Forum' (change 2)");
        CliRun show = run("event", "show", "2021-ip-development-forum");
        assertThat(show.out()).contains("Title          2021 Intellectual Property Development Forum")
                .contains("Summary        First change");
        assertThat(run("undo").out().strip())
                .isEqualTo("Undid: Edit of '2021 Intellectual Property Development Forum' (change 1)");
        assertThat(run("event", "show", "2021-ip-development-forum").out()).doesNotContain("First change");
        assertRefused(run("undo"), "nothing to undo: the change log has no change in effect");
    }

    @Test
    void historyOfAnEventShowsTheSetAndTheUndoNewestFirst() {
        run("event", "set", "2021-ip-development-forum", "--title", "Renamed forum");
        run("event", "set", "li-qiang-meets-daren-tang-2023", "--title", "Another event");
        run("undo");
        run("undo");
        CliRun history = run("history", "--event", "2021-ip-development-forum");
        assertThat(history.code()).isZero();
        assertThat(history.out().lines().filter(l -> !l.startsWith("  "))).hasSize(2)
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\S.*  \\(change \\d+.*\\)"));
        assertThat(history.out().lines().map(String::strip)).containsSubsequence(
                "event 2021-ip-development-forum: title 'Renamed forum' → '2021 Intellectual Property Development Forum'",
                "event 2021-ip-development-forum: title '2021 Intellectual Property Development Forum' → 'Renamed forum'");
        assertThat(history.out()).contains("Undo edit of '2021 Intellectual Property Development Forum'  (change 4, undoes 1)")
                .contains("Edit of '2021 Intellectual Property Development Forum'  (change 1)")
                .doesNotContain("Another event");
        CliRun all = run("history", "--limit", "1", "--format", "json");
        assertThat(all.out()).contains("\"undoes\" : 1").contains("\"before\" : \"Renamed forum\"")
                .doesNotContain("\"id\" : 3");
        assertThat(run("history", "--since", "2999").out().strip()).isEqualTo("No changes");
        assertRefused(run("history", "--limit", "0"), "--limit must be at least 1 (it is 0)");
        assertRefused(run("history", "--format", "xml"), "unknown history format 'xml' (use text or json)");
    }

    @Test
    void historyAbbreviatesLongTextsAndShowsListsAsNames() {
        String summary = "A very long summary of the forum that goes on and on about who spoke and what they said "
                + "at great length";
        run("event", "set", "2021-ip-development-forum", "--summary", summary, "--add-org", "CNIPA=observer");
        CliRun history = run("history", "--limit", "1");
        // texts are cut at 60 characters with an ellipsis
        assertThat(history.out()).contains("→ '" + summary.substring(0, 59) + "…'").doesNotContain(summary);
        // a long list shows what left and what came, as names with roles
        assertThat(history.out()).contains("organisations + China National Intellectual Property Administration (observer)");
    }

    @Test
    void deleteIsOneStepForUndoAndUnknownKeysDeleteNothing() {
        String before = export();
        assertRefused(run("event", "delete", "2021-ip-development-forum", "nope"),
                "unknown event 'nope' (see 'timescope list' for events, 'timescope event show KEY' for one)");
        assertThat(export()).isEqualTo(before);
        CliRun delete = run("event", "delete", "2021-ip-development-forum", "li-qiang-meets-daren-tang-2023");
        assertThat(delete.code()).isZero();
        assertThat(delete.out()).contains("Deleted 2021-ip-development-forum  2021 Intellectual Property Development Forum");
        assertThat(run("list").out()).contains("21 of 21 events");
        assertThat(run("undo").out()).startsWith("Undid: Deletion of 2 events (change 1)");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void duplicateThenMergeKeepsTheFirstEventsFieldsAndEveryQuote() {
        String copy = run("event", "duplicate", "2021-ip-development-forum").out().strip();
        assertThat(copy).isEqualTo("2021-2021-intellectual-property-development-forum-copy");
        assertThat(run("list", "--query", "Development Forum").out()).contains("(copy)");
        CliRun merge = run("event", "merge", "2021-high-level-forum-china-ip-protection", "2021-ip-development-forum");
        assertThat(merge.code()).isZero();
        // 3 quotes of its own and the 2 of the development forum
        assertThat(merge.out().strip()).isEqualTo("Merged '2021 Intellectual Property Development Forum' "
                + "(2021-ip-development-forum) into '2021 High-level Forum on China IP Protection' "
                + "(2021-high-level-forum-china-ip-protection): 5 quotes (change 2)");
        assertThat(run("event", "show", "2021-high-level-forum-china-ip-protection").out())
                .contains("Title          2021 High-level Forum on China IP Protection")
                .contains("Date           23 April 2021 (day");
        assertRefused(run("event", "show", "2021-ip-development-forum"),
                "unknown event '2021-ip-development-forum' (see 'timescope list' for events, 'timescope event show KEY' for one)");
        assertRefused(run("event", "merge", "2021-high-level-forum-china-ip-protection",
                "2021-high-level-forum-china-ip-protection"),
                "cannot merge event '2021-high-level-forum-china-ip-protection' into itself");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRun r = run("event", "add", "--title", "No date");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("timescope: Missing required option: '--start=DATE'");
    }
}
