package org.timescope.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.timescope.model.PartialDate;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * How a figure's timeline hides no event silently. Without a height the lanes take every row their events
 * need (the figure grows; only a lane denser than the engine lays out one by one is counted). With a height
 * the lanes get the most rows that fit in it, and the caption lists what is then counted in clusters, and
 * any lane the height cuts off.
 */
final class FigureFit {

    /** The tallest figure drawn: beyond it, as with a height, rows are capped and the caption says so. */
    static final double MAX_HEIGHT = 20_000;
    /** Clusters listed one per line; the rest are summed up in one line. */
    private static final int LISTED_CLUSTERS = 40;
    /** Titles named per cluster. */
    private static final int LISTED_TITLES = 6;

    private final LayoutEngine engine;
    private final EventIndex index;
    private final List<Lane> lanes;
    private final TimeScale scale;
    private final LaneMode mode;

    FigureFit(LayoutEngine engine, EventIndex index, List<Lane> lanes, TimeScale scale, LaneMode mode) {
        this.engine = engine;
        this.index = index;
        this.lanes = lanes;
        this.scale = scale;
        this.mode = mode;
    }

    /** The options of a figure's lanes with a cap on rows. */
    static LayoutOptions options(LaneMode mode, int maxRows) {
        LayoutOptions o = LayoutOptions.defaults(maxRows);
        return mode == LaneMode.NONE ? o : o.withMinLaneHeight(44);
    }

    /** Every event in a row of its own where it needs one. */
    TimelineLayout tallest() {
        return engine.layout(index, lanes, scale, options(mode, Integer.MAX_VALUE));
    }

    /** A figure's lanes with the caption lines that name what they count. */
    record Fitted(TimelineLayout layout, List<String> hidden) {
    }

    /**
     * The most rows per lane such that the lanes, and the caption lines naming what they then count, fit in
     * the figure: {@code roomWith} gives the pixels left for the lanes by a caption with those lines. Fewer
     * rows count more events and lengthen the caption, so caps are tried from the most rows any lane needs
     * downwards (in steps of a quarter above 16). If even one row does not fit, lanes are cut and named.
     */
    Fitted within(ToDoubleFunction<List<String>> roomWith) {
        TimelineLayout all = tallest();
        int most = Math.max(1, all.lanes().stream().mapToInt(TimelineLayout.LaneBox::rows).max().orElse(1));
        TimelineLayout layout = all;
        List<TimelineLayout> tried = new ArrayList<>();
        for (int k = most; k >= 1; k = k > 16 ? k * 3 / 4 : k - 1) {
            layout = k == most ? all : engine.layout(index, lanes, scale, options(mode, k));
            tried.add(layout);
            List<String> hidden = hidden(layout, Double.POSITIVE_INFINITY);
            if (layout.contentHeight() <= roomWith.applyAsDouble(hidden)) {
                return new Fitted(layout, hidden);
            }
        }
        // the clusters' list took the lanes' room (a 1000×600 figure in lanes by theme was all caption, no lane): the
        // caption then says how many events the clusters count, without listing them
        for (TimelineLayout t : tried) {
            List<String> brief = brief(hidden(t, Double.POSITIVE_INFINITY));
            if (t.contentHeight() <= roomWith.applyAsDouble(brief)) {
                return new Fitted(t, brief);
            }
        }
        // not even one row of every lane: the lanes that fit are drawn, and the caption, kept brief, names the rest
        List<String> brief = new ArrayList<>(brief(hidden(layout, Double.POSITIVE_INFINITY)));
        List<String> withCut = new ArrayList<>(brief);
        withCut.add("Lanes cut off by the figure's height: " + String.join("; ",
                layout.lanes().stream().map(TimelineLayout.LaneBox::label).toList()) + ".");
        List<String> caption = withCut; // from the longest cut line the caption could get: the room only grows
        for (int round = 0; round < 3; round++) {
            double room = roomWith.applyAsDouble(caption);
            List<String> next = new ArrayList<>(brief);
            next.addAll(hidden(layout, room).stream().filter(l -> l.startsWith("Lanes cut off")).toList());
            if (next.equals(caption)) {
                break;
            }
            caption = next;
        }
        return new Fitted(layout, caption);
    }

    /** The caption's first line (how many events clusters count) without the list of the clusters. */
    private static List<String> brief(List<String> hidden) {
        if (hidden.isEmpty()) {
            return hidden;
        }
        String first = hidden.get(0).replace(" (a taller figure, or none given, draws them):",
                " (a taller figure, or none given, draws and lists them).");
        return List.of(first);
    }

    /** Caption lines naming what {@code layout} counts instead of drawing, and lanes below {@code room}. */
    List<String> hidden(TimelineLayout layout, double room) {
        List<String> lines = new ArrayList<>();
        List<TimelineLayout.Cluster> clusters = layout.clusters();
        if (!clusters.isEmpty()) {
            java.util.BitSet counted = new java.util.BitSet(index.size());
            for (TimelineLayout.Cluster c : clusters) {
                for (int k = 0; k < c.events().size(); k++) {
                    counted.set(c.events().get(k));
                }
            }
            int n = counted.cardinality();
            lines.add(n + " of the " + index.size() + " events " + (n == 1 ? "is" : "are") + " counted in +N clusters,"
                    + " not drawn one by one (a taller figure, or none given, draws them):");
        }
        for (int c = 0; c < Math.min(LISTED_CLUSTERS, clusters.size()); c++) {
            lines.add(describe(layout, clusters.get(c)));
        }
        if (clusters.size() > LISTED_CLUSTERS) {
            List<TimelineLayout.Cluster> rest = clusters.subList(LISTED_CLUSTERS, clusters.size());
            lines.add("… and " + rest.size() + " more clusters of " + rest.stream()
                    .mapToInt(TimelineLayout.Cluster::count).sum() + " events.");
        }
        List<String> cut = new ArrayList<>();
        int cutEvents = 0;
        for (TimelineLayout.LaneBox lane : layout.lanes()) {
            // cut when its rows or its header (two lines) are: the blank rest of a lane taller than both is not
            double drawn = Math.min(lane.height(), Math.max(lane.rows() * options(mode, 1).rowHeight() + 6, 38));
            if (lane.y() + drawn > room + 0.5) {
                cut.add(lane.label());
                cutEvents += lane.events();
            }
        }
        if (!cut.isEmpty()) {
            lines.add("Lanes cut off by the figure's height (" + cutEvents + " events): " + String.join("; ", cut) + ".");
        }
        return lines;
    }

    private String describe(TimelineLayout layout, TimelineLayout.Cluster c) {
        StringBuilder line = new StringBuilder("+").append(c.count());
        if (mode != LaneMode.NONE) {
            line.append(" in ").append(layout.lanes().get(c.lane()).label());
        }
        line.append(", ").append(day(c.fromDay()));
        String last = day(c.toDay() - 1);
        if (!last.equals(day(c.fromDay()))) {
            line.append(" – ").append(last);
        }
        line.append(": ");
        int named = Math.min(LISTED_TITLES, c.events().size());
        for (int k = 0; k < named; k++) {
            line.append(k == 0 ? "" : "; ").append(index.title(c.events().get(k)));
        }
        if (c.events().size() > named) {
            line.append("; and ").append(c.events().size() - named).append(" more");
        }
        return line.append('.').toString();
    }

    private static String day(double epochDay) {
        return PartialDate.of(LocalDate.ofEpochDay((long) Math.floor(epochDay))).display();
    }
}
