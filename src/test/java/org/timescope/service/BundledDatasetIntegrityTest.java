package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.timescope.model.Dataset;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.Organisation;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/** The curated dataset keeps its promises: verbatim evidence, complete events, resolvable names. */
class BundledDatasetIntegrityTest {

    private final Dataset dataset = BundledDataset.load();
    private final Map<String, Source> sources = dataset.sources().stream()
            .collect(Collectors.toMap(Source::key, Function.identity()));

    @Test
    void coversTheFiveSeedArticlesWithSeveralDozenEventsAndObservations() {
        assertThat(dataset.sources()).hasSize(5);
        assertThat(dataset.events().size() + dataset.indicators().size()).isGreaterThanOrEqualTo(36);
        for (Source s : dataset.sources()) {
            boolean cited = dataset.events().stream().anyMatch(e -> e.evidence().stream()
                    .anyMatch(ev -> ev.sourceKey().equals(s.key())));
            assertThat(cited).as("source %s is cited by an event", s.key()).isTrue();
        }
    }

    @Test
    void everyQuoteIsVerbatimAtItsOffsets() {
        List<Evidence> all = new ArrayList<>();
        dataset.events().forEach(e -> all.addAll(e.evidence()));
        dataset.indicators().forEach(i -> all.add(i.evidence()));
        for (Evidence ev : all) {
            String text = sources.get(ev.sourceKey()).text();
            assertThat(ev.hasOffsets()).as("offsets of %s", ev.quote()).isTrue();
            assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.quote());
        }
    }

    @Test
    void everyEventHasADateAnOrganisationOneToThreeThemesAndEvidence() {
        for (TimelineEvent e : dataset.events()) {
            assertThat(e.when()).as(e.key()).isNotNull();
            assertThat(e.organisations()).as("organisations of %s", e.key()).isNotEmpty();
            assertThat(e.themes()).as("themes of %s", e.key()).hasSizeBetween(1, 3);
            assertThat(e.evidence()).as("evidence of %s", e.key()).isNotEmpty();
            assertThat(e.summary()).as("summary of %s", e.key()).isNotBlank();
            if (e.inferred() || e.approximate()) {
                assertThat(e.dateNote()).as("how the date of %s was worked out", e.key()).isNotBlank();
            }
        }
    }

    @Test
    void everyNameResolvesToTheVocabulary() {
        Set<String> themes = dataset.themes().stream().map(Theme::name).collect(Collectors.toSet());
        Set<String> orgNames = new HashSet<>();
        for (Organisation o : dataset.organisations()) {
            orgNames.add(lower(o.name()));
        }
        Set<String> places = dataset.places().stream().map(p -> lower(p.name())).collect(Collectors.toSet());
        for (TimelineEvent e : dataset.events()) {
            assertThat(themes).as("themes of %s", e.key()).containsAll(e.themes());
            e.organisationNames().forEach(n -> assertThat(orgNames).as("organisation in %s", e.key()).contains(lower(n)));
            e.places().forEach(p -> assertThat(places).as("place in %s", e.key()).contains(lower(p)));
        }
        for (Organisation o : dataset.organisations()) {
            if (o.parent() != null) {
                assertThat(orgNames).as("parent of %s", o.name()).contains(lower(o.parent()));
            }
        }
        for (Indicator i : dataset.indicators()) {
            assertThat(places).contains(lower(i.place()));
        }
    }

    @Test
    void aliasesAndAcronymsNameOneOrganisationEach() {
        Set<String> seen = new HashSet<>();
        for (Organisation o : dataset.organisations()) {
            List<String> names = new ArrayList<>(o.aliases());
            names.add(o.name());
            if (o.acronym() != null) {
                names.add(o.acronym());
            }
            for (String n : names) {
                assertThat(seen.add(lower(n))).as("'%s' names only one organisation", n).isTrue();
            }
        }
    }

    @Test
    void sourcesAreTheSeedArticlesUnchanged() throws Exception {
        Path seeds = Path.of("src", "test", "resources", "seeds"); // copies of ../shared/seeds, always present
        for (Source s : dataset.sources()) {
            Path file = seeds.resolve(Path.of(s.file()).getFileName());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(s.file()).isEqualTo(s.text());
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
