package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;

/**
 * A collection's short forms of its organisations ("Municipal Government" for Shanghai's) name them when an
 * article uses them alone, never when they end another body's name: in an article on Riverside, "the Riverside
 * Municipal Government" was linked to the Shanghai Municipal People's Government of the bundled collection.
 */
class KnownNamesInsideOtherNamesTest {

    private final Gazetteer shanghai = Gazetteer.of(List.of(new Organisation("Shanghai Municipal People's Government",
            null, List.of("Shanghai Municipal Government", "Municipal Government"), null, OrganisationKind.GOVERNMENT_BODY,
            null)), List.of(), List.of());

    private List<String> names(String sentence) {
        return Entities.organisations(sentence, shanghai).stream().map(Entities.OrgMention::name).toList();
    }

    @Test
    void aShortFormAtTheEndOfAnotherBodysNameIsThatOtherBody() {
        assertThat(names("The centre was inaugurated by the Riverside Municipal Government and Northfield University."))
                .doesNotContain("Shanghai Municipal People's Government")
                .contains("Riverside Municipal Government");
    }

    @Test
    void theShortFormAloneAndTheFullFormsNameTheKnownBody() {
        assertThat(names("The Municipal Government approved the plan on Monday."))
                .containsExactly("Shanghai Municipal People's Government");
        assertThat(names("On Monday the Shanghai Municipal Government approved the plan."))
                .containsExactly("Shanghai Municipal People's Government");
        assertThat(names("The plan was approved by the Municipal Government in May."))
                .containsExactly("Shanghai Municipal People's Government");
    }
}
