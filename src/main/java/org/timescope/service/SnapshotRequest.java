package org.timescope.service;

import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;

/**
 * What to draw: the view (filter, lanes, time window, selection), the figure's size in logical pixels
 * (height null: as tall as the timeline needs), the raster scale (PNG only: 2 for 2×, dpi/96 for print)
 * and the optional parts.
 */
public record SnapshotRequest(SavedView view, double width, Double height, double scale, String title,
                              boolean caption, boolean legend, boolean footnote, java.util.List<String> series) {

    public static final double DEFAULT_WIDTH = 1600;

    /** A request without statistics strips. */
    public SnapshotRequest(SavedView view, double width, Double height, double scale, String title, boolean caption,
                           boolean legend, boolean footnote) {
        this(view, width, height, scale, title, caption, legend, footnote, java.util.List.of());
    }

    /** The same request with strips for these indicator series under the timeline, in this order. */
    public SnapshotRequest withSeries(java.util.List<String> names) {
        return new SnapshotRequest(view, width, height, scale, title, caption, legend, footnote, names);
    }

    public SnapshotRequest {
        series = series == null ? java.util.List.of() : java.util.List.copyOf(series);
        if (!(width >= 300 && width <= 20_000)) {
            throw new IllegalArgumentException("width " + (long) width + " is outside 300–20000 pixels");
        }
        if (height != null && !(height >= 150 && height <= 20_000)) {
            throw new IllegalArgumentException("height " + height.longValue() + " is outside 150–20000 pixels");
        }
        if (!(scale >= 0.25 && scale <= 8)) {
            throw new IllegalArgumentException("scale " + scale + " is outside 0.25–8");
        }
    }

    public static SnapshotRequest of(EventFilter filter) {
        return new SnapshotRequest(new SavedView("snapshot", filter, "NONE", null, null, null), DEFAULT_WIDTH, null, 1,
                null, true, true, true);
    }
}
