package org.timescope.render;

import org.timescope.timeline.layout.EraBands;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Ticks;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws a laid-out timeline: axis with sticky context labels, lane headers, grid, eras behind the events
 * (see {@link EraPainter}), events and clusters.
 * Exact dates are solid; inferred dates are hatched; approximate dates are pale with a dashed edge.
 * The selected event is outlined in the accent colour in every lane it appears in, joined by a dotted line.
 */
public final class TimelinePainter {

    /** One frame: the layout plus where it sits, what is selected or under the pointer, and the eras behind it. */
    public record Frame(TimelineLayout layout, EventIndex index, double width, double height, double headerWidth,
                        double axisHeight, double scrollY, int selected, int hovered, boolean focused,
                        PaintStyle style, java.util.List<org.timescope.model.Era> eras) {
        public Frame {
            eras = eras == null ? java.util.List.of() : java.util.List.copyOf(eras);
        }

        /** A frame without eras. */
        public Frame(TimelineLayout layout, EventIndex index, double width, double height, double headerWidth,
                     double axisHeight, double scrollY, int selected, int hovered, boolean focused, PaintStyle style) {
            this(layout, index, width, height, headerWidth, axisHeight, scrollY, selected, hovered, focused, style,
                    java.util.List.of());
        }
    }

    private static final double BAR_TOP = 15;
    private static final double BAR_HEIGHT = 7;
    /** Pixels between the strokes of an inferred bar's hatching. */
    private static final double HATCH = 5;

    private TimelinePainter() {
    }

    public static void paint(Surface s, Frame f) {
        PaintStyle st = f.style();
        s.fillRect(0, 0, f.width(), f.height(), st.background());
        double top = f.axisHeight();
        java.util.List<EraBands.Band> eras = f.eras().isEmpty() ? java.util.List.of()
                : EraBands.layout(f.eras(), f.layout().scale(), text -> s.textWidth(text, st.small()));
        EraBands.Strip strip = EraBands.strip(eras, top - f.scrollY() + f.layout().contentHeight(), f.height());
        // the lanes end where the era names' strip begins: a name never covers an event
        double bottom = eras.isEmpty() ? f.height() : Math.max(top, strip.top());
        s.pushClip(0, top, f.width(), bottom - top);
        lanes(s, f);
        grid(s, f);
        s.pushClip(f.headerWidth(), top, f.width() - f.headerWidth(), bottom - top);
        EraPainter.bands(s, f.eras(), eras, f.headerWidth(), top, bottom, st, f.layout().lanes(),
                f.axisHeight() - f.scrollY());
        double rowHeight = f.layout().rowHeight();
        for (TimelineLayout.Item item : f.layout().items()) {
            if (!offScreen(f, f.axisHeight() + item.y() - f.scrollY() - 2, rowHeight + 2)) {
                item(s, f, item);
            }
        }
        connectors(s, f);
        for (TimelineLayout.Cluster c : f.layout().clusters()) {
            if (!offScreen(f, f.axisHeight() + c.y() - f.scrollY(), rowHeight)) {
                cluster(s, f, c);
            }
        }
        s.popClip();
        if (f.headerWidth() > 0) {
            headers(s, f);
        }
        s.popClip();
        s.pushClip(0, top, f.width(), f.height() - top);
        EraPainter.labels(s, f.eras(), eras, f.headerWidth(), f.width(), strip, st);
        s.popClip();
        axis(s, f);
        if (f.focused()) {
            s.strokeRect(1, 1, f.width() - 2, f.height() - 2, st.accent(), 2, false);
        }
    }

    /**
     * A lane wholly above or below the frame: its drawing would only queue commands the surface then clips
     * (with 200 lanes, most of a frame's canvas commands).
     */
    private static boolean offScreen(Frame f, double top, double height) {
        return top + height < f.axisHeight() - 1 || top > f.height() + 1;
    }

    private static double laneTop(Frame f, TimelineLayout.LaneBox lane) {
        return f.axisHeight() + lane.y() - f.scrollY();
    }

    private static void lanes(Surface s, Frame f) {
        java.util.List<TimelineLayout.LaneBox> boxes = f.layout().lanes();
        for (int i = 0; i < boxes.size(); i++) {
            TimelineLayout.LaneBox lane = boxes.get(i);
            double y = laneTop(f, lane);
            if (offScreen(f, y, lane.height())) {
                continue;
            }
            if (i % 2 == 1) {
                s.fillRect(0, y, f.width(), lane.height(), f.style().laneAlternate());
            }
            s.line(0, y + lane.height(), f.width(), y + lane.height(), f.style().grid(), 1, false);
        }
    }

    private static void grid(Surface s, Frame f) {
        for (Ticks.Tick t : f.layout().axis().minor()) {
            double x = f.headerWidth() + t.x();
            if (x >= f.headerWidth() && x <= f.width()) {
                s.line(x, f.axisHeight(), x, f.height(), f.style().grid().withAlpha(0.6), 1, false);
            }
        }
    }

    private static void item(Surface s, Frame f, TimelineLayout.Item item) {
        PaintStyle st = f.style();
        int e = item.event();
        EventIndex idx = f.index();
        Rgb colour = st.theme(f.index().colour(item.event()));
        double x = f.headerWidth() + item.x();
        double y = f.axisHeight() + item.y() - f.scrollY();
        double by = y + BAR_TOP;
        boolean approximate = idx.approximate(e);
        boolean inferred = idx.inferred(e);
        if (item.point() && idx.end(e) - idx.first(e) <= 1) {
            marker(s, x, by, item.barWidth(), colour, approximate, inferred);
        } else {
            // a month, a year or a range narrower than a marker stays a bar (the marker's width): the legend's ◆
            // is a day, and a figure must not make a month look as precise as one
            bar(s, x, by, item.barWidth(), f.headerWidth(), f.width(), colour, approximate, inferred);
        }
        if (item.labelWidth() > 0) {
            String label = org.timescope.timeline.layout.TextMeasurer.oneLine(idx.title(e)); // "a\nb" drew as "ab"
            s.text(fit(s, label, item.labelWidth(), st.label()), f.headerWidth() + item.labelX(), y + 11,
                    st.foreground(), st.label());
        }
        if (item.event() == f.selected() || item.event() == f.hovered()) {
            double w = Math.max(item.barWidth(), item.labelWidth()) + 6;
            boolean selected = item.event() == f.selected();
            s.strokeRoundRect(x - 3, y - 2, w, f.layout().rowHeight() - 1, 6,
                    selected ? st.accent() : st.muted(), selected ? 2 : 1);
        }
        if (item.inSeveralLanes()) {
            s.fillRect(x - 3, by + BAR_HEIGHT / 2 - 1, 2, 2, st.muted());
        }
    }

    /**
     * A bar cut to the visible columns [{@code viewLeft}, {@code viewRight}] (plus a few pixels, so its cut ends
     * stay outside the view): at close zoom a year-long event is hundreds of thousands of pixels wide, and
     * drawing its hatching or dashed edge in full cost seconds and a gigabyte per frame on screen. The
     * hatching keeps its phase from the bar's real start, so it does not shift while panning.
     */
    static void bar(Surface s, double x, double y, double w, double viewLeft, double viewRight, Rgb colour,
                    boolean approximate, boolean inferred) {
        double outside = 2 * BAR_HEIGHT;
        double left = Math.max(x, viewLeft - outside);
        double right = Math.min(x + w, viewRight + outside);
        if (right <= left) {
            return;
        }
        double cutW = right - left;
        if (!approximate && !inferred) {
            s.fillRoundRect(left, y, cutW, BAR_HEIGHT, 3, colour);
            return;
        }
        s.fillRoundRect(left, y, cutW, BAR_HEIGHT, 3, colour.withAlpha(approximate ? 0.3 : 0.35));
        if (inferred) {
            s.pushClip(left, y, cutW, BAR_HEIGHT);
            double first = x - BAR_HEIGHT + Math.max(0, Math.floor((left - x) / HATCH)) * HATCH;
            for (double hx = first; hx < right; hx += HATCH) {
                s.line(hx, y + BAR_HEIGHT, hx + BAR_HEIGHT, y, colour, 1.2, false);
            }
            s.popClip();
        }
        if (approximate) {
            s.strokeRect(left + 0.5, y + 0.5, cutW - 1, BAR_HEIGHT - 1, colour, 1, true);
        }
    }

    private static void marker(Surface s, double x, double y, double size, Rgb colour, boolean approximate,
                               boolean inferred) {
        double cx = x + size / 2;
        double cy = y + BAR_HEIGHT / 2;
        double r = size / 2 + 1;
        double[] xs = {cx, cx + r, cx, cx - r};
        double[] ys = {cy - r, cy, cy + r, cy};
        if (!approximate && !inferred) {
            s.fillPolygon(xs, ys, colour);
            return;
        }
        s.fillPolygon(xs, ys, colour.withAlpha(0.3));
        s.strokePolygon(xs, ys, colour, 1.5, approximate);
        if (inferred) {
            s.line(cx - r / 2, cy + r / 2, cx + r / 2, cy - r / 2, colour, 1.2, false);
        }
    }

    private static void connectors(Surface s, Frame f) {
        if (f.selected() < 0) {
            return;
        }
        TimelineLayout.Item previous = null;
        for (TimelineLayout.Item item : f.layout().items()) {
            if (item.event() != f.selected() || !item.inSeveralLanes()) {
                continue;
            }
            if (previous != null) {
                double x = f.headerWidth() + item.x() - 3;
                s.line(x, f.axisHeight() + previous.y() - f.scrollY() + f.layout().rowHeight() - 3,
                        x, f.axisHeight() + item.y() - f.scrollY() - 2, f.style().accent(), 1.5, true);
            }
            if (previous == null || item.lane() > previous.lane()) {
                previous = item;
            }
        }
    }

    /**
     * A counted badge. Its bucket is fixed in time (it does not move while panning), so the first and last may lie
     * partly outside the view: the badge is then drawn in the part inside and its count kept inside the view, never
     * cut by the edge ("+215" of "+21594"). A count too wide for its badge is written short ("+124k" for 123,959);
     * the list a click opens gives every event.
     */
    private static void cluster(Surface s, Frame f, TimelineLayout.Cluster c) {
        PaintStyle st = f.style();
        double x = f.headerWidth() + c.x();
        double y = f.axisHeight() + c.y() - f.scrollY() + 2;
        double h = f.layout().rowHeight() - 6;
        double left = Math.max(x, f.headerWidth());
        double right = Math.min(x + c.width(), f.width());
        if (right - left < 2) {
            return;
        }
        s.fillRoundRect(left, y, right - left, h, h, st.clusterFill());
        if (f.selected() >= 0 && c.events().holds(f.selected())) {
            // the selection counted here (zoomed out past drawing it): the badge is outlined as the selection is
            s.strokeRoundRect(left - 1.5, y - 1.5, right - left + 3, h + 3, h + 3, st.accent(), 2);
        }
        String label = "+" + c.count();
        double tw = s.textWidth(label, st.small());
        if (tw + 4 > c.width()) {
            label = "+" + shortCount(c.count());
            tw = s.textWidth(label, st.small());
        }
        double tx = Math.min(Math.max(x + (c.width() - tw) / 2, f.headerWidth() + 2), f.width() - tw - 2);
        s.text(label, tx, y + h / 2 + 4, st.clusterText(), st.small());
    }

    /** 123,959 as "124k", 2,345,678 as "2.3M"; below 10,000 as it is. */
    static String shortCount(int n) {
        if (n < 10_000) {
            return Integer.toString(n);
        }
        if (n < 1_000_000) {
            return Math.round(n / 1000.0) + "k";
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }

    private static void headers(Surface s, Frame f) {
        PaintStyle st = f.style();
        s.fillRect(0, f.axisHeight(), f.headerWidth(), f.height() - f.axisHeight(), st.headerBackground());
        s.line(f.headerWidth(), f.axisHeight(), f.headerWidth(), f.height(), st.grid(), 1, false);
        for (TimelineLayout.LaneBox lane : f.layout().lanes()) {
            double y = laneTop(f, lane);
            if (offScreen(f, y, lane.height())) {
                continue;
            }
            s.line(0, y + lane.height(), f.headerWidth(), y + lane.height(), st.grid(), 1, false);
            double room = f.headerWidth() - 16;
            s.text(fit(s, lane.label(), room, st.header()), 8, y + 17, st.foreground(), st.header());
            s.text(lane.events() + (lane.events() == 1 ? " event" : " events"), 8, y + 32, st.muted(), st.small());
        }
    }

    private static void axis(Surface s, Frame f) {
        PaintStyle st = f.style();
        s.fillRect(0, 0, f.width(), f.axisHeight(), st.headerBackground());
        s.line(0, f.axisHeight() - 0.5, f.width(), f.axisHeight() - 0.5, st.grid(), 1, false);
        s.pushClip(f.headerWidth(), 0, f.width() - f.headerWidth(), f.axisHeight());
        for (Ticks.Tick t : f.layout().axis().context()) {
            if (t.labelWidth() > 8) {
                s.text(fit(s, t.label(), t.labelWidth(), st.header()), f.headerWidth() + t.labelX(), 16,
                        st.foreground(), st.header());
            }
            double x = f.headerWidth() + t.x();
            s.line(x, 2, x, f.axisHeight(), st.grid(), 1, false);
        }
        for (Ticks.Tick t : f.layout().axis().minor()) {
            if (t.x() < 0 || t.labelX() + s.textWidth(t.label(), st.small()) > f.width() - f.headerWidth()) {
                continue; // its label would be cut by the left or the right edge ("20" of 2050)
            }
            double x = f.headerWidth() + t.x();
            s.line(x, f.axisHeight() - 8, x, f.axisHeight(), st.muted(), 1, false);
            s.text(t.label(), f.headerWidth() + t.labelX(), f.axisHeight() - 10, st.muted(), st.small());
        }
        s.popClip();
    }

    /**
     * The text, cut with "…" to fit {@code width}. The cut is first guessed from the proportion of the
     * width, then moved a character at a time: two or three measurements instead of a binary search.
     */
    public static String fit(Surface s, String text, double width, Surface.Font font) {
        double full = s.textWidth(text, font);
        if (full <= width) {
            return text;
        }
        int n = (int) Math.max(0, Math.min(text.length() - 1, Math.floor(text.length() * width / full)));
        while (n > 0 && s.textWidth(text.substring(0, n) + "…", font) > width) {
            n--;
        }
        while (n + 1 < text.length() && s.textWidth(text.substring(0, n + 1) + "…", font) <= width) {
            n++;
        }
        if (n == 0) {
            return "";
        }
        // end at a word: "Shanghai procuratorate and…", never "Shanghai procuratorate and Tong…"
        int space = text.lastIndexOf(' ', n);
        if (n < text.length() && text.charAt(n) != ' ' && space > 0) {
            n = space;
        }
        return text.substring(0, n).stripTrailing() + "…";
    }
}
