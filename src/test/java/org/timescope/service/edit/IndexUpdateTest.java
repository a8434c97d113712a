package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.FacetFilter;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * After each edit, the index and bitsets updated in memory equal those built from a fresh read of the
 * collection: the same events at the same positions with the same dates, flags, organisations and themes, and
 * the same shown events and counts for a set of filters.
 */
class IndexUpdateTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void anIndexUpdatedInMemoryEqualsOneReadAfresh(long seed) {
        try (Workspace w = Workspace.open(dir.resolve("c" + seed + ".db"), false)) {
            Editor editor = new Editor(w);
            Random random = new Random(seed);
            FacetFilter selector = fresh(w);
            int incremental = 0;
            for (int step = 0; step < 20; step++) {
                EditResult r = random.nextInt(5) == 0 && editor.lastUndoable().isPresent() ? undoLast(editor, w)
                        : editor.run(command(w, random, step));
                var updated = IndexUpdate.apply(selector, r, w.events(), themes(w));
                FacetFilter expected = fresh(w);
                if (updated.isPresent()) {
                    incremental++;
                    assertSame(updated.get(), expected, w);
                }
                selector = updated.orElse(expected);
            }
            assertThat(incremental).isGreaterThan(8);
        }
    }

    private static EditResult undoLast(Editor editor, Workspace w) {
        return editor.undo(editor.lastUndoable().orElseThrow().id());
    }

    private static EditCommand command(Workspace w, Random random, int step) {
        List<TimelineEvent> events = w.events().find(EventFilter.ALL);
        TimelineEvent e = events.get(random.nextInt(events.size()));
        return switch (random.nextInt(6)) {
            case 0 -> EventEdits.edit(e, EditorUndoRedoTest.retitled(e, "Edited " + step));
            case 1 -> EventEdits.edit(e, EditorUndoRedoTest.redated(e,
                    DateSpan.of(PartialDate.of(1995 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)))));
            case 2 -> EventEdits.create(new TimelineEvent("", "Created " + step, null, null,
                    DateSpan.of(PartialDate.ofYear(2000 + random.nextInt(25))), random.nextBoolean(), false, null,
                    List.of(random.nextBoolean() ? "Pudong New Area" : "New place " + step),
                    List.of(new OrganisationRole(random.nextBoolean() ? "WIPO Office in China" : "New org " + step, null)),
                    List.of(random.nextBoolean() ? "Copyright" : "New theme " + step),
                    List.of(new PersonRole("Person " + step, "clerk")), List.of()));
            case 3 -> EventEdits.delete(List.of(e));
            case 4 -> EventEdits.bulk(List.of(e), EventEdits.BulkChange.theme(
                    w.catalog().themes().get(random.nextInt(w.catalog().themes().size())).name(), random.nextBoolean()));
            default -> EventEdits.duplicate(e);
        };
    }

    private static List<String> themes(Workspace w) {
        return w.catalog().themes().stream().map(Theme::name).toList();
    }

    private static FacetFilter fresh(Workspace w) {
        EventIndex all = EventIndex.of(w.events().timelineRows(), themes(w), w.events()::byKey);
        return FacetFilter.of(all, w);
    }

    private static void assertSame(FacetFilter actual, FacetFilter expected, Workspace w) {
        EventIndex a = actual.index();
        EventIndex b = expected.index();
        assertThat(a.size()).isEqualTo(b.size());
        for (int i = 0; i < b.size(); i++) {
            assertThat(a.key(i)).as("key at %d", i).isEqualTo(b.key(i));
            assertThat(a.title(i)).isEqualTo(b.title(i));
            assertThat(a.first(i)).isEqualTo(b.first(i));
            assertThat(a.end(i)).isEqualTo(b.end(i));
            assertThat(a.when(i)).isEqualTo(b.when(i));
            assertThat(a.approximate(i)).isEqualTo(b.approximate(i));
            assertThat(a.organisations(i)).isEqualTo(b.organisations(i));
            assertThat(a.themes(i)).isEqualTo(b.themes(i));
            assertThat(a.colour(i)).isEqualTo(b.colour(i));
        }
        List<EventFilter> filters = new ArrayList<>(List.of(EventFilter.ALL,
                EventFilter.ALL.withOrganisations(Set.of("WIPO")),
                EventFilter.ALL.withOrganisations(Set.of("WIPO Office in China")),
                EventFilter.ALL.withThemes(Set.of("Copyright")),
                EventFilter.ALL.withPlaces(Set.of("Shanghai")),
                EventFilter.ALL.withPlaces(Set.of("China")),
                EventFilter.ALL.withPlaces(Set.of("Shanghai")).withThemes(Set.of("Copyright", "Judicial protection"))));
        w.catalog().people().stream().limit(3).forEach(p -> filters.add(EventFilter.ALL.withPeople(Set.of(p))));
        for (EventFilter f : filters) {
            FacetFilter.Result x = actual.apply(f);
            FacetFilter.Result y = expected.apply(f);
            assertThat(x.shown()).as("shown for %s", f.describe()).isEqualTo(y.shown());
            assertThat(nonZero(x.counts().organisations())).isEqualTo(nonZero(y.counts().organisations()));
            assertThat(nonZero(x.counts().themes())).isEqualTo(nonZero(y.counts().themes()));
            assertThat(nonZero(x.counts().people())).isEqualTo(nonZero(y.counts().people()));
            assertThat(nonZero(x.counts().places())).isEqualTo(nonZero(y.counts().places()));
        }
    }

    /** Counts that matter to a user: values on at least one event (an emptied value may linger at 0). */
    private static java.util.Map<String, Integer> nonZero(java.util.Map<String, Integer> counts) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
