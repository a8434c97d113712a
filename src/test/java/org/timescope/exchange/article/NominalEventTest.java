package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * Events told only by a noun phrase with a date of their own ("the launch of the campaign in March 2021", "the
 * opening of … on 6 November"), on sentences written for this test; background with only a year ("since the founding
 * of the office in 1980") is not an event.
 */
class NominalEventTest {

    private static ArticleExtractor.Result read(String text) {
        return ArticleExtractor.extract(text, "test.txt", Gazetteer.empty(), null);
    }

    @Test
    void theLaunchOfACampaignNamedBeforeIsAnEventOfItsBodies() {
        ArticleExtractor.Result r = read("Updated: 2021-05-10\n\n"
                + "The Harbour Patent Office held a briefing on May 6 on its campaign against trademark infringement. "
                + "Since the launch of the campaign in March 2021, officers have closed 120 cases of trademark "
                + "infringement.\n");
        assertThat(r.dataset().events()).as("%s", r.candidates())
                .anyMatch(e -> e.when().start().equals(PartialDate.of(2021, 3))
                        && e.organisationNames().contains("Harbour Patent Office"));
        assertThat(r.dataset().events()).anyMatch(e -> e.when().start().equals(PartialDate.of(2021, 5, 6)));
    }

    @Test
    void theOpeningOfACourtOnADayIsAnEvent() {
        ArticleExtractor.Result r = read("Updated: 2019-11-20\n\n"
                + "Lawyers welcomed the opening of the Riverside Intellectual Property Court on 6 November, which will "
                + "hear patent and trademark disputes.\n");
        assertThat(r.dataset().events()).hasSize(1);
        TimelineEvent e = r.dataset().events().get(0);
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2019, 11, 6));
        assertThat(e.organisationNames()).contains("Riverside Intellectual Property Court");
    }

    @Test
    void aFoundingDatedOnlyByItsYearIsBackground() {
        ArticleExtractor.Result r = read("Updated: 2019-11-20\n\n"
                + "Since the founding of the Riverside Patent Office in 1980, its examiners have granted 40,000 patents "
                + "and registered 90,000 trademarks.\n");
        assertThat(r.dataset().events()).isEmpty();
    }

    @Test
    void theHeadMustBeFollowedByItsDate() {
        assertThat(Triggers.nominal("The opening of the court in Mayfield drew crowds.")).isNull();
        assertThat(Triggers.nominal("The agency's inauguration ceremony on March 3 drew crowds.")).isNotNull();
        assertThat(Triggers.nominal("Riverside Patent Office's launch ceremony on 12 May was attended by 300 guests."))
                .isNotNull();
    }
}
