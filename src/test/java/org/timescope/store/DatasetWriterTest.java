package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestData;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.BundledDataset;

class DatasetWriterTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBundledDatasetReadsBackExactlyAsWritten() {
        Dataset dataset = BundledDataset.load();
        new DatasetWriter(db).write(dataset);
        List<TimelineEvent> stored = new EventRepository(db).find(EventFilter.ALL);
        Comparator<TimelineEvent> byKey = Comparator.comparing(TimelineEvent::key);
        assertThat(stored).hasSameSizeAs(dataset.events());
        assertThat(sorted(stored, byKey)).containsExactlyElementsOf(sorted(dataset.events(), byKey));
        assertThat(new EventRepository(db).indicators(EventFilter.ALL)).hasSameSizeAs(dataset.indicators());
        assertThat(new CatalogRepository(db).organisations()).hasSameSizeAs(dataset.organisations());
        assertThat(new CatalogRepository(db).sources()).containsExactlyElementsOf(dataset.sources());
    }

    @Test
    void storedEventsComeBackInDateOrder() {
        new DatasetWriter(db).write(TestData.small());
        assertThat(new EventRepository(db).find(EventFilter.ALL)).extracting(TimelineEvent::key)
                .containsExactly("report", "office", "court-meeting", "forum");
    }

    @Test
    void aFileWithOneBadEventStoresNothing() {
        Dataset good = TestData.small();
        List<TimelineEvent> events = new ArrayList<>(good.events());
        events.add(new TimelineEvent("bad", "Bad", null, null, DateSpan.parse("2022", null), false, false, null,
                List.of(), List.of(new OrganisationRole("High Court", null)), List.of("No such theme"), List.of(),
                List.of()));
        Dataset withBad = new Dataset(good.themes(), good.organisations(), good.places(), good.sources(), events, List.of());
        assertThatThrownBy(() -> new DatasetWriter(db).write(withBad))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("event 'bad'")
                .hasMessageContaining("unknown theme 'No such theme'");
        assertThat(new CatalogRepository(db).stats().events()).isZero();
        assertThat(new CatalogRepository(db).stats().organisations()).isZero();
        assertThat(new CatalogRepository(db).stats().sources()).isZero();
    }

    /** The small dataset's event number {@code index} alone, with other evidence. */
    private static Dataset withEvidence(int index, Evidence evidence) {
        Dataset good = TestData.small();
        TimelineEvent e = good.events().get(index);
        TimelineEvent changed = new TimelineEvent(e.key(), e.title(), e.summary(), e.category(), e.when(),
                false, false, null, e.places(), e.organisations(), e.themes(), e.people(), List.of(evidence));
        return new Dataset(good.themes(), good.organisations(), good.places(), good.sources(), List.of(changed),
                List.of());
    }

    @Test
    void aQuoteThatIsNotInItsSourceIsRefused() {
        Dataset bad = withEvidence(0, new Evidence("s1", "The Agency closed its office", -1, -1));
        assertThatThrownBy(() -> new DatasetWriter(db).write(bad))
                .hasMessageContaining("is not a verbatim part of source 's1'");
    }

    @Test
    void offsetsThatDoNotPointAtTheQuoteAreRefused() {
        String quote = TestData.small().events().get(0).evidence().get(0).quote();
        Dataset bad = withEvidence(0, Evidence.at("s1", quote, 3));
        assertThatThrownBy(() -> new DatasetWriter(db).write(bad))
                .hasMessageContaining("offset 3 of source 's1' does not match");
    }

    @Test
    void missingOffsetsAreFoundInTheSource() {
        String quote = TestData.small().events().get(1).evidence().get(0).quote();
        new DatasetWriter(db).write(withEvidence(1, new Evidence("s1", quote, -1, -1)));
        Evidence stored = new EventRepository(db).find(EventFilter.ALL).get(0).evidence().get(0);
        assertThat(stored.start()).isEqualTo(TestData.TEXT.indexOf(quote));
        assertThat(TestData.TEXT.substring(stored.start(), stored.end())).isEqualTo(quote);
    }

    @Test
    void writingTheSameEventsTwiceSkipsThemTheSecondTime() {
        assertThat(new DatasetWriter(db).write(TestData.small()).events()).isEqualTo(4);
        org.timescope.service.storage.WriteSummary again = new DatasetWriter(db).write(TestData.small());
        assertThat(again.events()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(new CatalogRepository(db).stats().events()).isEqualTo(4);
        assertThat(new CatalogRepository(db).stats().evidence()).isEqualTo(4);
    }

    @Test
    void aDeclaredOrganisationThatIsAnAliasOfAStoredOneIsNotDuplicated() {
        new DatasetWriter(db).write(TestData.small());
        Dataset small = TestData.small();
        Dataset aliasOnly = new Dataset(List.of(), List.of(new org.timescope.model.Organisation("The Court", null,
                List.of(), null, org.timescope.model.OrganisationKind.OTHER, null)), List.of(), List.of(), List.of(), List.of());
        new DatasetWriter(db).write(aliasOnly);
        assertThat(new CatalogRepository(db).organisations()).hasSize(small.organisations().size());
    }

    @Test
    void sharedOrganisationsAreReusedNotDuplicated() {
        Dataset small = TestData.small();
        new DatasetWriter(db).write(small);
        Dataset vocabularyOnly = new Dataset(small.themes(), small.organisations(), small.places(), small.sources(),
                List.of(), List.of());
        new DatasetWriter(db).write(vocabularyOnly);
        assertThat(new CatalogRepository(db).organisations()).hasSize(3);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
