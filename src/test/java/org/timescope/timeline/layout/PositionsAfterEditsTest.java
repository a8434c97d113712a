package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.timescope.model.TimelineEvent;

/**
 * A search after a curating session: the store ids the full-text index returns are placed in an index edited many
 * times, whether few ids are asked for (found through the edits' steps) or many (the index makes its id → position
 * table once). The expected positions come from sorting the live events here.
 */
class PositionsAfterEditsTest {

    @Test
    void storeIdsAreFoundAtTheirPlacesAfterManyEdits() {
        Random random = new Random(7);
        List<String> themes = List.of("T1", "T2", "T3");
        Map<String, TimelineEvent> live = new LinkedHashMap<>();
        for (int i = 0; i < 3000; i++) {
            TimelineEvent e = IndexEditPropertiesTest.event("e" + i, random, themes);
            live.put(e.key(), e);
        }
        Map<String, Long> ids = new HashMap<>();
        List<TimelineEvent> sorted = IndexEditPropertiesTest.sorted(live.values());
        for (int i = 0; i < sorted.size(); i++) {
            ids.put(sorted.get(i).key(), (long) i);
        }
        EventIndex index = EventIndex.of(List.copyOf(live.values()), themes, 64);
        for (int step = 0; step < 120; step++) { // each step moves one event to new dates
            String key = "e" + random.nextInt(3000);
            TimelineEvent moved = IndexEditPropertiesTest.event(key, random, themes);
            live.put(key, moved);
            index = IndexEdit.apply(index, Map.of(key, ids.get(key)), List.of(new IndexEdit.Row(ids.get(key), moved)),
                    themes).index();
        }
        List<TimelineEvent> now = IndexEditPropertiesTest.sorted(live.values());
        Map<Long, Integer> expected = new HashMap<>();
        for (int p = 0; p < now.size(); p++) {
            expected.put(ids.get(now.get(p).key()), p);
        }

        long[] few = {5, 17, 2999, 1234, 99_999}; // the last is no event's id
        assertThat(found(index, few)).containsExactly(expected.get(5L), expected.get(17L), expected.get(2999L),
                expected.get(1234L));

        long[] all = new long[3000]; // 3,000 ids through 120 steps: the table is made
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<Integer> positions = found(index, all);
        assertThat(positions).hasSize(3000);
        for (int i = 0; i < all.length; i++) {
            assertThat(positions.get(i)).as("position of id %d", i).isEqualTo(expected.get((long) i));
        }
        assertThat(found(index, few)).as("the table, once made, answers a few ids too")
                .containsExactly(expected.get(5L), expected.get(17L), expected.get(2999L), expected.get(1234L));
    }

    private static List<Integer> found(EventIndex index, long[] ids) {
        List<Integer> out = new ArrayList<>();
        index.forEachPosition(ids, out::add);
        return out;
    }
}
