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
        return layout(index, lanes, scale, o, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * Lays out, one by one, only the lanes that overlap {@code [top, bottom)} of the lanes area (what the
     * view and its scroll position show): every other lane is packed just far enough to count its rows, with
     * no per-event objects, so the lane boxes and the content height are those of the full layout and the
     * laid-out lanes get exactly the items and clusters the full layout gives them (decision 0038).
     */
    public TimelineLayout layout(EventIndex index, List<Lane> lanes, TimeScale scale, LayoutOptions o,
                                 double top, double bottom) {
        List<TimelineLayout.LaneBox> boxes = new ArrayList<>(lanes.size());
        List<TimelineLayout.Item> items = new ArrayList<>();
        List<TimelineLayout.Cluster> clusters = new ArrayList<>();
        LaneCounts counts = laneCounts(index, lanes);
        Packer packer = new Packer(index, scale, o, rowCap(scale, o));
        double y = 0;
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            int rows;
            boolean clustered;
            // a lane starting inside the band is laid out straight away; one above it is counted first to see
            // whether it reaches into the band
            boolean inBand = y >= top && y < bottom;
            if (!inBand) {
                inBand = y + packer.count(lane) > top && y < bottom;
            }
            if (inBand) {
                LaneResult r = layoutLane(packer, lane, l, y, counts);
                items.addAll(r.items);
                clusters.addAll(r.clusters);
                rows = r.rows;
                clustered = !r.clusters.isEmpty();
            } else {
                rows = packer.rows;
                clustered = packer.clustered;
            }
            rows = Math.max(1, rows) + (clustered ? 1 : 0);
            double height = Math.max(rows * o.rowHeight() + 6, o.minLaneHeight());
            boxes.add(new TimelineLayout.LaneBox(lane.label(), y, height, rows, lane.members().length));
            y += height;
        }
        return new TimelineLayout(scale, Ticks.axis(scale, measurer), boxes, items, clusters, y, o.rowHeight());
    }

    /** How many lanes each event is in, kept while the same index and lanes are laid out again (every frame). */
    private record LaneCounts(EventIndex index, List<Lane> lanes, int[] count) {
        boolean inSeveral(int event) {
            return count != null && count[event] > 1;
        }
    }

    /**
     * Each event's title width, measured the first time the event is laid out and kept for its index: a frame
     * with 100,000 visible titles looked each up in a map by text (hashing the titles was most of its time).
     * Kept in blocks of 4,096 events made when a frame first measures one of theirs: a new index (after every
     * edit) costs a spine of references, not an array of the index's size. A filter's subset shows rows of the
     * index it picks from, so its widths are that index's: ticking a filter on and off measures no title twice.
     */
    private record LabelWidths(EventIndex index, float[][] blocks) {
        static final int SHIFT = 12;

        static LabelWidths of(EventIndex index) {
            return new LabelWidths(index, new float[(index.size() + (1 << SHIFT) - 1) >>> SHIFT][]);
        }

        double of(int event, TextMeasurer measurer) {
            float[] block = blocks[event >>> SHIFT];
            if (block == null) {
                block = new float[1 << SHIFT];
                Arrays.fill(block, -1);
                blocks[event >>> SHIFT] = block;
            }
            int at = event & ((1 << SHIFT) - 1);
            float w = block[at];
            if (w < 0) {
                w = (float) measurer.width(TextMeasurer.oneLine(index.title(event)));
                block[at] = w;
            }
            return w;
        }
    }

    private volatile LabelWidths lastWidths;

    private LabelWidths labelWidths(EventIndex index) {
        LabelWidths last = lastWidths;
        if (last != null && last.index == index) {
            return last;
        }
        LabelWidths widths = LabelWidths.of(index);
        lastWidths = widths;
        return widths;
    }

    private volatile LaneCounts lastCounts;

    private LaneCounts laneCounts(EventIndex index, List<Lane> lanes) {
        LaneCounts last = lastCounts;
        if (last != null && last.index == index && last.lanes == lanes) {
            return last;
        }
        int[] count = null;
        if (lanes.size() > 1) {
            // one lane (no lane mode) puts no event in two lanes: no array of the index's size per frame
            count = new int[index.size()];
            for (Lane lane : lanes) {
                for (int e : lane.members()) {
                    count[e]++;
                }
            }
        }
        LaneCounts counts = new LaneCounts(index, lanes, count);
        lastCounts = counts;
        return counts;
    }

    private record LaneResult(List<TimelineLayout.Item> items, List<TimelineLayout.Cluster> clusters, int rows) {
    }

    /**
     * Packs a lane's visible events into rows. {@link #count} only counts the rows (and whether any event is
     * left for a cluster), allocating nothing per event; {@link #layoutLane} places them with the same steps,
     * so both agree row for row.
     */
    private final class Packer {
        final EventIndex index;
        final TimeScale scale;
        final LayoutOptions o;
        final Rows rowEnds;
        final LabelWidths widths;
        // the current event's shape (one scratch instead of an object per event)
        double left;
        double barWidth;
        boolean point;
        double labelX;
        double fullLabel;
        // the lane's visible members: ongoing ones are in [lo, mid) with end > view start, starting ones [mid, hi)
        int lo;
        int mid;
        int hi;
        int ongoing;
        boolean dense;
        // what count() found
        int rows;
        boolean clustered;

        Packer(EventIndex index, TimeScale scale, LayoutOptions o, int cap) {
            this.index = index;
            this.scale = scale;
            this.o = o;
            this.rowEnds = new Rows(cap);
            this.widths = labelWidths(index.rowSource());
        }

        /** Finds the lane's visible members; true when there are too many to place one by one. */
        boolean select(int[] members) {
            // a label may run up to maxLabel to the right of its event, so look that far left of the view:
            // events starting up to one label's width left of the view may show their label; older ones only if
            // they are still going on when the view starts
            double lookback = scale.day(-o.maxLabel());
            double to = scale.day(scale.width() + o.markerSize());
            hi = lowerBound(index, members, to);
            mid = lowerBound(index, members, lookback);
            ongoing = 0;
            if (hi - mid > o.densityLimit()) {
                return dense = true;
            }
            lo = lowerBound(index, members, lookback - index.longest());
            double from = scale.startDay();
            for (int k = lo; k < mid; k++) {
                if (index.end(members[k]) > from) {
                    ongoing++;
                }
            }
            return dense = hi - mid + ongoing > o.densityLimit();
        }

        /** The lane's height in the full layout when it has no clusters; sets {@link #rows} and {@link #clustered}. */
        double count(Lane lane) {
            int[] members = lane.members();
            if (select(members)) {
                rows = 0;
                clustered = !density(index, members, 0, 0, scale, o).isEmpty();
            } else {
                rowEnds.reset();
                clustered = false;
                double from = scale.startDay();
                for (int k = lo; k < hi; k++) {
                    int e = members[k];
                    if (k < mid && index.end(e) <= from) {
                        continue;
                    }
                    if (place(e) < 0) {
                        clustered = true;
                    }
                }
                rows = rowEnds.count;
            }
            int shown = Math.max(1, rows) + (clustered ? 1 : 0);
            return Math.max(shown * o.rowHeight() + 6, o.minLaneHeight());
        }

        /** Puts event {@code e} in a row and returns the row, or -1 when it finds none (it is then counted). */
        int place(int e) {
            shape(e);
            Rows r = rowEnds;
            int row = r.first(r.endFull, left);
            if (row < 0) {
                row = r.open();
            }
            if (row < 0) {
                row = r.first(r.endTight, left);
            }
            if (row < 0) {
                return -1;
            }
            // rows are chosen for labels up to maxLabel (a long title must not push others into clusters);
            // the label then takes whatever room is free beside it
            r.endFull[row] = Math.max(left + barWidth, labelX + Math.min(fullLabel, o.maxLabel())) + o.gap();
            r.endTight[row] = Math.max(left + barWidth, labelX + Math.min(fullLabel, o.minLabel())) + o.gap();
            return row;
        }

        /**
         * Where an event is drawn; its label starts at {@code labelX} and takes {@code fullLabel} if it has room.
         * A bar that began before the view and still runs in it has its label pinned to the view's left edge (not
         * drawn off-screen and cut); a title takes the room it needs (shortened later only where the next item is).
         */
        void shape(int e) {
            double x0 = scale.x(index.first(e));
            double x1 = scale.x(index.end(e));
            fullLabel = widths.of(index.rowSourcePosition(e), measurer) + 4;
            if (x1 - x0 < o.markerSize()) {
                left = (x0 + x1) / 2 - o.markerSize() / 2;
                barWidth = o.markerSize();
                point = true;
                labelX = left;
            } else {
                left = x0;
                barWidth = x1 - x0;
                point = false;
                labelX = x0 < 0 && x1 > o.minLabel() ? 0 : x0;
            }
        }
    }

    private LaneResult layoutLane(Packer p, Lane lane, int laneNo, double laneY, LaneCounts counts) {
        EventIndex index = p.index;
        LayoutOptions o = p.o;
        TimeScale scale = p.scale;
        int[] members = lane.members();
        if (p.select(members)) {
            // too many to place one by one: counted clusters straight from the sorted starts, cost ~ buckets × log n
            return new LaneResult(List.of(), density(index, members, laneNo, laneY + 3, scale, o), 0);
        }
        p.rowEnds.reset();
        int[] overflow = new int[8];
        int overflowed = 0;
        List<TimelineLayout.Item> placed = new ArrayList<>();
        double from = scale.startDay();
        for (int k = p.lo; k < p.hi; k++) {
            int e = members[k];
            if (k < p.mid && index.end(e) <= from) {
                continue;
            }
            int row = p.place(e);
            if (row < 0) {
                if (overflowed == overflow.length) {
                    overflow = Arrays.copyOf(overflow, overflowed * 2);
                }
                overflow[overflowed++] = e;
                continue;
            }
            placed.add(new TimelineLayout.Item(e, laneNo, row, p.left, p.barWidth,
                    laneY + 3 + row * o.rowHeight(), p.point, p.labelX, p.fullLabel, counts.inSeveral(e)));
        }
        int rowsUsed = p.rowEnds.count;
        List<TimelineLayout.Item> items = fitLabels(placed, o, scale.width());
        List<TimelineLayout.Cluster> clusters = clusters(index, overflow, overflowed, laneNo,
                laneY + 3 + rowsUsed * o.rowHeight(), scale, o);
        return new LaneResult(items, clusters, rowsUsed);
    }

    /** The first badge's events when events going on from before it are counted there too: those, then its own. */
    private static TimelineLayout.Members withOngoing(int[] ongoing, int count, int[] members, int at, int next) {
        int[] all = Arrays.copyOf(ongoing, count + next - at);
        System.arraycopy(members, at, all, count, next - at);
        return TimelineLayout.Members.of(all);
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

        void reset() {
            count = 0;
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
                // the next item may itself lie past the right edge: the label still ends at the edge
                double end = i + 1 < row.size() ? Math.min(row.get(i + 1).x() - o.gap(), viewWidth) : viewWidth;
                double room = end - item.labelX();
                double width = Math.min(item.labelWidth(), room);
                if (width < 18 || item.labelX() < -o.markerSize()) {
                    // too short to read, or the end of a title whose event lies left of the view ("ng EDITED")
                    width = 0;
                }
                result.add(new TimelineLayout.Item(item.event(), item.lane(), item.row(), item.x(), item.barWidth(),
                        item.y(), item.point(), item.labelX(), width, item.inSeveralLanes()));
            }
        }
        result.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Double.compare(a.x(), b.x()));
        return result;
    }

    private static List<TimelineLayout.Cluster> clusters(EventIndex index, int[] overflow, int n, int laneNo,
                                                         double y, TimeScale scale, LayoutOptions o) {
        if (n == 0) {
            return List.of();
        }
        double bucketDays = o.clusterWidth() * scale.daysPerPixel();
        // overflow is in date order, so each bucket's events are a run of it
        List<TimelineLayout.Cluster> result = new ArrayList<>();
        int at = 0;
        while (at < n) {
            long b = (long) Math.floor(index.first(overflow[at]) / bucketDays);
            int next = at;
            double from = Double.MAX_VALUE;
            double to = -Double.MAX_VALUE;
            while (next < n && (long) Math.floor(index.first(overflow[next]) / bucketDays) == b) {
                from = Math.min(from, index.first(overflow[next]));
                to = Math.max(to, index.end(overflow[next]));
                next++;
            }
            int[] events = Arrays.copyOfRange(overflow, at, next);
            result.add(new TimelineLayout.Cluster(laneNo, scale.x(b * bucketDays) + 1, o.clusterWidth() - 2, y,
                    events.length, from, to, TimelineLayout.Members.of(events)));
            at = next;
        }
        return result;
    }
}
