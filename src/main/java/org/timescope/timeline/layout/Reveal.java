package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the time window that shows events one by one: the selected event drawn (not counted in a
 * cluster) in every lane it is in, or a clicked cluster's events separated. Only the lanes concerned are
 * laid out, and the zoom at most doubles per step down to the closest zoom (where the layout caps no
 * lane's rows), so the answer takes at most about two dozen lane layouts and always exists.
 */
public final class Reveal {

    /** Zoom factor of one step: coarse enough to be few, fine enough not to zoom in much past the need. */
    private static final double STEP = 2;
    /** Free pixels kept on both sides of a cluster's events when zooming to them. */
    private static final double MARGIN_PX = 40;

    private final LayoutEngine engine;
    private final EventIndex index;
    private final List<Lane> lanes;
    private final LayoutOptions options;

    public Reveal(LayoutEngine engine, EventIndex index, List<Lane> lanes, LayoutOptions options) {
        this.engine = engine;
        this.index = index;
        this.lanes = lanes;
        this.options = options;
    }

    /**
     * A window where {@code event} is on screen and drawn in each of its lanes: {@code scale} itself if it
     * is already, else panned to it and zoomed in around it, step by step, until it is.
     */
    public TimeScale showing(int event, TimeScale scale) {
        List<Lane> own = lanesOf(event);
        if (own.isEmpty()) {
            return scale;
        }
        double first = index.first(event);
        double end = index.end(event);
        TimeScale s = scale;
        if (!onScreen(s, first, end)) {
            s = end - first <= s.width() * 0.8 * s.daysPerPixel() ? s.centredOn((first + end) / 2)
                    : new TimeScale(first - s.width() * 0.1 * s.daysPerPixel(), s.daysPerPixel(), s.width());
        }
        while (!drawnIn(event, own, s) && !s.isClosest()) {
            double anchor = Math.max(first, Math.min((first + end) / 2, s.day(s.width() * 0.9)));
            s = s.zoomAt(s.x(anchor), STEP);
        }
        if (s.isClosest() && (s.x(first) < 0 || s.x(first) > s.width() * 0.9)) {
            // a day is 86,400 px wide here: show where the event begins (and its title), not the middle of its bar;
            // at this zoom no lane caps its rows, so panning keeps it drawn
            s = s.panBy(s.x(first) - s.width() * 0.1);
        }
        return s;
    }

    /**
     * A window where the events of {@code cluster} are separated: its dates across the width, then zoomed in
     * around their middle until none of them is counted in a cluster of its lane, as long as all of them stay in
     * the window. A cluster that cannot be separated in one window (more events than a lane lays out one by one,
     * or too many for the rows before the zoom pushes some of them out of the window) gets the closest window
     * that still shows all its dates; its list is the way to each of them. Zooming on into the middle would show
     * a few of them, of one day, without the others around them.
     */
    public TimeScale separating(TimelineLayout.Cluster cluster, TimeScale scale) {
        double span = cluster.toDay() - cluster.fromDay();
        TimeScale s = TimeScale.fit(cluster.fromDay(), cluster.toDay(), scale.width(), MARGIN_PX);
        if (cluster.count() > options.densityLimit() || cluster.lane() >= lanes.size()) {
            return s;
        }
        List<Lane> own = List.of(lanes.get(cluster.lane()));
        double middle = cluster.fromDay() + span / 2;
        java.util.BitSet events = new java.util.BitSet(index.size());
        for (int k = 0; k < cluster.events().size(); k++) {
            events.set(cluster.events().get(k));
        }
        while (anyClustered(events, own, s) && !s.isClosest()) {
            TimeScale closer = s.zoomAt(s.x(middle), STEP);
            if (!allInWindow(cluster, closer)) {
                return s;
            }
            s = closer;
        }
        return s;
    }

    private boolean allInWindow(TimelineLayout.Cluster cluster, TimeScale s) {
        double from = s.startDay();
        double to = s.day(s.width());
        for (int k = 0; k < cluster.events().size(); k++) {
            int e = cluster.events().get(k);
            if (index.end(e) <= from || index.first(e) >= to) {
                return false;
            }
        }
        return true;
    }

    private List<Lane> lanesOf(int event) {
        List<Lane> own = new ArrayList<>();
        for (Lane lane : lanes) {
            if (Arrays.binarySearch(lane.members(), event) >= 0) {
                own.add(lane);
            }
        }
        return own;
    }

    private static boolean onScreen(TimeScale s, double first, double end) {
        return s.x(end) > 0 && s.x(first) < s.width() - 40;
    }

    private boolean drawnIn(int event, List<Lane> own, TimeScale s) {
        TimelineLayout layout = engine.layout(index, own, s, options);
        int found = 0;
        for (TimelineLayout.Item item : layout.items()) {
            if (item.event() == event && item.x() + item.barWidth() > 0 && item.x() < s.width()) {
                found++;
            }
        }
        return found == own.size();
    }

    private boolean anyClustered(java.util.BitSet events, List<Lane> own, TimeScale s) {
        TimelineLayout layout = engine.layout(index, own, s, options);
        for (TimelineLayout.Cluster c : layout.clusters()) {
            for (int k = 0; k < c.events().size(); k++) {
                if (events.get(c.events().get(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
