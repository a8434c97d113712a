package org.timescope.timeline.layout;

import java.util.List;

/**
 * Everything a painter needs for one frame, in pixels relative to the top of the lanes area (below the
 * axis). Items and clusters carry their lane; lanes their y and height.
 */
public record TimelineLayout(TimeScale scale, Ticks.Axis axis, List<LaneBox> lanes, List<Item> items,
                             List<Cluster> clusters, double contentHeight, double rowHeight) {

    /** A lane's place: y, height, and how many item rows it uses. */
    public record LaneBox(String label, double y, double height, int rows, int events) {
    }

    /**
     * One event drawn in one lane. {@code x}/{@code barWidth} is its time extent (a point event gets a
     * marker of fixed size centred on its day); {@code labelWidth} is the room its label may take
     * before the next item in the row (0: no label, show it on hover).
     */
    public record Item(int event, int lane, int row, double x, double barWidth, double y, boolean point,
                       double labelX, double labelWidth, boolean inSeveralLanes) {
        public double right() {
            return Math.max(x + barWidth, labelX + labelWidth);
        }
    }

    /**
     * Events too dense to draw one by one: a counted badge covering [fromDay, toDay). {@code events} are the
     * events it counts (positions in the index, in date order), so it can be opened and listed.
     */
    public record Cluster(int lane, double x, double width, double y, int count, double fromDay, double toDay,
                          Members events) {
    }

    /**
     * A cluster's events as a slice of an array that is not copied: a cluster of a dense lane is a range of
     * the lane's members, so opening one of 100,000 events costs nothing until its rows are shown.
     */
    public record Members(int[] array, int from, int to) {
        public Members {
            if (from < 0 || to > array.length || from > to) {
                throw new IllegalArgumentException("slice [" + from + ", " + to + ") of " + array.length);
            }
        }

        public static Members of(int[] events) {
            return new Members(events, 0, events.length);
        }

        public int size() {
            return to - from;
        }

        /** The i-th event (0-based) of the slice. */
        public int get(int i) {
            return array[from + i];
        }

        /** Equal when they list the same events (two layouts of the same input are equal). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Members m && java.util.Arrays.equals(array, from, to, m.array, m.from, m.to);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int k = from; k < to; k++) {
                h = 31 * h + array[k];
            }
            return h;
        }

        @Override
        public String toString() {
            return "Members" + java.util.Arrays.toString(java.util.Arrays.copyOfRange(array, from, Math.min(to, from + 20)))
                    + (size() > 20 ? "… (" + size() + ")" : "");
        }

        /**
         * Whether the slice holds {@code event}, by binary search: a cluster's events are positions in the index in
         * date order, so ascending (what every frame asks of every badge drawn: is the selection in it?).
         */
        public boolean holds(int event) {
            return to > from && event >= array[from] && event <= array[to - 1]
                    && java.util.Arrays.binarySearch(array, from, to, event) >= 0;
        }

        public boolean contains(int event) {
            for (int k = from; k < to; k++) {
                if (array[k] == event) {
                    return true;
                }
            }
            return false;
        }
    }
}
