package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The order the timeline's columns are read in: first day, then last day, then key (or id), checked against a
 * plain comparator sort of the same rows, on data with many equal days (as year-precision events have).
 */
class DateOrderTest {

    @Test
    void sortsByFirstDayThenLastDayThenKeyLikeAComparatorSort() {
        Random random = new Random(7);
        int n = 20_000;
        long[] first = new long[n];
        long[] last = new long[n];
        String[] keys = new String[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            first[i] = random.nextInt(40) - 20 - (i % 997 == 0 ? 700_000 : 0); // few days: long runs of ties
            last[i] = first[i] + (i % 5 == 0 ? 0 : random.nextInt(3));
            keys[i] = "k" + random.nextInt(5_000);
            ids[i] = n - i;
        }
        int[] expectedByKey = IntStream.range(0, n).boxed().sorted(Comparator.<Integer>comparingLong(r -> first[r])
                .thenComparingLong(r -> last[r]).thenComparing(r -> keys[r])).mapToInt(Integer::intValue).toArray();
        int[] expectedById = IntStream.range(0, n).boxed().sorted(Comparator.<Integer>comparingLong(r -> first[r])
                .thenComparingLong(r -> last[r]).thenComparingLong(r -> ids[r])).mapToInt(Integer::intValue).toArray();

        int[] byKey = EventScan.dateOrder(first, last, keys, ids, n);
        int[] byId = EventScan.dateOrder(first, last, null, ids, n);

        assertThat(IntStream.of(byKey).mapToObj(r -> first[r] + "/" + last[r] + "/" + keys[r]).toList())
                .isEqualTo(IntStream.of(expectedByKey).mapToObj(r -> first[r] + "/" + last[r] + "/" + keys[r]).toList());
        assertThat(byId).containsExactly(expectedById);
    }
}
