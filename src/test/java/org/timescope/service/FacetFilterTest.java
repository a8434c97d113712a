package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.PartialDate;
import org.timescope.model.Theme;
import org.timescope.service.storage.StorageException;
import org.timescope.timeline.layout.EventIndex;

/** The bitset filter of the window and the bench agrees with the store's SQL on the bundled dataset. */
class FacetFilterTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static EventIndex all;
    static FacetFilter facets;
    static List<String> themes;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("f.db"), false);
        themes = workspace.catalog().themes().stream().map(Theme::name).toList();
        all = EventIndex.of(workspace.events().timelineRows(), themes, workspace.events()::byKey);
        facets = FacetFilter.of(all, workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<String> keys(EventFilter f) {
        EventIndex shown = facets.shown(facets.apply(f), themes);
        String[] keys = new String[shown.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = shown.key(i);
        }
        return Arrays.stream(keys).sorted().toList();
    }

    private static List<String> sqlKeys(EventFilter f) {
        return workspace.events().find(f).stream().map(e -> e.key()).sorted().toList();
    }

    /** A search alone takes the full-text matches' ids in one value (decision 0038); the store's own query agrees. */
    @Test
    void aSearchAloneShowsWhatTheStoreFinds() {
        assertThat(keys(EventFilter.ALL.withText("forum"))).isNotEmpty()
                .isEqualTo(sqlKeys(EventFilter.ALL.withText("forum")));
        assertThat(keys(EventFilter.ALL.withText("court judgment"))).isEqualTo(sqlKeys(EventFilter.ALL.withText("court judgment")));
        assertThat(keys(EventFilter.ALL.withText("zzqxnotaword"))).isEmpty();
    }

    /** Nothing filtered: every stored event is shown (as the whole index, no subset) and listed in date order. */
    @Test
    void nothingFilteredShowsEveryEvent() {
        FacetFilter.Result r = facets.apply(EventFilter.ALL);
        assertThat(keys(EventFilter.ALL)).isEqualTo(sqlKeys(EventFilter.ALL));
        assertThat(facets.shown(r, themes)).isSameAs(all);
        assertThat(r.shown()).hasSize(workspace.events().count(EventFilter.ALL));
        assertThat(r.shown()).isSorted().doesNotHaveDuplicates();
        assertThat(r.counts().themes().values().stream().mapToInt(Integer::intValue).max().orElse(0))
                .isLessThanOrEqualTo(workspace.events().count(EventFilter.ALL)).isPositive();
    }

    @Test
    void everyOrganisationAndThemeShowsWhatTheStoreFinds() {
        for (Organisation o : workspace.catalog().organisations()) {
            EventFilter f = EventFilter.ALL.withOrganisations(Set.of(o.name()));
            assertThat(keys(f)).as(o.name()).isEqualTo(sqlKeys(f));
        }
        for (String t : themes) {
            EventFilter f = EventFilter.ALL.withThemes(Set.of(t));
            assertThat(keys(f)).as(t).isEqualTo(sqlKeys(f));
        }
    }

    /** Several values ticked in one checklist show the events of any of them (decision 0050 ORs them one by one). */
    @Test
    void severalValuesOfOneListShowTheEventsOfAnyOfThem() {
        List<String> organisations = workspace.catalog().organisations().stream().map(Organisation::name)
                .filter(o -> workspace.events().count(EventFilter.ALL.withOrganisations(Set.of(o))) > 0).toList();
        assertThat(organisations).hasSizeGreaterThan(12);
        for (int from = 0; from + 4 <= organisations.size(); from += 4) {
            EventFilter f = EventFilter.ALL.withOrganisations(Set.copyOf(organisations.subList(from, from + 4)));
            assertThat(keys(f)).as(f.organisations().toString()).isEqualTo(sqlKeys(f));
        }
        EventFilter many = EventFilter.ALL.withOrganisations(Set.copyOf(organisations.subList(0, 12)));
        assertThat(keys(many)).isEqualTo(sqlKeys(many)).hasSizeGreaterThan(keys(EventFilter.ALL.withOrganisations(
                Set.of(organisations.get(0)))).size());
        EventFilter themePair = EventFilter.ALL.withThemes(Set.of(themes.get(0), themes.get(themes.size() - 1)));
        assertThat(keys(themePair)).isEqualTo(sqlKeys(themePair)).isNotEmpty();
    }

    @Test
    void everyPersonAndPlaceShowsWhatTheStoreFindsAndCountsAgree() {
        EventFilter theme = EventFilter.ALL.withThemes(Set.of("International cooperation"));
        FacetFilter.Counts counts = facets.apply(theme).counts();
        for (String person : workspace.catalog().people()) {
            EventFilter f = EventFilter.ALL.withPeople(Set.of(person));
            assertThat(keys(f)).as(person).isEqualTo(sqlKeys(f));
            assertThat(counts.people().getOrDefault(person, 0)).as(person)
                    .isEqualTo(workspace.events().count(theme.withPeople(Set.of(person))));
        }
        for (org.timescope.model.Place place : workspace.catalog().places()) {
            EventFilter f = EventFilter.ALL.withPlaces(Set.of(place.name()));
            assertThat(keys(f)).as(place.name()).isEqualTo(sqlKeys(f));
            assertThat(counts.places().getOrDefault(place.name(), 0)).as(place.name())
                    .isEqualTo(workspace.events().count(theme.withPlaces(Set.of(place.name()))));
        }
        assertThat(workspace.catalog().people()).isNotEmpty();
        assertThat(keys(EventFilter.ALL.withPlaces(Set.of("Shanghai")))).isNotEmpty();
    }

    @Test
    void aParentOrganisationIncludesTheEventsOfTheOnesInsideIt() {
        Organisation child = workspace.catalog().organisations().stream()
                .filter(o -> o.parent() != null && workspace.events().count(EventFilter.ALL.withOrganisations(Set.of(o.name()))) > 0)
                .findFirst().orElseThrow();
        List<String> parent = keys(EventFilter.ALL.withOrganisations(Set.of(child.parent())));
        assertThat(parent).containsAll(keys(EventFilter.ALL.withOrganisations(Set.of(child.name()))));
    }

    @Test
    void countsSayWhatTickingAValueWouldGiveUnderTheOtherLists() {
        EventFilter f = EventFilter.ALL.withThemes(Set.of("International cooperation"))
                .withDates(PartialDate.parse("2021"), null).withText("forum");
        FacetFilter.Counts counts = facets.apply(f).counts();
        for (Organisation o : workspace.catalog().organisations()) {
            int expected = workspace.events().count(f.withOrganisations(Set.of(o.name())));
            assertThat(counts.organisations().getOrDefault(o.name(), 0)).as(o.name()).isEqualTo(expected);
        }
        EventFilter byOrg = EventFilter.ALL.withOrganisations(Set.of("World Intellectual Property Organization"));
        FacetFilter.Counts themeCounts = facets.apply(byOrg).counts();
        for (String t : themes) {
            assertThat(themeCounts.themes().getOrDefault(t, 0)).as(t)
                    .isEqualTo(workspace.events().count(byOrg.withThemes(Set.of(t))));
        }
        assertThat(keys(f)).isEqualTo(sqlKeys(f)).isNotEmpty();
    }

    @Test
    void readingTheColumnsReportsProgressUpToDone() {
        Workspace other = Workspace.open(dir.resolve("progress.db"), false); // nothing cached yet
        try {
            List<Double> seen = new java.util.ArrayList<>();
            int events = other.events().timelineRows(seen::add).size();
            assertThat(events).isEqualTo(all.size());
            assertThat(seen).isNotEmpty().isSorted().allMatch(p -> p >= 0 && p <= 1);
            assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        } finally {
            other.close();
        }
    }

    @Test
    void acronymsWorkAndUnknownNamesAreRefusedByName() {
        assertThat(keys(EventFilter.ALL.withOrganisations(Set.of("WIPO"))))
                .isEqualTo(keys(EventFilter.ALL.withOrganisations(Set.of("World Intellectual Property Organization"))))
                .isNotEmpty();
        assertThatThrownBy(() -> facets.apply(EventFilter.ALL.withOrganisations(Set.of("Ministry of Magic"))))
                .isInstanceOf(StorageException.class).hasMessageContaining("Ministry of Magic");
        assertThatThrownBy(() -> facets.apply(EventFilter.ALL.withThemes(Set.of("Quidditch"))))
                .isInstanceOf(StorageException.class).hasMessageContaining("Quidditch");
    }
}
