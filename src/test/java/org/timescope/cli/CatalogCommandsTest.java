package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue from the command line (org, theme, place, person), and likely duplicates. */
class CatalogCommandsTest {

    @TempDir
    Path dir;

    /** The collection the commands work on: a new one with the bundled dataset (read-only commands create none). */
    @org.junit.jupiter.api.BeforeEach
    void createCollection() {
        org.timescope.service.Workspace.open(dir.resolve("timescope.db"), false).close();
    }

    private CliRun run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = dir.resolve("timescope.db").toString();
        return CliRun.of(withDb);
    }

    private String export() {
        return run("export", "--format", "json").out();
    }

    private static void assertRefused(CliRun r, String message) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("timescope: " + message + System.lineSeparator());
    }

    @Test
    void mergingAnOrganisationByAliasMovesItsEventsAndUndoBringsItBack() {
        String before = export();
        assertThat(run("list", "--org", "WIPO Office in China").out()).contains("4 of 23 events");
        CliRun merge = run("org", "merge", "WIPO Office in China", "WIPO");
        assertThat(merge.code()).isZero();
        assertThat(merge.out().strip())
                .isEqualTo("Merged 'WIPO Office in China' into 'World Intellectual Property Organization': 4 events moved");
        // the old name is an alias now: it finds all of WIPO's events
        assertThat(run("event", "show", "2021-high-level-forum-china-ip-protection").out().lines()
                .filter(l -> l.startsWith("Organisations")).findFirst().orElseThrow())
                .contains("World Intellectual Property Organization (co-host)").doesNotContain("WIPO Office in China");
        assertThat(run("list", "--org", "WIPO Office in China").out()).contains("9 of 23 events");
        assertThat(run("undo").out().strip()).isEqualTo("Undid: Merge of 'WIPO Office in China' into "
                + "'World Intellectual Property Organization' (change 1)");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void themesPlacesAndPeopleMergeThroughTheSameCommand() {
        CliRun theme = run("theme", "merge", "Copyright", "Judicial protection");
        assertThat(theme.out().strip()).isEqualTo("Merged 'Copyright' into 'Judicial protection': 1 event moved");
        assertThat(run("list", "--theme", "Copyright").err()).contains("unknown theme 'Copyright'");
        CliRun person = run("person", "merge", "chen qun", "Ding Xuexiang");
        assertThat(person.code()).isZero();
        assertThat(person.out()).startsWith("Merged 'Chen Qun' into 'Ding Xuexiang': ");
        run("event", "add", "--title", "Somewhere else", "--start", "2020", "--place", "Pudong");
        CliRun place = run("place", "merge", "Pudong", "Pudong New Area");
        assertThat(place.out().strip()).isEqualTo("Merged 'Pudong' into 'Pudong New Area': 1 event moved");
    }

    @Test
    void anUnknownNameInAMergeIsRefusedAndChangesNothing() {
        String before = export();
        assertRefused(run("org", "merge", "Ministry of Magic", "WIPO"), "unknown organisation 'Ministry of Magic'");
        assertRefused(run("org", "merge", "WIPO", "Ministry of Magic"), "unknown organisation 'Ministry of Magic'");
        assertRefused(run("theme", "merge", "Copyright", "copyright"),
                "cannot merge theme 'Copyright' into itself");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void renameFollowsIntoTheEventsAndRefusesANameInUse() {
        CliRun rename = run("theme", "rename", "copyright", "Copyright and related rights");
        assertThat(rename.out().strip()).isEqualTo("Renamed theme 'Copyright' to 'Copyright and related rights'");
        assertThat(run("list", "--theme", "Copyright and related rights").out()).contains("1 of 23 events");
        assertThat(run("org", "rename", "CNIPA", "National IP Administration").out().strip())
                .isEqualTo("Renamed organisation 'China National Intellectual Property Administration' to "
                        + "'National IP Administration'");
        assertThat(run("list", "--org", "CNIPA").out()).contains("National IP Admin"); // the acronym stays
        String before = export();
        assertRefused(run("theme", "rename", "Copyright and related rights", "Judicial protection"),
                "there is already a theme 'Judicial protection'; merge 'Copyright and related rights' into it instead "
                        + "('timescope theme merge')");
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void renamingAPersonOrAPlaceKeepsTheirEvents() {
        assertThat(run("person", "rename", "chen qun", "Chen Qun (陈群)").out().strip())
                .isEqualTo("Renamed person 'Chen Qun' to 'Chen Qun (陈群)'");
        assertThat(run("list", "--person", "Chen Qun (陈群)").out()).contains("2 of 23 events");
        assertThat(run("place", "rename", "Pudong New Area", "Pudong").out().strip())
                .isEqualTo("Renamed place 'Pudong New Area' to 'Pudong'");
        assertThat(run("list", "--place", "Pudong").out()).contains("1 of 23 events");
        assertRefused(run("place", "rename", "Atlantis", "Somewhere"), "unknown place 'Atlantis'");
    }

    @Test
    void deletingAThemeInUseIsRefusedWithTheStoresMessageAndAnUnusedOneGoes() {
        String before = export();
        assertRefused(run("theme", "delete", "Copyright"),
                "theme 'Copyright' is used by 1 event; merge it into another theme instead");
        assertRefused(run("org", "delete", "Tongji University"),
                "organisation 'Tongji University' is used by 3 events; merge it into another organisation instead");
        assertRefused(run("theme", "delete", "No such theme"), "unknown theme 'No such theme'");
        assertThat(export()).isEqualTo(before);
        run("theme", "merge", "Copyright", "Judicial protection");
        run("event", "add", "--title", "Temporary", "--start", "2020", "--theme", "Scratch");
        run("undo");
        // the undo of the add took the new theme back with the event
        assertRefused(run("theme", "delete", "Scratch"), "unknown theme 'Scratch'");
        run("event", "add", "--title", "Temporary", "--start", "2020", "--theme", "Scratch", "--key", "tmp");
        run("event", "set", "tmp", "--remove-theme", "Scratch");
        assertThat(run("theme", "delete", "scratch").out().strip()).isEqualTo("Deleted theme 'Scratch'");
    }

    @Test
    void duplicatesListsExactlyTheHandMadePairs() {
        String db = dir.resolve("empty.db").toString();
        String[][] events = {
                {"--title", "2021 Intellectual Property Development Forum", "--start", "11 June 2021", "--key", "forum-a"},
                {"--title", "Intellectual property development forum, 2021", "--start", "2021-06-12", "--key", "forum-b"},
                {"--title", "2022 Intellectual Property Development Forum", "--start", "11 June 2022", "--key", "decoy-2022"},
                {"--title", "Patent award ceremony", "--start", "11 June 2021", "--key", "decoy-same-day"},
                {"--title", "CNIPA delegation visits shipyard", "--start", "1 April 2022", "--key", "visit-a"},
                {"--title", "CNIPA delegation visits shipyard", "--start", "8 April 2022", "--key", "decoy-week-later"},
        };
        for (String[] e : events) {
            String[] args = new String[e.length + 5];
            args[0] = "event";
            args[1] = "add";
            System.arraycopy(e, 0, args, 2, e.length);
            args[e.length + 2] = "--db";
            args[e.length + 3] = db;
            args[e.length + 4] = "--empty";
            assertThat(CliRun.of(args).code()).isZero();
        }
        CliRun r = CliRun.of("duplicates", "--db", db);
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "0.68  11 June 2021  forum-a  2021 Intellectual Property Development Forum",
                "      12 June 2021  forum-b  Intellectual property development forum, 2021",
                "      (titles 100% alike, 1 day apart)",
                "1 likely duplicate pair  (merge with: timescope event merge KEEP OTHER)");
        assertThat(CliRun.of("duplicates", "--db", db, "--days", "7").out()).contains("visit-a").contains("decoy-week-later");
        assertThat(CliRun.of("duplicates", "--db", db, "--min-score", "0.9").out().strip())
                .isEqualTo("0 likely duplicate pairs");
        assertRefused(CliRun.of("duplicates", "--db", db, "--min-score", "2"), "--min-score must be between 0 and 1 (it is 2.0)");
    }
}
