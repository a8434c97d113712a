package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestData;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/** OR within a facet, AND across facets, children included, whole intervals for dates, FTS for text. */
class EventFilterSemanticsTest {

    @TempDir
    static Path dir;
    static Database db;
    static EventRepository events;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("f.db"));
        new DatasetWriter(db).write(TestData.small());
        events = new EventRepository(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> keys(EventFilter filter) {
        return events.find(filter).stream().map(TimelineEvent::key).toList();
    }

    @Test
    void anOrganisationIncludesItsChildOffices() {
        assertThat(keys(EventFilter.ALL.withOrganisations(Set.of("Example Agency"))))
                .containsExactly("report", "office", "forum");
        assertThat(keys(EventFilter.ALL.withOrganisations(Set.of("Example Agency Riverside Office"))))
                .containsExactly("office");
    }

    @Test
    void organisationsResolveByAcronymAndAliasInAnyCase() {
        assertThat(keys(EventFilter.ALL.withOrganisations(Set.of("exa"))))
                .isEqualTo(keys(EventFilter.ALL.withOrganisations(Set.of("Example Agency"))));
        assertThat(keys(EventFilter.ALL.withOrganisations(Set.of("the court")))).containsExactly("court-meeting", "forum");
    }

    @Test
    void valuesOfOneFacetAreOred() {
        assertThat(keys(EventFilter.ALL.withThemes(Set.of("Copyright")))).containsExactly("report", "forum");
        assertThat(keys(EventFilter.ALL.withThemes(Set.of("Copyright", "Enforcement"))))
                .containsExactly("report", "office", "court-meeting", "forum");
    }

    @Test
    void differentFacetsAreAnded() {
        EventFilter filter = EventFilter.ALL.withThemes(Set.of("Enforcement"))
                .withOrganisations(Set.of("High Court"));
        assertThat(keys(filter)).containsExactly("court-meeting", "forum");
        assertThat(keys(filter.withPeople(Set.of("Ada Judge")).withPlaces(Set.of("Metropolis"))))
                .containsExactly("court-meeting", "forum");
        assertThat(keys(filter.withText("copyright"))).containsExactly("forum");
    }

    @Test
    void aPlaceIncludesThePlacesInsideIt() {
        assertThat(keys(EventFilter.ALL.withPlaces(Set.of("Metropolis"))))
                .containsExactly("office", "court-meeting", "forum");
        assertThat(keys(EventFilter.ALL.withPlaces(Set.of("Riverside")))).containsExactly("office");
    }

    @Test
    void dateFiltersCompareWholeIntervals() {
        // "2021" overlaps May 2021; a 2018-2019 range overlaps 2019; March 2020 does not reach April
        assertThat(keys(EventFilter.ALL.withDates(PartialDate.parse("2021-05"), PartialDate.parse("2021-05"))))
                .containsExactly("court-meeting", "forum");
        assertThat(keys(EventFilter.ALL.withDates(PartialDate.parse("2019-12-31"), null))).hasSize(4);
        assertThat(keys(EventFilter.ALL.withDates(PartialDate.parse("2020-04"), PartialDate.parse("2020"))))
                .isEmpty();
        assertThat(keys(EventFilter.ALL.withDates(null, PartialDate.parse("2020-03-01"))))
                .containsExactly("report", "office");
    }

    @Test
    void fullTextSearchesTitlesSummariesAndQuotesWithPrefixes() {
        assertThat(keys(EventFilter.ALL.withText("riverside"))).containsExactly("office");
        assertThat(keys(EventFilter.ALL.withText("alone"))).containsExactly("court-meeting");
        assertThat(keys(EventFilter.ALL.withText("year*"))).containsExactly("report");
        assertThat(keys(EventFilter.ALL.withText("cop*"))).containsExactly("forum");
        assertThat(keys(EventFilter.ALL.withText("copyright forum"))).containsExactly("forum");
    }

    @Test
    void searchTextWithQuerySyntaxIsTakenLiterally() {
        assertThat(keys(EventFilter.ALL.withText("forum AND \" NEAR("))).isEmpty();
        assertThat(keys(EventFilter.ALL.withText("court OR"))).isEmpty();
    }

    @Test
    void unknownNamesAreErrorsThatNameTheValue() {
        assertThatThrownBy(() -> events.find(EventFilter.ALL.withOrganisations(Set.of("Nobody Inc"))))
                .isInstanceOf(StoreException.class).hasMessage("unknown organisation 'Nobody Inc'");
        assertThatThrownBy(() -> events.find(EventFilter.ALL.withThemes(Set.of("Cooking"))))
                .hasMessage("unknown theme 'Cooking'");
        assertThatThrownBy(() -> events.find(EventFilter.ALL.withPeople(Set.of("Bob"))))
                .hasMessage("unknown person 'Bob'");
        assertThatThrownBy(() -> events.find(EventFilter.ALL.withPlaces(Set.of("Atlantis"))))
                .hasMessage("unknown place 'Atlantis'");
    }

    @Test
    void countAgreesWithFind() {
        EventFilter filter = EventFilter.ALL.withThemes(Set.of("Enforcement"));
        assertThat(events.count(filter)).isEqualTo(events.find(filter).size());
    }
}
