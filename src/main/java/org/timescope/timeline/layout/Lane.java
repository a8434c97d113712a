package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One horizontal lane: its label and the events in it (positions in the {@link EventIndex}, ascending). The
 * members are read, never written: the "All events" lane of every index of one size shares one array.
 */
public record Lane(String label, int[] members) {

    /** The lane of the events without an organisation, in lanes by organisation. */
    public static final String NO_ORGANISATION = "No organisation";
    /** The lane of the events without a theme, in lanes by theme. */
    public static final String NO_THEME = "No theme";

    /** The positions 0..n-1 of the last "All events" lane: an edit that keeps the size reuses them. */
    private static volatile int[] lastAll = new int[0];

    private static int[] allOf(int n) {
        int[] last = lastAll;
        if (last.length == n) {
            return last;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        lastAll = all;
        return all;
    }

    /**
     * The lanes for a mode. Organisation lanes are ordered by event count (then name); theme lanes by
     * the vocabulary order. Lanes without events are left out. An event with two organisations is in both; an event
     * with none is in a last lane, "No organisation" ("No theme").
     */
    public static List<Lane> of(EventIndex index, LaneMode mode, List<String> themeOrder) {
        if (mode == LaneMode.NONE) {
            return index.size() == 0 ? List.of() : List.of(new Lane("All events", allOf(index.size())));
        }
        // two passes over the index's name ids (no list or boxed position per event): count each lane, then fill
        String[] names = mode == LaneMode.THEME ? index.themeNames() : index.organisationNames();
        Map<String, Integer> slotOfName = new LinkedHashMap<>();
        if (mode == LaneMode.THEME) {
            themeOrder.forEach(t -> slotOfName.putIfAbsent(t, slotOfName.size()));
        }
        int[] slotOfId = new int[names.length];
        java.util.Arrays.fill(slotOfId, -1);
        int[][] sizes = {new int[Math.max(8, slotOfName.size())]};
        java.util.function.IntConsumer count = id -> {
                int slot = slotOfId[id];
                if (slot < 0) {
                    slot = slotOfName.computeIfAbsent(names[id], k -> slotOfName.size());
                    slotOfId[id] = slot;
                }
                if (slot >= sizes[0].length) {
                    sizes[0] = java.util.Arrays.copyOf(sizes[0], Math.max(slot + 1, sizes[0].length * 2));
                }
                sizes[0][slot]++;
        };
        int[] links = new int[1];
        java.util.function.IntConsumer counted = id -> {
            links[0]++;
            count.accept(id);
        };
        int without = 0;
        for (int i = 0; i < index.size(); i++) {
            int before = links[0];
            forEach(index, mode, i, counted); // one consumer for all events, not one per event
            if (links[0] == before) {
                without++;
            }
        }
        int[][] members = new int[slotOfName.size()][];
        for (int slot = 0; slot < members.length; slot++) {
            members[slot] = new int[slot < sizes[0].length ? sizes[0][slot] : 0];
        }
        int[] filled = new int[members.length];
        int[] at = new int[1];
        java.util.function.IntConsumer fill = id -> {
            int slot = slotOfId[id];
            members[slot][filled[slot]++] = at[0];
        };
        int[] none = new int[without];
        int noneFilled = 0;
        for (int i = 0; i < index.size(); i++) {
            at[0] = i;
            int before = links[0];
            forEach(index, mode, i, id -> {
                links[0]++;
                fill.accept(id);
            });
            if (links[0] == before) {
                none[noneFilled++] = i;
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (Map.Entry<String, Integer> lane : slotOfName.entrySet()) {
            if (members[lane.getValue()].length > 0) {
                lanes.add(new Lane(lane.getKey(), members[lane.getValue()]));
            }
        }
        if (mode == LaneMode.ORGANISATION) {
            lanes.sort(Comparator.comparingInt((Lane l) -> -l.members().length).thenComparing(Lane::label));
        }
        if (without > 0) {
            // the events with no organisation (theme) have a lane of their own, last: in no lane they were drawn
            // nowhere, in the window or in a figure, while the counts said they were there
            lanes.add(new Lane(mode == LaneMode.THEME ? NO_THEME : NO_ORGANISATION, none));
        }
        return lanes;
    }

    private static void forEach(EventIndex index, LaneMode mode, int i, java.util.function.IntConsumer action) {
        if (mode == LaneMode.THEME) {
            index.forEachTheme(i, action);
        } else {
            index.forEachOrganisation(i, action);
        }
    }
}
