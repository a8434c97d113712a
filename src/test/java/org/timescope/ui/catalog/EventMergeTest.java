package org.timescope.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.catalog.EventMerge.Field;
import org.timescope.ui.catalog.EventMerge.Pick;

/** The choices of the merge dialog and the event they make, without JavaFX. */
class EventMergeTest {

    static final TimelineEvent LEFT = new TimelineEvent("left-key", "IP forum", "Held in Pudong", "forum",
            DateSpan.of(PartialDate.of(2021, 6, 11)), false, true, "Year from the forum's name", List.of("Shanghai"),
            List.of(new OrganisationRole("WIPO", "host")), List.of("Copyright"), List.of(new PersonRole("Chen Qun", null)),
            List.of(Evidence.at("seed-000", "The forum was held", -1)));
    static final TimelineEvent RIGHT = new TimelineEvent("right-key", "2021 IP Development Forum", null, "forum",
            DateSpan.of(PartialDate.ofYear(2021)), true, false, null, List.of("Shanghai", "Pudong New Area"),
            List.of(new OrganisationRole("WIPO", "co-host"), new OrganisationRole("Tongji University", null)),
            List.of("Judicial protection"), List.of(),
            List.of(Evidence.at("seed-001", "A forum in 2021", -1), Evidence.at("seed-000", "The forum was held", -1)));

    @Test
    void byDefaultTheLeftIsTakenListsThatDifferTakeBothAndAnEmptyFieldTakesTheOther() {
        EventMerge m = new EventMerge(LEFT, RIGHT);
        assertThat(m.pick(Field.TITLE)).isEqualTo(Pick.LEFT);
        assertThat(m.pick(Field.THEMES)).isEqualTo(Pick.BOTH);
        assertThat(m.pick(Field.CATEGORY)).isEqualTo(Pick.LEFT);
        assertThat(m.same(Field.CATEGORY)).isTrue();
        EventMerge reversed = new EventMerge(RIGHT, LEFT);
        assertThat(reversed.pick(Field.SUMMARY)).isEqualTo(Pick.RIGHT);
        assertThat(reversed.pick(Field.PEOPLE)).isEqualTo(Pick.RIGHT);
    }

    /**
     * Found by a walk through the window: an event of May 2019 without a date note, merged with one of 2020 whose
     * note explains that year, kept its month and took the other's note ("'Last year' ...: 2020").
     */
    @Test
    void theDateNoteAndFlagsComeWithTheDatesTheyDescribe() {
        TimelineEvent may = new TimelineEvent("may", "Test", null, null, DateSpan.of(PartialDate.of(2019, 5)), false,
                false, null, List.of(), List.of(), List.of(), List.of(), List.of());
        TimelineEvent year = new TimelineEvent("year", "First postgraduates", null, null,
                DateSpan.of(PartialDate.ofYear(2020)), false, true, "'Last year' in an article from 2021: 2020",
                List.of(), List.of(), List.of(), List.of(), List.of());
        EventMerge m = new EventMerge(may, year);
        TimelineEvent byDefault = m.merged();
        assertThat(byDefault.when()).isEqualTo(may.when());
        assertThat(byDefault.dateNote()).as("no note: the kept dates had none").isNull();
        assertThat(byDefault.inferred()).isFalse();

        m.pick(Field.DATES, Pick.RIGHT);
        assertThat(m.pick(Field.DATE_NOTE)).isEqualTo(Pick.RIGHT);
        TimelineEvent taken = m.merged();
        assertThat(taken.when()).isEqualTo(year.when());
        assertThat(taken.dateNote()).isEqualTo("'Last year' in an article from 2021: 2020");
        assertThat(taken.inferred()).isTrue();

        m.pick(Field.DATE_NOTE, Pick.LEFT); // still the researcher's to pick apart
        assertThat(m.merged().dateNote()).isNull();
        assertThat(m.merged().when()).isEqualTo(year.when());
    }

    @Test
    void theMergedEventHasEachFieldFromTheSidePickedAndTheLeftKey() {
        EventMerge m = new EventMerge(LEFT, RIGHT);
        m.pick(Field.TITLE, Pick.RIGHT);
        m.pick(Field.DATES, Pick.LEFT);
        m.pick(Field.FLAGS, Pick.RIGHT);
        m.pick(Field.PLACES, Pick.RIGHT);
        m.pick(Field.THEMES, Pick.LEFT);
        TimelineEvent e = m.merged();
        assertThat(e.key()).isEqualTo("left-key");
        assertThat(e.title()).isEqualTo("2021 IP Development Forum");
        assertThat(e.when()).isEqualTo(LEFT.when());
        assertThat(e.approximate()).isTrue();
        assertThat(e.inferred()).isFalse();
        assertThat(e.summary()).isEqualTo("Held in Pudong");
        assertThat(e.places()).containsExactly("Shanghai", "Pudong New Area");
        assertThat(e.themes()).containsExactly("Copyright");
        // both: the left's organisations (with their roles), then the right's the left lacks
        assertThat(e.organisations()).containsExactly(new OrganisationRole("WIPO", "host"),
                new OrganisationRole("Tongji University", null));
    }

    @Test
    void everyQuoteOfBothIsKeptOnce() {
        EventMerge m = new EventMerge(LEFT, RIGHT);
        assertThat(m.merged().evidence()).hasSize(2);
        assertThat(m.quotesText()).isEqualTo("all quotes are kept (2)");
    }

    @Test
    void thePreviewDescribesTheResult() {
        EventMerge m = new EventMerge(LEFT, RIGHT);
        m.pick(Field.TITLE, Pick.RIGHT);
        assertThat(m.preview()).startsWith("2021 IP Development Forum\n11 June 2021 (day)")
                .contains("Themes: Copyright; Judicial protection")
                .contains("Evidence: all quotes are kept (2)")
                .endsWith("Kept as left-key; right-key is removed.");
    }

    @Test
    void aSingleValueIsNotTakenFromBothAndAnEventNotMergedWithItself() {
        EventMerge m = new EventMerge(LEFT, RIGHT);
        assertThatThrownBy(() -> m.pick(Field.TITLE, Pick.BOTH)).hasMessageContaining("Title is taken from one side");
        assertThatThrownBy(() -> new EventMerge(LEFT, LEFT)).hasMessageContaining("not merged with itself");
    }
}
