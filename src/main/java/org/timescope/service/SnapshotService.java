package org.timescope.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.timescope.model.Counts;
import org.timescope.model.Evidence;
import org.timescope.model.Era;
import org.timescope.model.PartialDate;
import org.timescope.model.SavedView;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.render.Figure;
import org.timescope.render.FigurePainter;
import org.timescope.render.PaintStyle;
import org.timescope.render.Surface;
import org.timescope.render.java2d.Java2DFonts;
import org.timescope.render.java2d.RasterWriter;
import org.timescope.render.java2d.SvgWriter;
import org.timescope.render.pdf.PdfWriter;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws a view as a figure — PNG, SVG or PDF — from the data, not from the screen: the same layout
 * engine and painter as the window, the bundled fonts, the light palette. The same request gives the
 * same picture, and the figure can be as wide as asked (the whole range at a readable scale).
 */
public final class SnapshotService {

    /** Lane headers' width, as in the window. */
    public static final double HEADER_WIDTH = 200;

    private final Workspace workspace;

    public SnapshotService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A laid-out figure, ready to paint on any surface. */
    public record Prepared(Figure figure, FigurePainter.Parts parts, TimelineLayout layout, EventIndex index,
                           double width, double height, double headerWidth, int selected, PaintStyle style) {
        public void paint(Surface s) {
            FigurePainter.paint(s, figure, parts, layout, index, width, height, headerWidth, selected, style);
        }
    }

    public Prepared prepare(SnapshotRequest r) {
        SavedView view = r.view();
        List<String> themes = workspace.catalog().themes().stream().map(t -> t.name()).toList();
        EventIndex all = EventIndex.of(workspace.events().timelineRows(), themes, workspace.events()::byKey);
        EventIndex index = view.filter().isEmpty() ? all : all.subset(workspace.events().ids(view.filter()), themes);
        if (index.size() == 0) {
            throw new IllegalArgumentException("no events match " + (view.filter().isEmpty() ? "(the database is empty)"
                    : view.filter().describe()) + "; there is nothing to draw");
        }
        LaneMode mode = laneMode(view.laneMode());
        double header = mode == LaneMode.NONE ? 0 : HEADER_WIDTH;
        double timeWidth = r.width() - 2 * FigurePainter.MARGIN - header;
        TimeScale scale = scale(view, index, timeWidth);
        Surface measure = new MeasuringSurface();
        Figure figure = figure(r, view, index, themes);
        FigurePainter.Parts parts = FigurePainter.measure(measure, figure, r.width(), PaintStyle.LIGHT);
        LayoutOptions options = options(mode, r.height() == null ? null : r.height() - parts.fixedHeight());
        TimelineLayout layout = new LayoutEngine(text -> Java2DFonts.width(text, PaintStyle.LIGHT.label()))
                .layout(index, Lane.of(index, mode, themes), scale, options);
        double height = r.height() != null ? r.height() : FigurePainter.naturalHeight(parts, layout)
                + eraLabels(figure, layout); // era names stack under the last row, never over it
        int selected = view.selected() == null ? -1 : index.indexOf(view.selected());
        // figures use the light palette, with the colours the researcher chose for themes
        PaintStyle style = PaintStyle.LIGHT.withThemeColours(workspace.catalog().themes().stream().map(t -> t.colour())
                .toList());
        return new Prepared(figure, parts, layout, index, r.width(), height, header, selected, style);
    }

    /** The eras a view shows: those its filter's dates and facets concern (see {@link Era#concerns}). */
    private List<Era> eras(SavedView view) {
        return workspace.eras().eras().stream().filter(e -> e.concerns(view.filter())).toList();
    }

    private static double eraLabels(Figure figure, TimelineLayout layout) {
        if (figure.eras().isEmpty()) {
            return 0;
        }
        return org.timescope.render.EraPainter.labelsHeight(org.timescope.timeline.layout.EraBands.layout(figure.eras(),
                layout.scale(), text -> Java2DFonts.width(text, PaintStyle.LIGHT.small())));
    }

    /** The layout options the window uses for the same lane mode and timeline height. */
    public static LayoutOptions options(LaneMode mode, Double timelineHeight) {
        LayoutOptions defaults = LayoutOptions.defaults(1);
        if (mode != LaneMode.NONE) {
            return defaults.withMaxRows(3).withMinLaneHeight(44);
        }
        if (timelineHeight == null) {
            return defaults.withMaxRows(12);
        }
        return defaults.withMaxRows((int) ((timelineHeight - FigurePainter.AXIS_HEIGHT - 8) / defaults.rowHeight()) - 1);
    }

    static LaneMode laneMode(String name) {
        try {
            return LaneMode.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown lane mode '" + name + "' (use none, organisation or theme)");
        }
    }

    private static TimeScale scale(SavedView view, EventIndex index, double timeWidth) {
        if (view.windowStart() != null && view.windowEnd() != null && view.windowEnd() > view.windowStart()) {
            return new TimeScale(view.windowStart(), (view.windowEnd() - view.windowStart()) / timeWidth, timeWidth);
        }
        PartialDate from = view.filter().from();
        PartialDate to = view.filter().to();
        double start = from != null ? from.firstDay().toEpochDay() : index.minDay();
        double end = to != null ? to.lastDay().toEpochDay() + 1 : index.maxDay();
        return TimeScale.fit(start, end, timeWidth, Math.min(30, timeWidth / 10), Math.min(200, timeWidth / 4));
    }

    private Figure figure(SnapshotRequest r, SavedView view, EventIndex index, List<String> vocabulary) {
        List<String> caption = new ArrayList<>();
        if (r.caption()) {
            String filters = view.filter().describe();
            caption.add(Counts.ofTotal(index.size(), workspace.events().count(org.timescope.model.EventFilter.ALL))
                    + (filters.isEmpty() ? "" : " — " + filters) + ".");
            caption.add("Dates of the events: " + day(index.minDay()) + " – " + day(index.maxDay() - 1)
                    + ". Lanes: " + laneMode(view.laneMode()).label().toLowerCase(java.util.Locale.ROOT) + ".");
            caption.add("Data: " + sources(view) + ". Drawn by Timescope from " + workspace.file().getFileName() + ".");
        }
        java.util.BitSet used = new java.util.BitSet();
        if (r.legend()) {
            for (int i = 0; i < index.size(); i++) {
                if (index.colour(i) >= 0) {
                    used.set(index.colour(i));
                }
            }
        }
        List<Figure.LegendEntry> legend = new ArrayList<>();
        for (int slot = 0; slot < vocabulary.size(); slot++) {
            if (used.get(slot)) {
                legend.add(new Figure.LegendEntry(vocabulary.get(slot), slot));
            }
        }
        List<String> footnote = r.footnote() && view.selected() != null ? footnote(view.selected()) : List.of();
        return new Figure(r.title(), caption, legend, footnote, eras(view));
    }

    private static String day(double epochDay) {
        return PartialDate.of(LocalDate.ofEpochDay((long) Math.floor(epochDay))).display();
    }

    private String sources(SavedView view) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : workspace.events().sourceNames(view.filter())) {
            names.add(shortPublisher(name));
        }
        return names.size() <= 3 ? String.join("; ", names) : names.size() + " sources";
    }

    private static String shortPublisher(String publisher) {
        int paren = publisher.indexOf(" (");
        return paren > 0 ? publisher.substring(0, paren) : publisher;
    }

    private List<String> footnote(String key) {
        TimelineEvent e = workspace.events().byKey(key);
        if (e == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Selected: " + e.title() + " — " + e.when().display() + " (" + e.when().precision().label()
                + " precision" + (e.approximate() ? ", approximate" : "") + (e.inferred() ? ", inferred" : "") + ")"
                + (e.places().isEmpty() ? "" : ", " + String.join(", ", e.places())) + ".");
        if (e.dateNote() != null) {
            lines.add("Date: " + e.dateNote());
        }
        lines.add("Organisations: " + String.join("; ", e.organisations().stream()
                .map(o -> o.role() == null ? o.organisation() : o.organisation() + " (" + o.role() + ")").toList()) + ".");
        if (!e.evidence().isEmpty()) {
            Evidence ev = e.evidence().get(0);
            Source s = workspace.catalog().sources().stream().filter(x -> x.key().equals(ev.sourceKey())).findFirst()
                    .orElse(null);
            lines.add("Evidence: “" + ev.quote().replace('\u00a0', ' ') + "” — " + (s == null ? ev.sourceKey() : s.title()) + ".");
        }
        return lines;
    }

    /** Writes the figure in the format; returns the figure's size in logical pixels. */
    public Prepared write(SnapshotRequest r, SnapshotFormat format, OutputStream out) throws IOException {
        Prepared p = prepare(r);
        switch (format) {
            case PNG -> RasterWriter.png(p.width(), p.height(), r.scale(), p::paint, out);
            case SVG -> SvgWriter.svg(p.width(), p.height(), p::paint, out);
            case PDF -> PdfWriter.pdf(p.width(), p.height(), r.title() == null ? "Timescope timeline" : r.title(),
                    p::paint, out);
        }
        return p;
    }
}
