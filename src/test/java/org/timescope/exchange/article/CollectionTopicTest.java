package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Organisation;
import org.timescope.model.PartialDate;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * The topic gate takes its words from the collection an article is imported into (its themes and catalogued
 * bodies) as well as from intellectual property: a marine researcher's article on reef restoration passes in their
 * collection and yields nothing in one that knows only IP; off-topic news (a marathon, a metro line, a film award)
 * yields nothing in either. Texts written for this test.
 */
class CollectionTopicTest {

    private static final String REEF = "Updated: 2023-03-10\n\n"
            + "Volunteers restore coral off Palm Island\n\n"
            + "The Palm Island reef restoration programme was launched on March 3 by the Northshore Marine Trust. "
            + "Divers planted 2,000 fragments grown in nurseries, and the trust said ocean acidification remains the "
            + "main threat to the coral reefs of the bay.\n";

    private static final List<String> OFF_TOPIC = List.of(
            "Updated: 2022-10-10\n\nThe city marathon was held on Sunday, and 30,000 runners finished the course. "
            + "The mayor presented the awards at the finish line.\n",
            "Updated: 2019-09-30\n\nThe new metro line was opened on Sunday by the mayor; the transport bureau said "
            + "that trains will run every four minutes.\n",
            "Updated: 2021-04-26\n\nThe film academy presented its awards on Sunday in Los Angeles. The best picture "
            + "award went to a drama about a family of farmers.\n");

    private static Gazetteer marine() {
        return Gazetteer.of(List.of(new Organisation("Northshore Marine Trust", "NMT", List.of(), null,
                org.timescope.model.OrganisationKind.OTHER, null)),
                List.of(), List.of(new Theme("Coral reef restoration", "Replanting and protecting reefs"),
                        new Theme("Ocean acidification", null), new Theme("Marine protected areas", null)));
    }

    private static Gazetteer ipOnly() {
        return Gazetteer.of(List.of(), List.of(), List.of(new Theme("Judicial protection", null),
                new Theme("International cooperation", null), new Theme("Awards and recognition", null),
                new Theme("Copyright", null)));
    }

    @Test
    void anArticleOnTheCollectionsOwnThemesIsRead() {
        ArticleExtractor.Result r = ArticleExtractor.extract(REEF, "reef.txt", marine(), null);
        assertThat(r.offTopic()).isNull();
        assertThat(r.dataset().events()).hasSize(1);
        TimelineEvent e = r.dataset().events().get(0);
        assertThat(e.when().start()).isEqualTo(PartialDate.of(2023, 3, 3));
        assertThat(e.organisationNames()).contains("Northshore Marine Trust");
        assertThat(e.themes()).contains("Coral reef restoration"); // by its phrase "reef restoration"
    }

    @Test
    void theSameArticleIsOffTopicInACollectionOfIntellectualProperty() {
        ArticleExtractor.Result r = ArticleExtractor.extract(REEF, "reef.txt", ipOnly(), null);
        assertThat(r.candidates()).isEmpty();
        assertThat(r.offTopic()).contains("does not read as news of the collection's field");
    }

    @Test
    void offTopicNewsYieldsNothingInEitherCollection() {
        for (String text : OFF_TOPIC) {
            for (Gazetteer g : List.of(marine(), ipOnly())) {
                ArticleExtractor.Result r = ArticleExtractor.extract(text, "news.txt", g, null);
                assertThat(r.candidates()).as(text).isEmpty();
                assertThat(r.offTopic()).as(text).isNotNull();
            }
        }
    }

    @Test
    void aThemeIsMentionedByItsWholeNameOrAPairOfItsWordsButNotByOneWord() {
        assertThat(ThemePhrases.count("Coral reef restoration", "two coral reefs and a reef-restoration site")).isEqualTo(2);
        assertThat(ThemePhrases.count("Marine protected areas", "a new marine protected area")).isEqualTo(1);
        assertThat(ThemePhrases.count("Marine protected areas", "marine life in areas that are protected")).isZero();
        assertThat(ThemePhrases.count("International cooperation", "an international marathon")).isZero();
        assertThat(ThemePhrases.count("Energy policy", "energy policies of the region")).isEqualTo(1);
        assertThat(ThemePhrases.count("AI", "said Ai Weiwei")).isZero();
    }
}
