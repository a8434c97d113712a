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
}
