package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/** What is common and what is mixed across a selection, and the bulk commands it makes. */
class BulkDraftTest {

    private static TimelineEvent event(String key, boolean approximate, List<String> themes, String... orgs) {
        return new TimelineEvent(key, "Title " + key, null, null, DateSpan.of(PartialDate.ofYear(2020)), approximate,
                false, null, List.of("Shanghai"), java.util.Arrays.stream(orgs).map(o -> new OrganisationRole(o, null)).toList(),
                themes, List.of(), List.of());
    }

    @Test
    void namesWhatAllShareAndWhatIsMixed() {
        BulkDraft d = new BulkDraft(List.of(event("a", true, List.of("Copyright", "Patents"), "WIPO"),
                event("b", false, List.of("Copyright"), "WIPO", "CNIPA")));
        assertThat(d.heading()).isEqualTo("2 events selected");
        assertThat(d.usage(Vocabulary.Kind.THEME)).extracting(BulkDraft.Usage::text)
                .containsExactly("Copyright", "Patents (1 of 2)");
        assertThat(d.usage(Vocabulary.Kind.ORGANISATION)).extracting(BulkDraft.Usage::text)
                .containsExactly("WIPO", "CNIPA (1 of 2)");
        assertThat(d.usage(Vocabulary.Kind.PLACE)).extracting(BulkDraft.Usage::mixed).containsExactly(false);
        assertThat(d.approximate()).isEqualTo(BulkDraft.Mixed.MIXED);
        assertThat(d.inferred()).isEqualTo(BulkDraft.Mixed.NO);
    }

    @Test
    void commandsAreNamedForWhatTheyDoToHowMany() {
        BulkDraft d = new BulkDraft(List.of(event("a", true, List.of(), "WIPO"), event("b", true, List.of(), "WIPO")));
        assertThat(d.approximate()).isEqualTo(BulkDraft.Mixed.YES);
        assertThat(d.change(Vocabulary.Kind.THEME, " Copyright ", true).summary()).isEqualTo("Adding theme 'Copyright' to 2 events");
        assertThat(d.change(Vocabulary.Kind.ORGANISATION, "WIPO", false).summary())
                .isEqualTo("Removing organisation 'WIPO' from 2 events");
        assertThat(d.flag("inferred", true).summary()).isEqualTo("Set inferred to yes of 2 events");
    }
}
