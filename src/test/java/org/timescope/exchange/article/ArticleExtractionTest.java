package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timescope.model.Dataset;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.BundledDataset;

/** The extractor on the seed articles (against the curated dataset) and on an article it was not tuned on. */
class ArticleExtractionTest {

    /** The five seed articles, copied into the test resources so that the tests always run (src/test/resources/seeds). */
    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds");
    private final Dataset curated = BundledDataset.load();
    private final Gazetteer gazetteer = Gazetteer.of(curated.organisations(), curated.places(), curated.themes());

    private ArticleExtractor.Result seed(String prefix, PartialDate reference) throws IOException {
        Path file = Files.list(SEEDS).filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return ArticleExtractor.extract(Files.readString(file), file.getFileName().toString(), gazetteer, reference);
    }

    private static TimelineEvent first(ArticleExtractor.Result r) {
        return r.candidates().stream().filter(ArticleExtractor.Candidate::dated).findFirst().orElseThrow().event();
    }

    @Test
    void findsTheMainEventOfEachSeedWithItsDateAndHosts() throws IOException {
        TimelineEvent forum2021 = first(seed("000", null));
        assertThat(forum2021.when().start()).isEqualTo(PartialDate.of(2021, 6, 11));
        assertThat(forum2021.organisations()).extracting(o -> o.organisation() + "/" + o.role())
                .containsExactly("Shanghai People's Procuratorate/co-host", "Tongji University/co-host");

        TimelineEvent statement = first(seed("001", PartialDate.ofYear(2021)));
        assertThat(statement.when().start()).isEqualTo(PartialDate.ofYear(2021));
        assertThat(statement.inferred()).isTrue();
        assertThat(statement.people()).contains(new PersonRole("Chen Qun", "Vice Mayor"));
        assertThat(statement.organisationNames()).contains("Shanghai Municipal People's Government");

        TimelineEvent forum19 = first(seed("002", null));
        assertThat(forum19.when().start()).isEqualTo(PartialDate.of(2022, 11, 18));
        assertThat(forum19.organisationNames()).contains("China National Intellectual Property Administration",
                "World Intellectual Property Organization", "Shanghai Municipal People's Government");

        TimelineEvent meeting = first(seed("003", null));
        assertThat(meeting.when().start()).isEqualTo(PartialDate.of(2023, 5, 6));
        assertThat(meeting.organisations()).extracting(o -> o.organisation() + "/" + o.role())
                .contains("Shanghai Intellectual Property Joint Conference/host");

        TimelineEvent forumBeijing = first(seed("004", null));
        assertThat(forumBeijing.when().start()).isEqualTo(PartialDate.of(2021, 4, 23));
        assertThat(forumBeijing.places()).containsExactly("Beijing");
        assertThat(forumBeijing.organisations()).extracting(o -> o.organisation() + "/" + o.role())
                .contains("China Intellectual Property News/co-host", "WIPO Office in China/co-host");
    }

    @Test
    void withoutAReferenceDateRelativeDatesStayUnknownInsteadOfGuessed() throws IOException {
        ArticleExtractor.Result r = seed("001", null);
        assertThat(r.candidates()).filteredOn(c -> !c.dated()).extracting(ArticleExtractor.Candidate::note)
                .anyMatch(n -> n.contains("'on Tuesday' in an article without a date"));
        assertThat(r.dataset().events()).noneMatch(e -> e.title().contains("Chen Qun"));
    }

    @Test
    void everyCandidatesEvidenceIsVerbatimAtItsOffsets() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            ArticleExtractor.Result r = seed(prefix, PartialDate.ofYear(2021));
            String text = r.source().text();
            r.dataset().events().forEach(e -> e.evidence().forEach(ev ->
                    assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.quote())));
        }
    }

    @Test
    void reportsItsFiguresAgainstTheCuratedDataset() throws IOException {
        Map<String, PartialDate> none = Map.of();
        Map<String, PartialDate> years = Map.of("seed-000", PartialDate.ofYear(2021), "seed-001", PartialDate.ofYear(2021),
                "seed-003", PartialDate.ofYear(2023), "seed-004", PartialDate.ofYear(2021));
        List<String> auto = ExtractionEvaluation.table(curated, SEEDS, none);
        List<String> withDates = ExtractionEvaluation.table(curated, SEEDS, years);
        System.out.println("Without --date:\n" + String.join("\n", auto) + "\nWith --date for undated articles:\n"
                + String.join("\n", withDates));
        ExtractionEvaluation.Figures all = ExtractionEvaluation.evaluate(curated, curated.sources().get(2),
                SEEDS.resolve(Path.of(curated.sources().get(2).file()).getFileName()), none);
        assertThat(all.recall()).isGreaterThanOrEqualTo(0.5);
        assertThat(all.dateAccuracy()).isGreaterThanOrEqualTo(0.75);
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void generalisesToAnArticleItWasNotTunedOn() throws IOException {
        String html;
        try (InputStream in = getClass().getResourceAsStream("/import/article.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ArticleExtractor.Result r = ArticleExtractor.extract(html, "article.html", Gazetteer.empty(), null);
        assertThat(r.source().title()).isEqualTo("Riverside opens IP mediation centre");
        assertThat(r.referenceNote()).contains("Updated: 2024-03-15 10:20");
        List<TimelineEvent> events = r.dataset().events();
        TimelineEvent centre = events.get(0);
        assertThat(centre.title()).isEqualTo("Riverside Intellectual Property Mediation Center inaugurated");
        assertThat(centre.when().start()).isEqualTo(PartialDate.of(2024, 3, 12));
        assertThat(centre.organisationNames()).contains("Riverside Municipal Government", "Northfield University");
        TimelineEvent said = events.stream().filter(e -> e.category().equals("statement")).findFirst().orElseThrow();
        assertThat(said.when().start()).isEqualTo(PartialDate.of(2024, 3, 12)); // the Tuesday before Friday 15 March
        assertThat(said.people()).extracting(PersonRole::name).containsExactly("Anna Berg");
        assertThat(events).anyMatch(e -> e.category().equals("agreement")
                && e.organisationNames().contains("Riverside Bar Association"));
        assertThat(events).noneMatch(e -> e.summary().contains("will also hold")); // a plan, not an event
        assertThat(events.stream().flatMap(e -> e.people().stream()).map(PersonRole::name))
                .doesNotContain("Maria Gómez", "Jon Lee", "Sam Park");
        assertThat(r.indicators()).anySatisfy(i -> {
            assertThat(i.period()).isEqualTo(PartialDate.ofYear(2023));
            assertThat(i.value()).isEqualTo(1250.0);
        });
        assertThat(r.newOrganisations()).extracting(o -> o.name())
                .contains("Riverside Bar Association", "Northfield University");
    }
}
