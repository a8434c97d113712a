package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.List;
import org.timescope.model.Era;

/**
 * Where eras go on a timeline: each era a band from its first to its last moment, and its name on a label row
 * of its own when it would run into the label of an earlier era, so overlapping eras stay legible. A label sticks
 * to the left edge while its band starts before the view. Pure and deterministic: same eras and scale, same bands.
 */
public final class EraBands {

    /** The narrowest name worth drawing: an ellipsis and a couple of letters. */
    private static final double MIN_LABEL = 24;

    /** Pixels between two labels on one row, and from a band's edge to its label. */
    public static final double GAP = 10;
    public static final double PAD = 4;

    /** An era's band ({@code x0}–{@code x1}, clipped to the view), its label's place and its label row (0 first). */
    public record Band(int era, double x0, double x1, double labelX, double labelWidth, int row) {
    }

    private EraBands() {
    }

    /**
     * The eras that have somewhere to go over lanes of {@code mode}. An era scoped to an organisation, over lanes by
     * organisation, or to a theme, over lanes by theme, covers its own lane only; when a filter or a search has
     * emptied that lane (it is not among {@code lanes}), the era is left out — it would otherwise cover every lane.
     * Without lanes, or over lanes of the other kind, an era covers them all and is kept.
     */
    public static List<Era> over(List<Era> eras, LaneMode mode, List<Lane> lanes) {
        if (mode == LaneMode.NONE || eras.isEmpty()) {
            return eras;
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Lane lane : lanes) {
            labels.add(lane.label().toLowerCase(java.util.Locale.ROOT));
        }
        List<Era> out = new ArrayList<>(eras.size());
        for (Era e : eras) {
            String scope = mode == LaneMode.ORGANISATION ? e.organisation() : e.theme();
            if (scope == null || labels.contains(scope.toLowerCase(java.util.Locale.ROOT))) {
                out.add(e);
            }
        }
        return out.size() == eras.size() ? eras : List.copyOf(out);
    }

    /** Bands of the eras (in the given order) that overlap the view, with label rows assigned first come, first served. */
    public static List<Band> layout(List<Era> eras, TimeScale scale, TextMeasurer measurer) {
        List<Band> bands = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x0 = scale.x(era.when().from());
            double x1 = scale.x(era.when().until());
            if (x1 < 0 || x0 > scale.width()) {
                continue;
            }
            double left = Math.max(x0, 0);
            double right = Math.min(x1, scale.width());
            double labelX = left + PAD;
            // a name that would run past the view's right edge is cut short to end inside it ("Shanghai IP…"),
            // rather than slid left over an earlier era's band; with no room for a few letters there is no name
            double room = scale.width() - PAD - labelX;
            double labelWidth = Math.min(measurer.width(era.name()), Math.max(0, room));
            if (labelWidth < MIN_LABEL) {
                labelWidth = 0;
            }
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + GAP > labelX) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, labelX + labelWidth);
            bands.add(new Band(i, left, right, labelX, labelWidth, row));
        }
        return bands;
    }

    /** The height of one label row. */
    public static final double ROW = 16;

    /**
     * The band the era names have to themselves in a view whose lanes may scroll: directly under the last lane
     * when the lanes end above the view's foot, else at the foot, which the lanes then give up (they scroll above
     * it). Events are drawn only above {@link #top()}, so a name never covers an event's bar or title.
     */
    public record Strip(double top, double height) {
        public double bottom() {
            return top + height;
        }
    }

    /** A label's rectangle on screen, {@code x} from the plot's left edge. */
    public record Rect(double x, double y, double w, double h) {
        public boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /**
     * Where the names go: {@code contentBottom} is where the last lane ends on screen (after scrolling),
     * {@code viewBottom} the view's foot. No bands, no strip (height 0 at the content's end).
     */
    public static Strip strip(List<Band> bands, double contentBottom, double viewBottom) {
        double height = bands.isEmpty() ? 0 : rows(bands) * ROW + 4;
        return new Strip(Math.min(contentBottom, viewBottom - height), height);
    }

    /** The pill a band's name is drawn on: row 0 at the top of the strip. */
    public static Rect label(Band b, Strip strip) {
        return new Rect(b.labelX() - 4, strip.top() + 2 + b.row() * ROW, b.labelWidth() + 8, ROW - 2);
    }

    /** How many label rows the bands use. */
    public static int rows(List<Band> bands) {
        return bands.stream().mapToInt(b -> b.row() + 1).max().orElse(0);
    }
}
