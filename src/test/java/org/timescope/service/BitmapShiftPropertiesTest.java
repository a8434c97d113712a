package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.roaringbitmap.RoaringBitmap;

/**
 * A facet's bitmap after an edit holds the same events at their new positions: worked out here by writing the
 * old positions out as a list, taking the leavers out and putting a marker in at each arrival's new place, then
 * reading where each old position ended up. Positions span several 65,536-wide containers; the old bitmap is
 * left as it was even after arrivals join the new one (the two share the containers below the edit).
 */
class BitmapShiftPropertiesTest {

    @Property(tries = 300)
    void aShiftedBitmapHoldsTheSameEventsAtTheirNewPlaces(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200_000) int size,
                                                         @ForAll @IntRange(min = 0, max = 6) int leaving,
                                                         @ForAll @IntRange(min = 0, max = 6) int arriving) {
        Random random = new Random(seed);
        RoaringBitmap b = new RoaringBitmap();
        int density = 1 + random.nextInt(50);
        for (int p = 0; p < size; p++) {
            if (random.nextInt(density) == 0) {
                b.add(p);
            }
        }
        TreeSet<Integer> removed = new TreeSet<>();
        for (int k = 0; k < leaving; k++) {
            removed.add(random.nextInt(size));
        }
        List<Integer> survivors = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            if (!removed.contains(p)) {
                survivors.add(p);
            }
        }
        TreeSet<Integer> inserted = new TreeSet<>();
        int total = survivors.size() + arriving;
        while (inserted.size() < arriving) {
            inserted.add(random.nextInt(total));
        }
        List<Integer> after = new ArrayList<>(); // old position at each new position, -1 for an arrival
        int s = 0;
        for (int q = 0; q < total; q++) {
            after.add(inserted.contains(q) ? -1 : survivors.get(s++));
        }
        RoaringBitmap expected = new RoaringBitmap();
        for (int q = 0; q < after.size(); q++) {
            if (after.get(q) >= 0 && b.contains(after.get(q))) {
                expected.add(q);
            }
        }
        RoaringBitmap before = b.clone();
        RoaringBitmap shifted = FacetShift.shift(b, removed.stream().mapToInt(Integer::intValue).toArray(),
                inserted.stream().mapToInt(Integer::intValue).toArray());
        assertThat(shifted).isEqualTo(expected);
        // the arrivals then join the new bitmap (as an edit's do): the old filter's bitmap, which may share
        // containers with it, still holds exactly what it held
        inserted.forEach(shifted::add);
        assertThat(b).isEqualTo(before);
        expected.add(inserted.stream().mapToInt(Integer::intValue).toArray());
        assertThat(shifted).isEqualTo(expected);
    }
}
