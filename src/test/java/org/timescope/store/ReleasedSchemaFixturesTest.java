package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;

/**
 * A database written by each released schema version opens in this build, keeps its data and is
 * searchable. Add a fixture (db/fixtures/vN.db, journal mode DELETE) whenever a migration is released.
 */
class ReleasedSchemaFixturesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6})
    void aDatabaseFromAReleasedVersionMigratesAndKeepsItsEvents(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v" + version + ".db")) {
            Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.migration().from()).isEqualTo(version);
            assertThat(db.schemaVersion()).isEqualTo(Migrator.LATEST);
            if (version < Migrator.LATEST) {
                assertThat(db.migration().backup()).exists();
            }
            EventRepository events = new EventRepository(db);
            assertThat(events.find(EventFilter.ALL)).extracting(TimelineEvent::key)
                    .containsExactly("2021-high-level-forum-china-ip-protection");
            assertThat(events.count(EventFilter.ALL.withText("copyright"))).isEqualTo(1);
            assertThat(new CatalogRepository(db).organisations()).hasSize(32);
            if (version >= 2) {
                assertThat(new SavedViewRepository(db).names()).containsExactly("Copyright");
            }
            if (version >= 4) { // v4's theme colour and change log survive the step to v5
                assertThat(new CatalogRepository(db).themes()).filteredOn(t -> t.colour() != null)
                        .extracting(t -> t.name() + " " + t.colour()).containsExactly("Judicial protection #ff00aa");
                assertThat(new SqliteChangeLog(db).after(0)).extracting(g -> g.summary())
                        .containsExactly("Edit of the fixture");
            }
            // what v5 adds is there and empty: eras, and an event with a time of day can be stored
            assertThat(db.read(EraRows::all)).isEmpty();
            org.timescope.model.TimelineEvent timed = new org.timescope.model.TimelineEvent("timed", "At 14:52:20 UTC",
                    null, null, org.timescope.model.DateSpan.parse("1999-08-10T14:52:20Z", null), false, false, null,
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
            new DatasetWriter(db).write(new org.timescope.model.Dataset(java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(timed), java.util.List.of()));
            assertThat(events.byKey("timed").when().start().toString()).isEqualTo("1999-08-10T14:52:20Z");
        }
    }
}
