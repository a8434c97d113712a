package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;

/** The history's sentences from change-log entries. */
class ChangeTextTest {

    @Test
    void fieldsListsAndWholeEntriesInWords() {
        assertThat(ChangeText.line(new Change("event", "k", "title", "\"A\"", "\"B\""))).isEqualTo("title: 'A' → 'B'");
        assertThat(ChangeText.line(new Change("event", "k", "start", "\"2021-06-11\"", "\"2021-06\"")))
                .isEqualTo("start: '11 June 2021' → 'June 2021'");
        assertThat(ChangeText.line(new Change("event", "k", "summary", null, "\"S\""))).isEqualTo("summary: none → 'S'");
        assertThat(ChangeText.line(new Change("event", "k", "approximate", "false", "true"))).isEqualTo("approximate: no → yes");
        assertThat(ChangeText.line(new Change("event", "k", "themes", "[\"Copyright\"]", "[\"Patents\",\"Copyright\"]")))
                .isEqualTo("themes: + Patents");
        assertThat(ChangeText.line(new Change("event", "k", "organisations", "[{\"name\":\"WIPO\",\"role\":\"host\"}]", "[]")))
                .isEqualTo("organisations: − WIPO (host)");
        // a quote by its words, not by its source's key (a walk read "evidence: + seed-004")
        assertThat(ChangeText.line(new Change("event", "k", "evidence", "[]",
                "[{\"source\":\"seed-004\",\"quote\":\"In 2022, 178,300 invention patents were granted in Shanghai\",\"start\":12}]")))
                .isEqualTo("evidence: + “In 2022, 178,300 invention patents were…”");
        assertThat(ChangeText.line(new Change("event", "k", "*", null, "{}"))).isEqualTo("created");
        assertThat(ChangeText.line(new Change("event", "k", "*", "{}", null))).isEqualTo("deleted");
    }

    /**
     * Found by a walk through the window: an organisation's merge showed "links:  → " in the history (its rows
     * are lists that the generic text wrote as nothing). Three events of 'Office' move to 'WIPO', one of which
     * names both; the undo gives them back.
     */
    @Test
    void aMergesMoveOfLinksSaysHowManyEventsMovedWhereAndItsUndoGivesThemBack() {
        String before = "[[\"e1\",\"Office\",\"\",0],[\"e2\",\"Office\",\"host\",1],[\"e3\",\"Office\",\"\",0],"
                + "[\"e3\",\"WIPO\",\"\",1]]";
        String after = "[[\"e1\",\"WIPO\",\"\",0],[\"e2\",\"WIPO\",\"host\",1],[\"e3\",\"WIPO\",\"\",0]]";
        assertThat(ChangeText.line(new Change("organisation", "Office", "links", before, after)))
                .isEqualTo("links: 3 events moved from 'Office' to 'WIPO'");
        assertThat(ChangeText.line(new Change("organisation", "Office", "links", after, before)))
                .isEqualTo("links: 3 events given back to 'Office'");
    }

    @Test
    void aGroupIsHeadedByWhenAndWhoAndListsOnlyTheEntryAsked() {
        ChangeGroup g = new ChangeGroup(3, Instant.parse("2026-12-06T20:31:00Z"), "alice", "bulk-edit", "Adding …", 0,
                List.of(new Change("event", "a", "title", "\"A\"", "\"B\""), new Change("event", "b", "title", "\"C\"", "\"D\"")));
        assertThat(ChangeText.heading(g, ZoneOffset.UTC)).isEqualTo("6 Dec 2026 20:31 · alice");
        assertThat(ChangeText.lines(g, "event", "b")).containsExactly("title: 'C' → 'D'");
    }
}
