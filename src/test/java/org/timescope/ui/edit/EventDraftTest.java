package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/** The event form's state without a toolkit: dates read as typed, messages per field, the event it makes. */
class EventDraftTest {

    static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(new Organisation("World Intellectual Property Organization", "WIPO", List.of("OMPI"), null,
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null)),
            List.of("Chen Qun"), List.of(new Theme("Copyright", null, null)), List.of(new Place("Shanghai", null, null)));

    static TimelineEvent forum() {
        return new TimelineEvent("2021-forum", "IP forum", "A forum.", "forum", DateSpan.of(PartialDate.of(2021, 6, 11)),
                false, true, "From the name", List.of("Shanghai"),
                List.of(new OrganisationRole("World Intellectual Property Organization", "host")), List.of("Copyright"),
                List.of(new PersonRole("Chen Qun", "Vice Mayor")), List.of(new Evidence("seed-000", "a quote", 0, 7)));
    }

    @Test
    void aNewFormNeedsATitleAndAStartAndSaysSo() {
        EventDraft d = EventDraft.blank(null, VOCABULARY);
        assertThat(d.validProperty().get()).isFalse();
        assertThat(d.titleErrorProperty().get()).isEqualTo("A title is needed");
        assertThat(d.startErrorProperty().get()).isEqualTo("A start date is needed");
        d.titleProperty().set("Forum");
        d.startProperty().set("June 2021");
        assertThat(d.titleErrorProperty().get()).isNull();
        assertThat(d.startErrorProperty().get()).isNull();
        assertThat(d.startInfoProperty().get()).isEqualTo("→ June 2021 · month precision");
        assertThat(d.validProperty().get()).isTrue();
    }

    @Test
    void theDateIsReadAsItIsTypedAndAnErrorNamesTheProblem() {
        EventDraft d = EventDraft.blank(PartialDate.of(2021, 6, 11), VOCABULARY);
        assertThat(d.startProperty().get()).isEqualTo("11 June 2021");
        assertThat(d.startInfoProperty().get()).isEqualTo("→ 11 June 2021 · day precision");
        d.startProperty().set("2021");
        assertThat(d.startInfoProperty().get()).isEqualTo("→ 2021 · year precision");
        d.startProperty().set("Jume 2021");
        assertThat(d.startInfoProperty().get()).isNull();
        assertThat(d.startErrorProperty().get()).isEqualTo("'Jume 2021' is not a date: 'Jume' is not a month");
        assertThat(d.validProperty().get()).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        EventDraft d = EventDraft.of(forum(), VOCABULARY);
        d.endProperty().set("2020");
        assertThat(d.endErrorProperty().get()).isEqualTo("The end (2020) is before the start (11 June 2021)");
        assertThat(d.validProperty().get()).isFalse();
        assertThatThrownBy(d::toEvent).isInstanceOf(IllegalStateException.class);
        d.endProperty().set("December 2021");
        assertThat(d.endInfoProperty().get()).isEqualTo("→ December 2021 · month precision");
        assertThat(d.toEvent().when()).isEqualTo(new DateSpan(PartialDate.of(2021, 6, 11), PartialDate.of(2021, 12)));
    }

    @Test
    void anUnchangedFormGivesBackTheEventItWasOpenedOn() {
        EventDraft d = EventDraft.of(forum(), VOCABULARY);
        assertThat(d.toEvent()).isEqualTo(forum());
        assertThat(d.changedProperty().get()).isFalse();
        d.titleProperty().set("  Better title ");
        assertThat(d.changedProperty().get()).isTrue();
        assertThat(d.toEvent().title()).isEqualTo("Better title");
        assertThat(d.toEvent().key()).isEqualTo("2021-forum");
        assertThat(d.toEvent().evidence()).isEqualTo(forum().evidence());
    }

    @Test
    void listsKeepNamedRowsOnceAndMarkUnknownNamesAsNew() {
        EventDraft d = EventDraft.blank(PartialDate.ofYear(2022), VOCABULARY);
        d.titleProperty().set("Signing");
        d.list(Vocabulary.Kind.ORGANISATION).addAll(new EventDraft.Entry("WIPO", "signatory"),
                new EventDraft.Entry("Ministry of Magic", ""), new EventDraft.Entry(" ", "ignored"),
                new EventDraft.Entry("wipo", "again"));
        d.list(Vocabulary.Kind.THEME).addAll(new EventDraft.Entry("Copyright", null), new EventDraft.Entry("Wizardry", null));
        d.list(Vocabulary.Kind.PERSON).add(new EventDraft.Entry("Chen Qun", "Vice Mayor of Shanghai"));
        TimelineEvent e = d.toEvent();
        assertThat(e.key()).isEmpty();
        assertThat(e.organisations()).containsExactly(new OrganisationRole("WIPO", "signatory"),
                new OrganisationRole("Ministry of Magic", null));
        assertThat(e.themes()).containsExactly("Copyright", "Wizardry");
        assertThat(e.people()).containsExactly(new PersonRole("Chen Qun", "Vice Mayor of Shanghai"));
        assertThat(e.summary()).isNull();
        assertThat(d.isNew(Vocabulary.Kind.ORGANISATION, "WIPO")).isFalse();
        assertThat(d.isNew(Vocabulary.Kind.ORGANISATION, "ompi")).isFalse();
        assertThat(d.isNew(Vocabulary.Kind.ORGANISATION, "Ministry of Magic")).isTrue();
        assertThat(d.isNew(Vocabulary.Kind.THEME, "Wizardry")).isTrue();
        assertThat(d.isNew(Vocabulary.Kind.THEME, "")).isFalse();
    }

    @Test
    void changingARowRevalidates() {
        EventDraft d = EventDraft.of(forum(), VOCABULARY);
        d.list(Vocabulary.Kind.PLACE).get(0).nameProperty().set("Pudong");
        assertThat(d.changedProperty().get()).isTrue();
        assertThat(d.toEvent().places()).containsExactly("Pudong");
    }

    @Test
    void completionOffersNamesStartingWithTheTypedTextFirst() {
        Vocabulary v = new Vocabulary(List.of(), List.of("Li Qiang", "Chen Li", "Ling Wei"), List.of(), List.of());
        assertThat(v.suggest(Vocabulary.Kind.PERSON, "li", 10)).containsExactly("Li Qiang", "Ling Wei", "Chen Li");
    }
}
