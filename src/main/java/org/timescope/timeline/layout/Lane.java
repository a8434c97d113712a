package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One horizontal lane: its label and the events in it (positions in the {@link EventIndex}, ascending). */
public record Lane(String label, int[] members) {

    /**
     * The lanes for a mode. Organisation lanes are ordered by event count (then name); theme lanes by
     * the vocabulary order. Lanes without events are left out. An event with two organisations is in both.
     */
    public static List<Lane> of(EventIndex index, LaneMode mode, List<String> themeOrder) {
        if (mode == LaneMode.NONE) {
            int[] all = new int[index.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return index.size() == 0 ? List.of() : List.of(new Lane("All events", all));
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        if (mode == LaneMode.THEME) {
            themeOrder.forEach(t -> groups.put(t, new ArrayList<>()));
        }
        for (int i = 0; i < index.size(); i++) {
            List<String> keys = mode == LaneMode.THEME ? index.themes(i) : index.organisations(i);
            for (String key : keys) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<Lane> lanes = new ArrayList<>();
        groups.forEach((label, members) -> {
            if (!members.isEmpty()) {
                lanes.add(new Lane(label, members.stream().mapToInt(Integer::intValue).toArray()));
            }
        });
        if (mode == LaneMode.ORGANISATION) {
            lanes.sort(Comparator.comparingInt((Lane l) -> -l.members().length).thenComparing(Lane::label));
        }
        return lanes;
    }
}
