package org.timescope.render;

import java.util.List;
import org.timescope.model.Indicator;
import org.timescope.timeline.layout.SeriesStrip;
import org.timescope.timeline.layout.TimeScale;

/**
 * Draws indicator series in strips on the timeline's time axis, one under the other: the series' name and unit,
 * its scale at the right edge, bars from zero over each observation's period (or, for ranks, dots joined by a
 * line, first place on top) and each value written beside its mark when there is room. A value the source
 * hedges ("over 24,000") is drawn with a dashed edge, as approximate dates are. The window and every snapshot
 * format use this painter, so vector output stays vector.
 */
public final class SeriesPainter {

    /** The height of one strip. */
    public static final double STRIP_HEIGHT = 64;
    private static final double LABEL_SPACE = 18;
    private static final double BOTTOM_SPACE = 6;
    private static final double DOT = 4;

    private SeriesPainter() {
    }

    /** The height of {@code count} strips. */
    public static double height(int count) {
        return count * STRIP_HEIGHT;
    }

    /**
     * Paints {@code strips} from {@code top}, the time axis starting at {@code left} ({@code scale} maps days to x
     * from there) and the strips {@code width} wide; {@code hovered} is outlined (null for none).
     */
    public static void paint(Surface s, List<SeriesStrip> strips, TimeScale scale, double left, double top,
                             double width, PaintStyle st, Indicator hovered) {
        double y = top;
        for (SeriesStrip strip : strips) {
            strip(s, strip, scale, left, y, width, st, hovered);
            y += STRIP_HEIGHT;
        }
    }

    /** The y of a level (0 bottom … 1 top) inside a strip drawn from {@code top}. */
    public static double levelY(double top, double level) {
        double plot = STRIP_HEIGHT - LABEL_SPACE - BOTTOM_SPACE;
        return top + LABEL_SPACE + (1 - level) * plot;
    }

    /** The level (0 bottom … 1 top) at a y inside a strip drawn from {@code top}: the inverse of {@link #levelY}. */
    public static double levelAt(double top, double y) {
        double plot = STRIP_HEIGHT - LABEL_SPACE - BOTTOM_SPACE;
        return 1 - (y - top - LABEL_SPACE) / plot;
    }

    private static void strip(Surface s, SeriesStrip strip, TimeScale scale, double left, double top, double width,
                              PaintStyle st, Indicator hovered) {
        s.fillRect(0, top, width, STRIP_HEIGHT, st.laneAlternate());
        s.line(0, top, width, top, st.grid(), 1, false);
        Rgb colour = st.accent();
        double base = levelY(top, strip.level(strip.kind() == SeriesStrip.Kind.RANK ? strip.bottomValue() : 0));
        s.pushClip(left, top, width - left, STRIP_HEIGHT);
        s.line(left, base, width, base, st.grid(), 1, false);
        List<SeriesStrip.Mark> marks = strip.place(scale);
        if (strip.kind() == SeriesStrip.Kind.RANK) {
            for (int i = 1; i < marks.size(); i++) {
                SeriesStrip.Mark a = marks.get(i - 1);
                SeriesStrip.Mark b = marks.get(i);
                s.line(left + a.centre(), levelY(top, a.level()), left + b.centre(), levelY(top, b.level()), colour.withAlpha(0.6), 1.5,
                        false);
            }
        }
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (SeriesStrip.Mark m : marks) {
            double x0 = left + m.x0();
            double x1 = left + m.x1();
            double yv = levelY(top, m.level());
            boolean hedged = m.observation().qualifier() != null && !m.observation().qualifier().isBlank();
            boolean isHovered = m.observation().equals(hovered);
            double barTop = Math.min(yv, base);
            if (strip.kind() == SeriesStrip.Kind.RANK) {
                double cx = left + m.centre();
                s.fillRoundRect(cx - DOT, yv - DOT, 2 * DOT, 2 * DOT, 2 * DOT, colour);
                if (isHovered) {
                    s.strokeRoundRect(cx - DOT - 2, yv - DOT - 2, 2 * DOT + 4, 2 * DOT + 4, 2 * DOT + 4, st.foreground(), 1.5);
                }
            } else {
                double h = Math.max(1, Math.abs(base - yv));
                s.fillRect(x0, barTop, x1 - x0, h, colour.withAlpha(hedged ? 0.25 : 0.5));
                s.strokeRect(x0, barTop, x1 - x0, h, colour, isHovered ? 2 : 1, hedged);
            }
            String label = shortValue(m.observation());
            double lw = s.textWidth(label, st.small());
            double lx = strip.kind() == SeriesStrip.Kind.RANK ? left + m.centre() + DOT + 3
                    : Math.max(x0 + 2, (x0 + x1) / 2 - lw / 2);
            if (lx > lastLabelEnd + 4 && lx + lw < width - 2) {
                double ly = strip.kind() == SeriesStrip.Kind.RANK ? yv + 4 : Math.max(top + LABEL_SPACE + 9, barTop - 3);
                s.text(label, lx, ly, st.foreground(), st.small());
                lastLabelEnd = lx + lw;
            }
        }
        s.popClip();
        String name = strip.series() + (strip.unit().isEmpty() ? "" : " (" + strip.unit() + ")");
        s.fillRect(0, top + 1, Math.min(width, s.textWidth(name, st.small()) + 12), LABEL_SPACE - 3,
                st.laneAlternate().withAlpha(0.85));
        s.text(name, 6, top + 13, st.foreground(), st.small());
        String topText = scaleText(strip.topValue());
        String bottomText = scaleText(strip.bottomValue());
        s.text(topText, width - s.textWidth(topText, st.small()) - 4, levelY(top, 1) + 4, st.muted(), st.small());
        s.text(bottomText, width - s.textWidth(bottomText, st.small()) - 4, levelY(top, 0), st.muted(), st.small());
    }

    /** The value as drawn beside its mark: hedge, number, no unit (the strip's name says it). */
    static String shortValue(Indicator i) {
        String full = SeriesStrip.valueText(i);
        String unit = i.unit() == null ? "" : i.unit();
        if (unit.equalsIgnoreCase("rank")) {
            return full.replace("rank ", "#");
        }
        return !unit.isEmpty() && !unit.equals("%") && full.endsWith(" " + unit)
                ? full.substring(0, full.length() - unit.length() - 1) : full;
    }

    private static String scaleText(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%,.1f", v);
    }
}
