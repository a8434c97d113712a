package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out the visible window only. Per lane: events in index order go to the first row where they fit
 * with their whole label, else the first where they fit at all (shortening the label before them);
 * those that fit nowhere within {@code maxRows} are counted into clusters aligned to absolute time
 * buckets, so panning does not reshuffle them. At the closest zoom rows are not capped (see
 * {@link #rowCap}). Same index, lanes, scale and options → same layout.
 */
public final class LayoutEngine {

    private final TextMeasurer measurer;

    public LayoutEngine(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public TimelineLayout layout(EventIndex index, List<Lane> lanes, TimeScale scale, LayoutOptions o) {
        List<TimelineLayout.LaneBox> boxes = new ArrayList<>();
        List<TimelineLayout.Item> items = new ArrayList<>();
        List<TimelineLayout.Cluster> clusters = new ArrayList<>();
        int[] laneCount = laneCounts(index, lanes);
        double y = 0;
        for (int l = 0; l < lanes.size(); l++) {
            LaneResult r = layoutLane(index, lanes.get(l), l, y, scale, o, laneCount);
            items.addAll(r.items);
            clusters.addAll(r.clusters);
            int rows = Math.max(1, r.rows) + (r.clusters.isEmpty() ? 0 : 1);
            double height = Math.max(rows * o.rowHeight() + 6, o.minLaneHeight());
            boxes.add(new TimelineLayout.LaneBox(lanes.get(l).label(), y, height, rows, lanes.get(l).members().length));
            y += height;
        }
        return new TimelineLayout(scale, Ticks.axis(scale, measurer), boxes, items, clusters, y, o.rowHeight());
    }

    private static int[] laneCounts(EventIndex index, List<Lane> lanes) {
        int[] count = new int[index.size()];
        for (Lane lane : lanes) {
            for (int e : lane.members()) {
                count[e]++;
            }
        }
        return count;
    }

    private record LaneResult(List<TimelineLayout.Item> items, List<TimelineLayout.Cluster> clusters, int rows) {
    }

    private LaneResult layoutLane(EventIndex index, Lane lane, int laneNo, double laneY, TimeScale scale,
                                  LayoutOptions o, int[] laneCount) {
        // a label may run up to maxLabel to the right of its event, so look that far left of the view
        // events starting up to one label's width left of the view may show their label; older ones only if
        // they are still going on when the view starts
        double lookback = scale.day(-o.maxLabel());
        double to = scale.day(scale.width() + o.markerSize());
        int[] members = lane.members();
        int hi = lowerBound(index, members, to);
        int mid = lowerBound(index, members, lookback);
        int lo = lowerBound(index, members, lookback - index.longest());
        if (hi - mid > o.densityLimit()) {
            // too many to place one by one: counted clusters straight from the sorted starts, cost ~ buckets × log n
            return new LaneResult(List.of(), density(index, members, laneNo, laneY + 3, scale, o), 0);
        }
        int[] ongoing = visibleMembers(index, members, lo, mid, scale.startDay());
        if (hi - mid + ongoing.length > o.densityLimit()) {
            return new LaneResult(List.of(), density(index, members, laneNo, laneY + 3, scale, o), 0);
        }
        int[] starting = Arrays.copyOfRange(members, mid, hi);
        int[] visible = new int[ongoing.length + starting.length];
        System.arraycopy(ongoing, 0, visible, 0, ongoing.length);
        System.arraycopy(starting, 0, visible, ongoing.length, starting.length);
        List<Integer> overflow = new ArrayList<>();
        List<TimelineLayout.Item> placed = new ArrayList<>();
        Rows rows = new Rows(rowCap(scale, o));
        for (int e : visible) {
            Shape s = shape(index, e, scale, o);
            int row = rows.first(rows.endFull, s.left);
            if (row < 0) {
                row = rows.open();
            }
            if (row < 0) {
                row = rows.first(rows.endTight, s.left);
            }
            if (row < 0) {
                overflow.add(e);
                continue;
            }
            // rows are chosen for labels up to maxLabel (a long title must not push others into clusters);
            // the label then takes whatever room is free beside it
            rows.endFull[row] = Math.max(s.left + s.barWidth, s.labelX + Math.min(s.fullLabel, o.maxLabel())) + o.gap();
            rows.endTight[row] = Math.max(s.left + s.barWidth, s.labelX + Math.min(s.fullLabel, o.minLabel())) + o.gap();
            placed.add(new TimelineLayout.Item(e, laneNo, row, s.left, s.barWidth,
                    laneY + 3 + row * o.rowHeight(), s.point, s.labelX, s.fullLabel, laneCount[e] > 1));
        }
        int rowsUsed = rows.count;
        List<TimelineLayout.Item> items = fitLabels(placed, o, scale.width());
        List<TimelineLayout.Cluster> clusters = clusters(index, overflow, laneNo,
                laneY + 3 + rowsUsed * o.rowHeight(), scale, o);
        return new LaneResult(items, clusters, rowsUsed);
    }

    /** The first badge's events when events going on from before it are counted there too: those, then its own. */
    private static TimelineLayout.Members withOngoing(int[] ongoing, int count, int[] members, int at, int next) {
        int[] all = Arrays.copyOf(ongoing, count + next - at);
        System.arraycopy(members, at, all, count, next - at);
        return TimelineLayout.Members.of(all);
    }

    /** Members in [lo, hi) (they start before the window's end) that have not ended before its start. */
    private static int[] visibleMembers(EventIndex index, int[] members, int lo, int hi, double from) {
        int[] out = new int[Math.max(0, hi - lo)];
        int n = 0;
        for (int k = lo; k < hi; k++) {
            int e = members[k];
            if (index.end(e) > from) {
                out[n++] = e;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The first member whose first day is not below {@code day}; members are in date order. */
    private static int lowerBound(EventIndex index, int[] members, double day) {
        int lo = 0;
        int hi = members.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index.first(members[mid]) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One counted cluster per absolute-time bucket across the window, from binary searches only. */
    private static List<TimelineLayout.Cluster> density(EventIndex index, int[] members, int laneNo, double y,
                                                        TimeScale scale, LayoutOptions o) {
        double bucketDays = o.clusterWidth() * scale.daysPerPixel();
        long b0 = (long) Math.floor(scale.startDay() / bucketDays);
        long b1 = (long) Math.floor(scale.endDay() / bucketDays);
        List<TimelineLayout.Cluster> result = new ArrayList<>();
        int at = lowerBound(index, members, b0 * bucketDays);
        // events that began before the first bucket and are still going on in the view are counted in the first
        // badge (else a close look at a dense lane hides what is going on there)
        int ongoing = 0;
        int[] ongoingEvents = new int[8];
        double ongoingFrom = Double.NaN;
        double ongoingTo = Double.NaN;
        for (int k = lowerBound(index, members, b0 * bucketDays - index.longest()); k < at; k++) {
            if (index.end(members[k]) > scale.startDay()) {
                if (ongoing == ongoingEvents.length) {
                    ongoingEvents = Arrays.copyOf(ongoingEvents, ongoing * 2);
                }
                ongoingEvents[ongoing++] = members[k];
                ongoingFrom = Double.isNaN(ongoingFrom) ? index.first(members[k]) : ongoingFrom;
                ongoingTo = index.first(members[k]) + 1;
            }
        }
        for (long b = b0; b <= b1; b++) {
            int next = lowerBound(index, members, (b + 1) * bucketDays);
            if (next > at || ongoing > 0) {
                double from = ongoing > 0 ? ongoingFrom : index.first(members[at]);
                double to = next > at ? index.first(members[next - 1]) + 1 : ongoingTo;
                result.add(new TimelineLayout.Cluster(laneNo, scale.x(b * bucketDays) + 1, o.clusterWidth() - 2, y,
                        next - at + ongoing, from, to, ongoing == 0 ? new TimelineLayout.Members(members, at, next)
                        : withOngoing(ongoingEvents, ongoing, members, at, next)));
                ongoing = 0;
            }
            at = next;
        }
        return result;
    }

    /** Where an event is drawn; its label starts at {@code labelX} and takes {@code fullLabel} if it has room. */
    private record Shape(double left, double barWidth, boolean point, double labelX, double fullLabel) {
    }

    /**
     * A bar that began before the view and still runs in it has its label pinned to the view's left edge (not
     * drawn off-screen and cut); a title takes the room it needs (shortened later only where the next item is).
     */
    private Shape shape(EventIndex index, int e, TimeScale scale, LayoutOptions o) {
        double x0 = scale.x(index.first(e));
        double x1 = scale.x(index.end(e));
        double label = measurer.width(index.title(e)) + 4;
        if (x1 - x0 < o.markerSize()) {
            double left = (x0 + x1) / 2 - o.markerSize() / 2;
            return new Shape(left, o.markerSize(), true, left, label);
        }
        double labelX = x0 < 0 && x1 > o.minLabel() ? 0 : x0;
        return new Shape(x0, x1 - x0, false, labelX, label);
    }

    /**
     * The rows a lane may use. At the closest zoom nothing can separate further by zooming (two events of
     * the same day stay on the same pixels), so there the cap is lifted and a lane takes as many rows as its
     * events need: no event is left in a cluster that no zoom could open.
     */
    static int rowCap(TimeScale scale, LayoutOptions o) {
        return scale.isClosest() ? Integer.MAX_VALUE : o.maxRows();
    }

    /** The right ends of a lane's rows so far (with the whole label, and with the shortest label). */
    private static final class Rows {
        private final int cap;
        double[] endFull = new double[8];
        double[] endTight = new double[8];
        int count;

        Rows(int cap) {
            this.cap = cap;
        }

        int first(double[] ends, double left) {
            for (int r = 0; r < count; r++) {
                if (ends[r] <= left) {
                    return r;
                }
            }
            return -1;
        }

        /** A new empty row, or -1 if the lane has all the rows it may have. */
        int open() {
            if (count >= cap) {
                return -1;
            }
            if (count == endFull.length) {
                endFull = Arrays.copyOf(endFull, count * 2);
                endTight = Arrays.copyOf(endTight, count * 2);
            }
            return count++;
        }
    }

    /**
     * Shortens each label to end before the next item of its row, or at the right edge of the view (a label
     * cut by the edge would lose letters without saying so); a label with too little room is hidden.
     */
    private static List<TimelineLayout.Item> fitLabels(List<TimelineLayout.Item> placed, LayoutOptions o, double viewWidth) {
        Map<Integer, List<TimelineLayout.Item>> byRow = new TreeMap<>();
        for (TimelineLayout.Item item : placed) {
            byRow.computeIfAbsent(item.row(), r -> new ArrayList<>()).add(item);
        }
        List<TimelineLayout.Item> result = new ArrayList<>(placed.size());
        for (List<TimelineLayout.Item> row : byRow.values()) {
            for (int i = 0; i < row.size(); i++) {
                TimelineLayout.Item item = row.get(i);
                double room = (i + 1 < row.size() ? row.get(i + 1).x() - o.gap() : viewWidth) - item.labelX();
                double width = Math.min(item.labelWidth(), room);
                if (width < 18) {
                    width = 0;
                }
                result.add(new TimelineLayout.Item(item.event(), item.lane(), item.row(), item.x(), item.barWidth(),
                        item.y(), item.point(), item.labelX(), width, item.inSeveralLanes()));
            }
        }
        result.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Double.compare(a.x(), b.x()));
        return result;
    }

    private static List<TimelineLayout.Cluster> clusters(EventIndex index, List<Integer> overflow, int laneNo,
                                                         double y, TimeScale scale, LayoutOptions o) {
        if (overflow.isEmpty()) {
            return List.of();
        }
        double bucketDays = o.clusterWidth() * scale.daysPerPixel();
        // overflow is in date order, so each bucket's events are a run of it
        List<TimelineLayout.Cluster> result = new ArrayList<>();
        int at = 0;
        while (at < overflow.size()) {
            long b = (long) Math.floor(index.first(overflow.get(at)) / bucketDays);
            int next = at;
            double from = Double.MAX_VALUE;
            double to = -Double.MAX_VALUE;
            while (next < overflow.size() && (long) Math.floor(index.first(overflow.get(next)) / bucketDays) == b) {
                from = Math.min(from, index.first(overflow.get(next)));
                to = Math.max(to, index.end(overflow.get(next)));
                next++;
            }
            int[] events = overflow.subList(at, next).stream().mapToInt(Integer::intValue).toArray();
            result.add(new TimelineLayout.Cluster(laneNo, scale.x(b * bucketDays) + 1, o.clusterWidth() - 2, y,
                    events.length, from, to, TimelineLayout.Members.of(events)));
            at = next;
        }
        return result;
    }
}
