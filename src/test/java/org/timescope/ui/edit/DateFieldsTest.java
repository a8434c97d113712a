package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.PartialDate;

/**
 * The event form and the era form share their date fields: the same readings and the same messages, and a
 * time of day before the start on the same day is refused in the form (it used to pass the event form's
 * day-only check and fail when saved).
 */
class DateFieldsTest {

    @Test
    void theEraFormSaysWhatTheEventFormSaysAboutAnEndBeforeTheStart() {
        EraDraft era = EraDraft.blank();
        era.nameProperty().set("Plan");
        era.startProperty().set("June 2021");
        era.endProperty().set("2020");
        assertThat(era.endErrorProperty().get()).isEqualTo("The end (2020) is before the start (June 2021)");
        assertThat(era.validProperty().get()).isFalse();
        era.endProperty().set("December 2022");
        assertThat(era.endInfoProperty().get()).isEqualTo("→ December 2022 · month precision");
        assertThat(era.toEra().when()).isEqualTo(new DateSpan(PartialDate.of(2021, 6), PartialDate.of(2022, 12)));
    }

    /** Found by a walk: one message under Notes said "A name is needed"; each field's error is its own. */
    @Test
    void theEraFormSaysWhichFieldIsWrong() {
        EraDraft era = EraDraft.blank();
        era.startProperty().set("2021");
        assertThat(era.nameErrorProperty().get()).isEqualTo("A name is needed");
        assertThat(era.colourErrorProperty().get()).isNull();
        era.nameProperty().set("Plan");
        era.colourProperty().set("teal");
        assertThat(era.nameErrorProperty().get()).isNull();
        assertThat(era.colourErrorProperty().get()).isEqualTo("The colour is written #rrggbb (e.g. #8c6d1f)");
        assertThat(era.validProperty().get()).isFalse();
        era.colourProperty().set("#00807f");
        assertThat(era.validProperty().get()).isTrue();
    }

    @Test
    void anEndTimeBeforeTheStartTimeOnTheSameDayIsRefusedInTheForm() {
        EventDraft d = EventDraft.blank(null, EventDraftTest.VOCABULARY);
        d.titleProperty().set("Board meeting");
        d.startProperty().set("11 June 2021 14:30");
        d.endProperty().set("11 June 2021 09:00");
        assertThat(d.endErrorProperty().get()).startsWith("The end (").contains("is before the start (");
        assertThat(d.validProperty().get()).isFalse();
        d.endProperty().set("11 June 2021 15:00");
        assertThat(d.endErrorProperty().get()).isNull();
        assertThat(d.validProperty().get()).isTrue();
    }

    @Test
    void anEraOpenedInTheFormShowsItsDatesAsTheEventFormDoes() {
        EraDraft era = EraDraft.of(new org.timescope.model.Era("p", "Plan", DateSpan.parse("2022-03", "2023"), null, null,
                null, null, java.util.List.of()));
        assertThat(era.startProperty().get()).isEqualTo(PartialDate.of(2022, 3).display());
        assertThat(era.endProperty().get()).isEqualTo("2023");
        assertThat(era.validProperty().get()).isTrue();
    }
}
