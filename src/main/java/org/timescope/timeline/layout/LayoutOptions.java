package org.timescope.timeline.layout;

/**
 * Sizes the layout works with, in pixels. {@code maxRows} caps the rows of one lane; events that find
 * no row are counted into clusters. Above {@code densityLimit} visible events in a lane, the lane is
 * drawn as clusters only (no per-event work), so a frame stays bounded however many events there are.
 */
public record LayoutOptions(double rowHeight, int maxRows, double minLabel, double maxLabel, double gap,
                            double markerSize, double clusterWidth, int densityLimit, double minLaneHeight) {

    public static LayoutOptions defaults(int maxRows) {
        return new LayoutOptions(26, Math.max(1, maxRows), 36, 320, 8, 10, 56, 1500, 0);
    }

    public LayoutOptions withMaxRows(int rows) {
        return new LayoutOptions(rowHeight, Math.max(1, rows), minLabel, maxLabel, gap, markerSize, clusterWidth,
                densityLimit, minLaneHeight);
    }

    /** Lanes at least this tall (room for a lane header of two lines). */
    public LayoutOptions withMinLaneHeight(double height) {
        return new LayoutOptions(rowHeight, maxRows, minLabel, maxLabel, gap, markerSize, clusterWidth,
                densityLimit, height);
    }
}
