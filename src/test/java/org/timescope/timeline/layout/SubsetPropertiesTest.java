package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.timescope.model.TimelineEvent;

/**
 * What a filter shows: the subset of an index at some of its positions reads like an index built from scratch over
 * those events alone (same keys, dates, titles, flags, colours, names; the same overlap, day and histogram answers;
 * each event found by key and by store id at its place in the subset) — taken from an index read whole and from
 * one edited into many chunks, and a subset of a subset too. Expected values come from the events themselves.
 */
class SubsetPropertiesTest {

    @Property(tries = 300)
    void aSubsetReadsLikeAnIndexOfItsEvents(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int chunk,
                                            @ForAll @IntRange(min = 0, max = 60) int size,
                                            @ForAll @IntRange(min = 0, max = 100) int percentKept) {
        Random random = new Random(seed);
        List<String> themes = new ArrayList<>(List.of("T1", "T2", "T3"));
        Map<String, TimelineEvent> live = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            TimelineEvent e = IndexEditPropertiesTest.event("e" + i, random, themes);
            live.put(e.key(), e);
        }
        List<TimelineEvent> sorted = IndexEditPropertiesTest.sorted(live.values());
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ids.put(sorted.get(i).key(), (long) i); // an index built from records numbers them in date order
        }
        EventIndex whole = EventIndex.of(List.copyOf(live.values()), themes, chunk);
        EventIndex index = whole;
        if (random.nextBoolean() && !live.isEmpty()) { // edited: chunks of different sizes, positions moved
            String gone = sorted.get(random.nextInt(sorted.size())).key();
            TimelineEvent moved = IndexEditPropertiesTest.event("moved", random, themes);
            ids.put("moved", (long) sorted.size());
            Map<String, Long> leaving = Map.of(gone, ids.get(gone));
            index = IndexEdit.apply(whole, leaving, List.of(new IndexEdit.Row(ids.get("moved"), moved)), themes).index();
            live.remove(gone);
            live.put("moved", moved);
            sorted = IndexEditPropertiesTest.sorted(live.values());
        }
        List<String> order = random.nextInt(4) == 0 ? List.of("T3", "T1") : themes; // the subset's own colour order
        int[] kept = keep(random, index.size(), percentKept);
        EventIndex subset = index.subset(kept, order);
        List<TimelineEvent> expectedEvents = new ArrayList<>();
        for (int p : kept) {
            expectedEvents.add(sorted.get(p));
        }
        IndexEditPropertiesTest.assertSameRows(subset, EventIndex.of(expectedEvents, order), ids);

        int[] again = keep(random, subset.size(), percentKept); // a filter applied to what a filter shows
        List<TimelineEvent> narrower = new ArrayList<>();
        for (int p : again) {
            narrower.add(expectedEvents.get(p));
        }
        IndexEditPropertiesTest.assertSameRows(subset.subset(again, themes), EventIndex.of(narrower, themes), ids);
    }

    /** Ascending positions in [0, size), each kept with the given chance. */
    private static int[] keep(Random random, int size, int percent) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (random.nextInt(100) < percent) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
