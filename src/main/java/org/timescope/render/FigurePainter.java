package org.timescope.render;

import java.util.ArrayList;
import java.util.List;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws a whole figure — title, timeline, legend, caption, footnote — top to bottom on a surface. The
 * timeline part is the same {@link TimelinePainter} the window uses, so a snapshot shows what the window
 * shows. Text that does not fit the width wraps; nothing is drawn outside the figure.
 */
public final class FigurePainter {

    public static final double MARGIN = 16;
    public static final double AXIS_HEIGHT = 44;
    private static final Surface.Font TITLE = new Surface.Font(18, true);
    private static final double LINE = 16;

    private FigurePainter() {
    }

    /** The parts' heights for a width: everything but the timeline is measured here. */
    public record Parts(List<String> title, List<String> legend, List<String> caption, List<String> footnote,
                        double titleHeight, double legendHeight, double captionHeight, double seriesHeight) {
        public double fixedHeight() {
            return titleHeight + legendHeight + captionHeight + seriesHeight + 2 * MARGIN;
        }
    }

    public static Parts measure(Surface s, Figure f, double width, PaintStyle st) {
        double inner = width - 2 * MARGIN;
        List<String> title = f.hasTitle() ? wrap(s, f.title(), inner, TITLE) : List.of();
        List<String> legend = legendRows(s, f.legend().stream().map(Figure.LegendEntry::theme).toList(), inner, st);
        List<String> caption = new ArrayList<>();
        for (String line : f.caption()) {
            caption.addAll(wrap(s, line, inner, st.small()));
        }
        List<String> footnote = new ArrayList<>();
        for (String line : f.footnote()) {
            footnote.addAll(wrap(s, line, inner, st.small()));
        }
        double titleHeight = title.isEmpty() ? 0 : title.size() * 24 + 8;
        double legendHeight = legend.isEmpty() ? 0 : legend.size() * LINE + 20;
        double captionHeight = (caption.size() + (footnote.isEmpty() ? 0 : footnote.size() + 1)) * LINE
                + (caption.isEmpty() && footnote.isEmpty() ? 0 : 10);
        double seriesHeight = f.series().isEmpty() ? 0 : SeriesPainter.height(f.series().size()) + 6;
        return new Parts(title, legend, caption, footnote, titleHeight, legendHeight, captionHeight, seriesHeight);
    }

    /** The height a figure needs to show the whole timeline of {@code layout}. */
    public static double naturalHeight(Parts parts, TimelineLayout layout) {
        return parts.fixedHeight() + AXIS_HEIGHT + layout.contentHeight() + 2;
    }

    public static void paint(Surface s, Figure f, Parts parts, TimelineLayout layout, EventIndex index,
                             double width, double height, double headerWidth, int selected, PaintStyle st) {
        s.fillRect(0, 0, width, height, st.background());
        double y = MARGIN;
        for (String line : parts.title()) {
            s.text(line, MARGIN, y + 18, st.foreground(), TITLE);
            y += 24;
        }
        y += parts.titleHeight() == 0 ? 0 : 8;
        double timelineHeight = Math.max(AXIS_HEIGHT + 10, height - y - MARGIN - parts.legendHeight()
                - parts.captionHeight() - parts.seriesHeight());
        Surface region = new OffsetSurface(s, MARGIN, y);
        region.pushClip(0, 0, width - 2 * MARGIN, timelineHeight);
        TimelinePainter.paint(region, new TimelinePainter.Frame(layout, index, width - 2 * MARGIN, timelineHeight,
                headerWidth, AXIS_HEIGHT, 0, selected, -1, false, st, f.eras()));
        region.popClip();
        s.strokeRect(MARGIN, y, width - 2 * MARGIN, timelineHeight, st.grid(), 1, false);
        y += timelineHeight;
        if (!f.series().isEmpty()) {
            Surface strips = new OffsetSurface(s, MARGIN, y);
            double stripsHeight = SeriesPainter.height(f.series().size());
            strips.pushClip(0, 0, width - 2 * MARGIN, stripsHeight);
            SeriesPainter.paint(strips, f.series(), layout.scale(), headerWidth, 0, width - 2 * MARGIN, st, null);
            strips.popClip();
            s.strokeRect(MARGIN, y, width - 2 * MARGIN, stripsHeight, st.grid(), 1, false);
            y += stripsHeight + 6;
        }
        y += 10;
        y = legend(s, f, parts, y, st);
        for (String line : parts.caption()) {
            s.text(line, MARGIN, y + 12, st.muted(), st.small());
            y += LINE;
        }
        if (!parts.footnote().isEmpty()) {
            y += LINE / 2;
            s.line(MARGIN, y, MARGIN + 120, y, st.grid(), 1, false);
            y += LINE / 2;
            for (String line : parts.footnote()) {
                s.text(line, MARGIN, y + 12, st.foreground(), st.small());
                y += LINE;
            }
        }
    }

    private static double legend(Surface s, Figure f, Parts parts, double y, PaintStyle st) {
        if (parts.legend().isEmpty()) {
            return y;
        }
        for (String row : parts.legend()) {
            double x = MARGIN;
            for (String name : row.split("\u0000")) {
                if (name.startsWith("\u0001")) {
                    s.text(name.substring(1), x, y + 11, st.muted(), st.small());
                    x += s.textWidth(name.substring(1), st.small()) + 14;
                    continue;
                }
                int slot = f.legend().stream().filter(e -> e.theme().equals(name)).mapToInt(Figure.LegendEntry::slot)
                        .findFirst().orElse(-1);
                s.fillRoundRect(x, y + 2, 10, 10, 3, st.theme(slot));
                s.text(name, x + 14, y + 11, st.foreground(), st.small());
                x += 14 + s.textWidth(name, st.small()) + 14;
            }
            y += LINE;
        }
        return y + 10;
    }

    /** Legend entries packed into rows; entries of a row are joined by NUL, the key to styles is marked. */
    private static List<String> legendRows(Surface s, List<String> themes, double width, PaintStyle st) {
        if (themes.isEmpty()) {
            return List.of();
        }
        List<String> entries = new ArrayList<>(themes);
        for (String key : List.of("solid: date as stated", "hatched: inferred", "pale, dashed: approximate",
                "◆ a day", "bar: a month, year or range", "+N: events counted")) {
            entries.add("\u0001" + key);
        }
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        double x = 0;
        for (String e : entries) {
            double w = (e.startsWith("\u0001") ? 0 : 14) + s.textWidth(e.replace("\u0001", ""), st.small()) + 14;
            if (x + w > width && row.length() > 0) {
                rows.add(row.toString());
                row.setLength(0);
                x = 0;
            }
            if (row.length() > 0) {
                row.append('\u0000');
            }
            row.append(e);
            x += w;
        }
        rows.add(row.toString());
        return rows;
    }

    /** Greedy word wrap to {@code width}. */
    public static List<String> wrap(Surface s, String text, double width, Surface.Font font) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (s.textWidth(candidate, font) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
