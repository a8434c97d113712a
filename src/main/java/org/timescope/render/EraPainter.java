package org.timescope.render;

import java.util.List;
import org.timescope.model.Era;
import org.timescope.timeline.layout.EraBands;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws eras behind a timeline: a translucent band over each era's time, edged on both sides, and its name on a
 * pill in a strip of their own under the lanes (at the view's foot when the lanes scroll), one label row per
 * overlap (see {@link EraBands}). An era without its own colour
 * takes one from a muted palette by its place in the list. Used by the screen and every snapshot format alike.
 */
public final class EraPainter {

    private static final List<Rgb> PALETTE = List.of(Rgb.hex("#8c6d1f"), Rgb.hex("#2f7f7a"), Rgb.hex("#6f4e9c"),
            Rgb.hex("#9c4e62"), Rgb.hex("#4e6a9c"), Rgb.hex("#5f7f2f"));

    private EraPainter() {
    }

    /** The colour an era is drawn in. */
    public static Rgb colour(Era era, int index) {
        return era.colour() != null ? Rgb.hex(era.colour()) : PALETTE.get(index % PALETTE.size());
    }

    /**
     * An era with its colour written out: its own, else the palette's for its place in the collection's eras (date
     * order). The window draws only the eras ticked, and a place among those would recolour the others whenever one
     * is hidden.
     */
    public static Era coloured(Era era, int indexInCollection) {
        if (era.colour() != null) {
            return era;
        }
        return withColour(era, PALETTE.get(indexInCollection % PALETTE.size()));
    }

    /**
     * Every era of a collection ({@code all}, in its date order) with its colour written out: its own, else the
     * palette's for its place among the eras without one. Eras created in the window or by a command are given a
     * colour of their own ({@link #firstFree}), so adding one, even an earlier one, recolours no other era.
     */
    public static java.util.List<Era> colouredAll(java.util.List<Era> all) {
        java.util.List<Era> out = new java.util.ArrayList<>(all.size());
        int place = 0;
        for (Era e : all) {
            out.add(e.colour() != null ? e : coloured(e, place++));
        }
        return out;
    }

    /** The colour for a new era: the first of the palette no era of {@code all} is drawn in (then round again). */
    public static String firstFree(java.util.List<Era> all) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Era e : colouredAll(all)) {
            used.add(e.colour().toLowerCase(java.util.Locale.ROOT));
        }
        for (Rgb c : PALETTE) {
            if (!used.contains(hex(c))) {
                return hex(c);
            }
        }
        return hex(PALETTE.get(all.size() % PALETTE.size()));
    }

    private static Era withColour(Era era, Rgb c) {
        return new Era(era.key(), era.name(), era.when(), hex(c), era.organisation(), era.theme(), era.notes(),
                era.evidence());
    }

    private static String hex(Rgb c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.r(), c.g(), c.b());
    }

    /**
     * The bands, over the plot from {@code top} to {@code bottom}, {@code left} being the plot's x = 0. An era
     * scoped to an organisation or theme that has a lane covers that lane only ({@code laneTop} is where lane
     * y = 0 is drawn).
     */
    public static void bands(Surface s, List<Era> eras, List<EraBands.Band> bands, double left, double top,
                             double bottom, PaintStyle st, List<TimelineLayout.LaneBox> lanes, double laneTop) {
        double alpha = dark(st) ? 0.16 : 0.10;
        for (EraBands.Band b : bands) {
            Era era = eras.get(b.era());
            Rgb c = colour(era, b.era());
            double y0 = top;
            double y1 = bottom;
            for (TimelineLayout.LaneBox lane : lanes) { // its organisation's or its theme's, whichever the lanes are
                if (lane.label().equalsIgnoreCase(era.organisation()) || lane.label().equalsIgnoreCase(era.theme())) {
                    y0 = Math.max(top, laneTop + lane.y());
                    y1 = Math.min(bottom, laneTop + lane.y() + lane.height());
                }
            }
            s.fillRect(left + b.x0(), y0, Math.max(1, b.x1() - b.x0()), y1 - y0, c.withAlpha(alpha));
            s.line(left + b.x0(), y0, left + b.x0(), y1, c.withAlpha(0.45), 1, true);
            s.line(left + b.x1(), y0, left + b.x1(), y1, c.withAlpha(0.45), 1, true);
        }
    }

    /**
     * The names, in the strip they have to themselves ({@link EraBands#strip}): a band of the background across
     * the view, edged at the top and headed "Eras" where lanes have headers, each name on a pill, row 0 first;
     * {@code left} is the plot's x = 0.
     */
    public static void labels(Surface s, List<Era> eras, List<EraBands.Band> bands, double left, double right,
                              EraBands.Strip strip, PaintStyle st) {
        if (bands.isEmpty()) {
            return;
        }
        Surface.Font font = st.small();
        s.fillRect(0, strip.top(), right, strip.height(), st.background());
        s.line(0, strip.top(), right, strip.top(), st.grid(), 1, false);
        if (left > 0) {
            s.text("Eras", 8, strip.top() + EraBands.ROW - 4, st.muted(), font);
        }
        for (EraBands.Band b : bands) {
            if (b.labelWidth() <= 0) {
                continue; // no room in the view for the name
            }
            Era era = eras.get(b.era());
            Rgb c = colour(era, b.era());
            EraBands.Rect r = EraBands.label(b, strip);
            String name = TimelinePainter.fit(s, era.name(), b.labelWidth(), font);
            double w = s.textWidth(name, font) + 8;
            s.fillRoundRect(left + r.x(), r.y(), w, r.h(), 6, st.background().withAlpha(0.88));
            s.fillRoundRect(left + r.x(), r.y(), w, r.h(), 6, c.withAlpha(dark(st) ? 0.16 : 0.10));
            s.strokeRoundRect(left + r.x(), r.y(), w, r.h(), 6, c.withAlpha(0.8), 1);
            s.text(name, left + b.labelX(), r.y() + EraBands.ROW - 6, dark(st) ? st.foreground() : c, font);
        }
    }

    /** The height the label rows take. */
    public static double labelsHeight(List<EraBands.Band> bands) {
        return bands.isEmpty() ? 0 : EraBands.rows(bands) * EraBands.ROW + 4;
    }

    private static boolean dark(PaintStyle st) {
        Rgb b = st.background();
        return b.r() + b.g() + b.b() < 384;
    }
}
