package org.timescope.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.timescope.model.LinkKind;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws the selected event's links as connectors (decision 0032): an arc from the selected event to each linked
 * event drawn in the view — or to the cluster badge that counts it —, coloured by kind, dashed for the undirected
 * kinds, with an arrowhead at the link's "to" end for the directed ones. A linked event outside the view gets a
 * small arrow marker on the edge it lies beyond instead. Nothing is drawn (and nothing is computed) without a
 * selection that is drawn and has links.
 */
public final class LinkConnectors {

    /** A linked event: its position in the index, the kind, and whether the link points away from the selection. */
    public record Target(int event, LinkKind kind, boolean outgoing) {
    }

    /** The plot in surface coordinates: where layout x = 0 and y = 0 are, its size, and the vertical scroll. */
    public record Plot(double left, double top, double width, double height, double scroll) {
    }

    /** What was drawn: connectors to events or clusters in view, and edge markers for events beyond it. */
    public record Drawn(int connectors, int markers) {
        public static final Drawn NONE = new Drawn(0, 0);
    }

    private static final int SEGMENTS = 20;

    private LinkConnectors() {
    }

    /** The colour of a kind, light or dark. */
    public static Rgb colour(LinkKind kind, boolean dark) {
        return Rgb.hex(switch (kind) {
            case SERIES -> dark ? "#7fb2ff" : "#2c64b8";
            case FOLLOWS -> dark ? "#ffa866" : "#b85a12";
            case PART_OF -> dark ? "#6ad49a" : "#23804d";
            case IMPLEMENTS -> dark ? "#cf9cf5" : "#7e3aa3";
            case RELATED -> dark ? "#c3ccce" : "#5f6b6d";
        });
    }

    public static Drawn paint(Surface s, TimelineLayout layout, int selected, List<Target> targets,
                              IntToDoubleFunction firstDay, Plot p, PaintStyle st) {
        if (selected < 0 || targets.isEmpty() || layout == null) {
            return Drawn.NONE;
        }
        Map<Integer, TimelineLayout.Item> items = new HashMap<>();
        for (TimelineLayout.Item i : layout.items()) {
            items.putIfAbsent(i.event(), i);
        }
        TimelineLayout.Item from = items.get(selected);
        if (from == null) {
            return Drawn.NONE; // the selection itself is not drawn here (scrolled away, or counted in a cluster)
        }
        boolean dark = st.background().r() + st.background().g() + st.background().b() < 384;
        double half = layout.rowHeight() / 2 - 1;
        double x0 = p.left() + from.x() + Math.min(4, from.barWidth() / 2);
        double y0 = p.top() + from.y() - p.scroll() + half;
        int connectors = 0;
        int markers = 0;
        s.pushClip(p.left(), p.top(), p.width(), p.height());
        for (Target t : targets) {
            Rgb c = colour(t.kind(), dark);
            double[] end = anchor(layout, items, t.event(), p, half);
            if (end != null) {
                arc(s, x0, y0, end[0], end[1], c, t, p);
                connectors++;
            } else {
                double day = firstDay.applyAsDouble(t.event());
                double x = p.left() + layout.scale().x(day);
                double y = Math.max(p.top() + 10, Math.min(p.top() + p.height() - 10, y0));
                if (x < p.left()) {
                    marker(s, p.left() + 2, y, -1, c);
                } else if (x > p.left() + p.width()) {
                    marker(s, p.left() + p.width() - 2, y, 1, c);
                } else {
                    marker(s, Math.max(p.left() + 8, Math.min(p.left() + p.width() - 8, x)), p.top() + p.height() - 2, 0, c);
                }
                markers++;
            }
        }
        s.popClip();
        return new Drawn(connectors, markers);
    }

    /** Where a linked event is drawn: its bar's start, or the middle of the cluster badge counting it; null if neither. */
    private static double[] anchor(TimelineLayout layout, Map<Integer, TimelineLayout.Item> items, int event, Plot p,
                                   double half) {
        TimelineLayout.Item i = items.get(event);
        if (i != null) {
            return new double[] {p.left() + i.x() + Math.min(4, i.barWidth() / 2), p.top() + i.y() - p.scroll() + half};
        }
        for (TimelineLayout.Cluster c : layout.clusters()) {
            if (c.events().contains(event)) {
                return new double[] {p.left() + c.x() + c.width() / 2, p.top() + c.y() - p.scroll() + half};
            }
        }
        return null;
    }

    /**
     * A quadratic arc between the two anchors, with an arrowhead at the link's "to" end: bowing upwards between
     * events apart in time, leftwards (into the free space before the bars start) between events of about one day.
     * An arc that would leave the plot there (events in the top row, or at the left edge) bows the other way, so that
     * the axis or the lane headers do not cut it.
     */
    private static void arc(Surface s, double x0, double y0, double x1, double y1, Rgb c, Target t, Plot p) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double cx;
        double cy;
        if (Math.abs(dx) < 40) {
            double bow = Math.min(90, 16 + Math.abs(dy) * 0.35);
            cx = Math.min(x0, x1) - bow;
            if (apex(x0, cx, x1) < p.left() + 4) {
                cx = Math.max(x0, x1) + bow;
            }
            cy = (y0 + y1) / 2;
        } else {
            double bow = Math.min(80, 18 + Math.abs(dx) * 0.2);
            cx = (x0 + x1) / 2;
            cy = Math.min(y0, y1) - bow;
            if (apex(y0, cy, y1) < p.top() + 4) {
                cy = Math.max(y0, y1) + bow;
            }
        }
        boolean dashed = !t.kind().directed();
        double px = x0;
        double py = y0;
        for (int k = 1; k <= SEGMENTS; k++) {
            double u = k / (double) SEGMENTS;
            double qx = (1 - u) * (1 - u) * x0 + 2 * (1 - u) * u * cx + u * u * x1;
            double qy = (1 - u) * (1 - u) * y0 + 2 * (1 - u) * u * cy + u * u * y1;
            s.line(px, py, qx, qy, c, 2, dashed && k % 2 == 0);
            px = qx;
            py = qy;
        }
        dot(s, x0, y0, c);
        if (t.kind().directed()) {
            // the arrow points at the "to" end: the linked event when the link goes out, the selection otherwise
            if (t.outgoing()) {
                arrow(s, x1, y1, x1 - cx, y1 - cy, c);
            } else {
                arrow(s, x0, y0, x0 - cx, y0 - cy, c);
            }
        } else {
            dot(s, x1, y1, c);
        }
    }

    /** The middle of a quadratic arc (u = 1/2), along one axis: how far it bows. */
    private static double apex(double a0, double control, double a1) {
        return 0.25 * a0 + 0.5 * control + 0.25 * a1;
    }

    private static void arrow(Surface s, double x, double y, double dx, double dy, Rgb c) {
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double size = 9;
        s.fillPolygon(new double[] {x, x - ux * size - uy * size * 0.55, x - ux * size + uy * size * 0.55},
                new double[] {y, y - uy * size + ux * size * 0.55, y - uy * size - ux * size * 0.55}, c);
    }

    private static void dot(Surface s, double x, double y, Rgb c) {
        s.fillRoundRect(x - 3, y - 3, 6, 6, 6, c);
    }

    /** An arrow on the plot's edge pointing where the linked event lies: -1 left, 1 right, 0 down (below the rows). */
    private static void marker(Surface s, double x, double y, int side, Rgb c) {
        if (side == 0) {
            s.fillPolygon(new double[] {x - 7, x + 7, x}, new double[] {y - 9, y - 9, y}, c);
        } else {
            s.fillPolygon(new double[] {x, x - side * 10, x - side * 10}, new double[] {y, y - 7, y + 7}, c);
        }
    }
}
