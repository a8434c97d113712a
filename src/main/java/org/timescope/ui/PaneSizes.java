package org.timescope.ui;

import java.util.List;

/**
 * How small the window's panes may get. A pane never shrinks below its minimum (at 800×500 the filters and the
 * detail pane stay readable instead of one letter a line), and split positions that would put a pane below it —
 * saved by an older version or at another screen size — are neither restored nor saved: the defaults are used.
 */
final class PaneSizes {
    /** Filter panel: organisation names on one or two lines, the Dates slider whole. */
    static final double FILTERS = 280;
    /** Detail pane and the event form beside the timeline. */
    static final double SIDE = 280;
    /** Timeline and table between them. */
    static final double CENTRE = 200;
    /** Timeline with its overview band and legend, over the table. */
    static final double TIMELINE = 200;
    /** The table under the timeline: its header and a few rows. */
    static final double TABLE = 90;

    /** Statistics strips: never less than most of one strip, the rest scrolls. */
    static final double STRIPS_MIN = 48;
    /** Statistics strips: their share, at most, of the height the timeline and they divide between them. */
    static final double STRIPS_SHARE = 0.3;

    /** The legend: never less than one line and a half, the rest scrolls. */
    static final double LEGEND_MIN = 36;
    /** The legend: its share, at most, of the timeline box. */
    static final double LEGEND_SHARE = 0.25;

    private PaneSizes() {
    }

    /**
     * The most height the legend may take in a timeline box of {@code boxHeight}: as tall as its lines in a large
     * window, its share of a small one (then it scrolls), so the timeline keeps its rows however the legend is
     * measured (it was measured again at every switch of the appearance, and took the timeline's rows).
     */
    static double legendMax(double boxHeight) {
        return Math.max(LEGEND_MIN, Math.floor(boxHeight * LEGEND_SHARE));
    }

    /**
     * The most height the statistics strips may take in a timeline box of {@code boxHeight} whose overview band
     * and legend take {@code others}: their share of what is left, so two strips never squeeze the timeline to a
     * sliver (at 800×500 they scroll); whole strips when one or more fit (no strip cut in half), never below
     * {@link #STRIPS_MIN}.
     */
    static double stripsMax(double boxHeight, double others) {
        double share = (boxHeight - others) * STRIPS_SHARE;
        double strip = org.timescope.render.SeriesPainter.STRIP_HEIGHT;
        return Math.max(STRIPS_MIN, Math.floor(share / strip) * strip);
    }

    /** Whether the body's two divider positions leave filters, centre and side pane their minimum at this width. */
    static boolean bodyUsable(List<Double> dividers, double width) {
        if (dividers == null || dividers.size() != 2 || width <= 0) {
            return false;
        }
        double filters = dividers.get(0) * width;
        double side = (1 - dividers.get(1)) * width;
        double centre = width - filters - side;
        return filters >= FILTERS - 1 && side >= SIDE - 1 && centre >= Math.min(CENTRE, width - FILTERS - SIDE) - 1;
    }

    /** Whether the centre's divider leaves timeline and table their minimum at this height. */
    static boolean centreUsable(List<Double> dividers, double height) {
        if (dividers == null || dividers.size() != 1 || height <= 0) {
            return false;
        }
        return dividers.get(0) * height >= TIMELINE - 1 && (1 - dividers.get(0)) * height >= TABLE - 1;
    }
}
