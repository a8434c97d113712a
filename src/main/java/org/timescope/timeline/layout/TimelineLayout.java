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

    /** Events too dense to draw one by one: a counted badge covering [fromDay, toDay). */
    public record Cluster(int lane, double x, double width, double y, int count, double fromDay, double toDay) {
    }
}
