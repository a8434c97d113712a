package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * Where an article's dates come from and how they resolve, on short articles written for these tests. The
 * expected days are calendar facts (10 August 2017 was a Thursday, 5 March 2024 a Tuesday, 28 November 2003
 * a Friday), not the extractor's output.
 */
class ArticleDatesTest {

    private static ArticleExtractor.Result read(String text) {
        return ArticleExtractor.extract(text, "test.txt", Gazetteer.empty(), null);
    }

    private static TimelineEvent only(ArticleExtractor.Result r) {
        assertThat(r.dataset().events()).as("candidates: %s", r.candidates()).hasSize(1);
        return r.dataset().events().get(0);
    }

    @Test
    void theAddressDatesAnArticleThatGivesNoDateOfItsOwn() {
        TimelineEvent e = only(read("URL: http://news.example.org/local/201708/t20170810_84110.htm\n"
                + "TITLE: Patent protection centre opened\n\n"
                + "The Riverside Patent Protection Center was opened on Tuesday, the city's patent office said.\n"));
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2017, 8, 8)); // the Tuesday before Thursday 10 August
        assertThat(e.dateNote()).contains("the date in the article's address");
    }

    @Test
    void anAddressEarlierThanTheDayTheArticleReportsIsADecoy() {
        ArticleExtractor.Result r = read("URL: https://patents.example.org/20220609\n"
                + "TITLE: Heads of patent offices meet\n\n"
                + "Annual meeting of the heads of patent offices, 15 June 2023\n\n"
                + "The meeting of the heads of the patent offices was preceded by a meeting with industry on 14 June.\n");
        assertThat(r.dataset().events()).extracting(e -> e.when().start())
                .contains(PartialDate.of(2023, 6, 15), PartialDate.of(2023, 6, 14))
                .doesNotContain(PartialDate.of(2022, 6, 14));
    }

    @Test
    void aCreditLineDatesTheWeekOfARangeOfWeekdays() {
        TimelineEvent e = only(read("Experts met at the two-day Patent Strategy Forum in Nanjing.\n"
                + "During Wednesday and Thursday of this week, officials discussed patent and trademark policy at the "
                + "forum.\n(Example Daily November 28, 2003)\n"));
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2003, 11, 26));
        assertThat(e.when().end()).isEqualTo(PartialDate.of(2003, 11, 27));
        assertThat(e.places()).contains("Nanjing"); // from the sentence that named "the forum"
    }

    @Test
    void aDatelineTakesItsYearFromTheAddressAndItsPlaceGoesToTheLead() {
        TimelineEvent e = only(read("URL: https://wire.example.com/2024/03/05/patents\n\n"
                + "GENEVA, March 5 (Example Wire) -- The patent office released its annual statistics on trademarks "
                + "at a press conference on Monday.\n"));
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2024, 3, 4)); // Monday before Tuesday 5 March
        assertThat(e.places()).contains("Geneva");
    }

    @Test
    void aWeekdayIsTheComingOneWhenTheVerbLooksAhead() {
        ArticleExtractor.Result r = ArticleExtractor.extract("The patent office signed the trademark agreement on "
                + "Monday. The new copyright rules will take effect on Friday.\n", "t.txt", Gazetteer.empty(),
                PartialDate.of(2024, 3, 5));
        assertThat(r.dataset().events()).extracting(e -> e.when().start())
                .containsExactly(PartialDate.of(2024, 3, 4), PartialDate.of(2024, 3, 8));
    }

    @Test
    void rangesKeepBothEnds() {
        TimelineEvent e = only(read("The assemblies of the member states of the patent organization were held from "
                + "September 26 to October 5, 2011, in Geneva, with trademark and copyright committees.\n"));
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2011, 9, 26));
        assertThat(e.when().end()).isEqualTo(PartialDate.of(2011, 10, 5));
        TimelineEvent july = only(read("Delegates attended the patent assemblies in Geneva from July 13 to 22, 2022, "
                + "on trademarks.\n"));
        assertThat(july.when().end()).isEqualTo(PartialDate.of(2022, 7, 22));
    }

    @Test
    void aDayWithoutAYearIsReportedWithItsYearOpenAndNeverStored() throws IOException {
        ArticleExtractor.Result r = read("On Wednesday 4 December, the Trademark Office and the Patent Agency signed "
                + "an agreement on geographical indications.\n");
        assertThat(r.dataset().events()).isEmpty();
        ArticleExtractor.Candidate c = r.candidates().get(0);
        assertThat(c.yearOpen()).isTrue();
        assertThat(c.open().day()).isEqualTo(MonthDay.of(12, 4));
        assertThat(c.note()).contains("has no year");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleJson.write(r, r.dataset(), out);
        JsonNode event = new ObjectMapper().readTree(out.toByteArray()).get("events").get(0);
        assertThat(event.get("start").asText()).isEqualTo("--12-04");
        assertThat(event.get("yearOpen").asBoolean()).isTrue();
        assertThat(event.get("organisations").toString()).contains("Trademark Office", "Patent Agency");
        TimelineEvent done = c.open().complete("k", c.title(), 2024, "year given by the reviewer");
        assertThat(done.when().start()).isEqualTo(PartialDate.of(2024, 12, 4));
    }

    @Test
    void aPastVerbWithAnEventNounIsAnEventWhateverTheVerb() {
        TimelineEvent e = only(ArticleExtractor.extract("The city's patent office staged a forum on trademarks on "
                + "Monday.\n", "t.txt", Gazetteer.empty(), PartialDate.of(2024, 3, 5)));
        assertThat(e.category()).isEqualTo("meeting");
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2024, 3, 4));
    }

    @Test
    void anAcronymWrittenOutOnceNamesTheBodyAfterwards() {
        TimelineEvent e = only(read("March 18, 2024\n\nThe Riverside Patent Office (RPO) was praised.\n\n"
                + "On February 27, the RPO signed a memorandum on trademarks with the Northfield Design Agency.\n"));
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2024, 2, 27));
        assertThat(e.organisationNames()).contains("Riverside Patent Office", "Northfield Design Agency");
    }

    @Test
    void anArticleOffTheTopicYieldsNothing() {
        ArticleExtractor.Result r = read("Updated: 2019-09-30\n\nThe new metro line was opened on Sunday by the "
                + "mayor, and the city museum inaugurated its science floor on Friday.\n");
        assertThat(r.candidates()).isEmpty();
        assertThat(r.offTopic()).contains("does not read as news of the collection's field");
        assertThat(List.of(r.dataset().events())).allMatch(List::isEmpty);
    }
}
