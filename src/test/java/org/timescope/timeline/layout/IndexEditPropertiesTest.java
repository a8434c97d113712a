package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * An index edited again and again (events changed, moved, deleted, created; in chunks of one to five rows, so
 * that edits fall on chunk edges, empty chunks and split them) reads the same as an index built from scratch
 * over the same events: the same keys, dates, titles, flags, colours, organisations and themes at every
 * position, the same answers to overlap and day queries, and each event found at its place by key and by
 * store id. The expected positions come from sorting the events here (first day, last day, key).
 */
class IndexEditPropertiesTest {

    private static final List<String> ORGS = List.of("A", "B", "C");

    @Property(tries = 300)
    void anEditedIndexReadsLikeOneBuiltFromScratch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int chunk,
                                                   @ForAll @IntRange(min = 0, max = 40) int size) {
        Random random = new Random(seed);
        List<String> themes = new ArrayList<>(List.of("T1", "T2", "T3"));
        Map<String, TimelineEvent> live = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            TimelineEvent e = event("e" + i, random, themes);
            live.put(e.key(), e);
        }
        // store ids as the index built from records gives them: the rank in date order
        Map<String, Long> ids = new HashMap<>();
        List<TimelineEvent> sorted = sorted(live.values());
        for (int i = 0; i < sorted.size(); i++) {
            ids.put(sorted.get(i).key(), (long) i);
        }
        long nextId = sorted.size();
        EventIndex index = EventIndex.of(List.copyOf(live.values()), themes, chunk);
        for (int step = 0; step < 12; step++) {
            Map<String, Long> leaving = new LinkedHashMap<>();
            List<IndexEdit.Row> arriving = new ArrayList<>();
            int touched = 1 + random.nextInt(4);
            List<String> keys = new ArrayList<>(live.keySet());
            for (int t = 0; t < touched; t++) {
                int kind = keys.isEmpty() ? 0 : random.nextInt(3);
                if (kind == 0) { // created
                    String key = "n" + step + "-" + t;
                    TimelineEvent e = event(key, random, themes);
                    ids.put(key, nextId++);
                    live.put(key, e);
                    arriving.add(new IndexEdit.Row(ids.get(key), e));
                } else {
                    String key = keys.remove(random.nextInt(keys.size()));
                    leaving.put(key, random.nextInt(4) == 0 ? -1L : ids.get(key)); // sometimes the id is not known
                    if (kind == 1) { // changed: it leaves and comes back with new dates, title and names
                        TimelineEvent e = event(key, random, themes);
                        live.put(key, e);
                        arriving.add(new IndexEdit.Row(ids.get(key), e));
                    } else { // deleted
                        live.remove(key);
                    }
                }
            }
            if (random.nextInt(6) == 0) {
                themes.add("T" + (themes.size() + 1)); // a theme added to the vocabulary keeps the others' slots
            } else if (random.nextInt(10) == 0 && themes.size() > 1) {
                themes.remove(0); // a theme removed moves every slot
            }
            EventIndex before = index;
            IndexEdit.Result result = IndexEdit.apply(index, leaving, arriving, themes);
            index = result.index();
            EventIndex expected = EventIndex.of(List.copyOf(live.values()), themes);
            assertSameRows(index, expected, ids);
            for (int p : result.removed()) {
                assertThat(leaving).containsKey(before.key(p));
            }
            for (int k = 0; k < result.inserted().length; k++) {
                assertThat(index.key(result.inserted()[k])).isEqualTo(result.arrived().get(k).event().key());
            }
        }
    }

    static void assertSameRows(EventIndex actual, EventIndex expected, Map<String, Long> ids) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String key = expected.key(i);
            assertThat(actual.key(i)).as("key at %d", i).isEqualTo(key);
            assertThat(actual.title(i)).isEqualTo(expected.title(i));
            assertThat(actual.first(i)).isEqualTo(expected.first(i));
            assertThat(actual.end(i)).isEqualTo(expected.end(i));
            assertThat(actual.when(i)).isEqualTo(expected.when(i));
            assertThat(actual.approximate(i)).isEqualTo(expected.approximate(i));
            assertThat(actual.inferred(i)).isEqualTo(expected.inferred(i));
            assertThat(actual.colour(i)).as("colour of %s", key).isEqualTo(expected.colour(i));
            assertThat(actual.organisations(i)).isEqualTo(expected.organisations(i));
            assertThat(actual.themes(i)).isEqualTo(expected.themes(i));
            assertThat(actual.event(i).key()).isEqualTo(key);
            assertThat(actual.indexOf(key)).as("position of %s by key", key).isEqualTo(i);
            assertThat(actual.positionOf(ids.get(key))).as("position of %s by id", key).isEqualTo(i);
        }
        assertThat(actual.indexOf("nowhere")).isEqualTo(-1);
        if (expected.size() > 0) {
            assertThat(actual.minDay()).isEqualTo(expected.minDay());
            assertThat(actual.maxDay()).isEqualTo(expected.maxDay());
            double from = expected.minDay();
            double to = expected.maxDay();
            for (double a = from - 40; a < to + 40; a += 37) {
                assertThat(actual.overlapping(a, a + 90)).isEqualTo(expected.overlapping(a, a + 90));
                assertThat(actual.lowerBound(a)).isEqualTo(expected.lowerBound(a));
            }
            assertThat(actual.histogram(from, to, 7)).isEqualTo(expected.histogram(from, to, 7));
        }
    }

    static List<TimelineEvent> sorted(java.util.Collection<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>(events);
        out.sort(Comparator.comparingDouble((TimelineEvent e) -> e.when().from())
                .thenComparingDouble(e -> e.when().until()).thenComparing(TimelineEvent::key));
        return out;
    }

    /** Dates from a few years (many ties), some organisations and themes, some new theme names. */
    static TimelineEvent event(String key, Random random, List<String> themes) {
        int year = 2000 + random.nextInt(4);
        DateSpan when = switch (random.nextInt(3)) {
            case 0 -> DateSpan.of(PartialDate.ofYear(year));
            case 1 -> DateSpan.of(PartialDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
            default -> new DateSpan(PartialDate.of(year, 1 + random.nextInt(6), 1),
                    PartialDate.of(year + random.nextInt(3), 7 + random.nextInt(6), 1));
        };
        List<OrganisationRole> orgs = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            orgs.add(new OrganisationRole(ORGS.get(random.nextInt(ORGS.size())), null));
        }
        List<String> eventThemes = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            eventThemes.add(random.nextInt(8) == 0 ? "Fresh " + random.nextInt(3)
                    : themes.get(random.nextInt(themes.size())));
        }
        return new TimelineEvent(key, "Title " + random.nextInt(1000), null, null, when, random.nextBoolean(),
                random.nextInt(5) == 0, null, List.of(), orgs, eventThemes, List.of(), List.of());
    }
}
