package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timescope.model.Change;

/** `timescope history` writes a merge's move of links as the window's History does, not as "links:  → ". */
class HistoryLinkMoveTextTest {

    @Test
    void aMergesMoveOfLinksSaysHowManyEventsMovedWhere() {
        String before = "[[\"e1\",\"Office\",\"\",0],[\"e2\",\"WIPO\",\"\",0]]";
        String after = "[[\"e1\",\"WIPO\",\"\",0],[\"e2\",\"WIPO\",\"\",0]]";
        assertThat(ChangeText.describe(new Change("organisation", "Office", "links", before, after)))
                .isEqualTo("links: 2 events moved from 'Office' to 'WIPO'");
        assertThat(ChangeText.describe(new Change("organisation", "Office", "links", after, before)))
                .isEqualTo("links: 2 events given back to 'Office'");
    }

    /** Found by a walk: the command itself printed the rows ("links , , , ,  → , , , "), not the words above. */
    @Test
    void historyAfterAnOrganisationMergeSaysWhichEventsMoved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = CliRun.collection(dir.resolve("m.db"));
        CliRun merge = CliRun.of("org", "merge", "--db", db, "WIPO Office in China", "WIPO");
        assertThat(merge.code()).as(merge.err()).isZero();
        // the bundled dataset: four events name the WIPO Office in China (assets/dataset.json)
        assertThat(CliRun.of("history", "--db", db).out()).contains("  organisation WIPO Office in China: links: 4 events "
                + "moved from 'WIPO Office in China' to 'World Intellectual Property Organization'\n");
    }
}
