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
import org.timescope.timeline.layout.SeriesStrip;
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

    /** The least height a figure of a given height keeps for its lanes: one row of events. */
    static final double MIN_LANES_HEIGHT = 30;

    public Prepared prepare(SnapshotRequest r) {
        SavedView view = r.view();
        List<String> themes = workspace.catalog().themes().stream().map(t -> t.name()).toList();
        EventIndex all = EventIndex.of(workspace.events().timelineRows(), themes, workspace.events()::byKey);
        EventIndex index = view.filter().isEmpty() ? all : all.subset(workspace.events().ids(view.filter()), themes);
        if (index.size() == 0) {
            throw new IllegalArgumentException("no events match " + (view.filter().isEmpty() ? "(the database is empty)"
                    : view.filter().describe()) + "; there is nothing to draw");
        }
        if (view.selected() != null && index.indexOf(view.selected()) < 0) {
            // a footnote about an event the figure does not draw, or a selection silently dropped (a fuzzer found both)
            throw new IllegalArgumentException(workspace.events().byKey(view.selected()) == null
                    ? "there is no event '" + view.selected() + "' to select"
                    : "the event '" + view.selected() + "' to select is not among the events drawn ("
                            + view.filter().describe() + ")");
        }
        LaneMode mode = laneMode(view.laneMode());
        // the figure shows every event of the view: as tall as its rows need, or at a fixed height with the
        // caption naming what is counted in clusters (see FigureFit)
        double header = mode == LaneMode.NONE ? 0 : HEADER_WIDTH;
        double timeWidth = r.width() - 2 * FigurePainter.MARGIN - header;
        TimeScale scale = scale(view, index, timeWidth);
        Surface measure = new MeasuringSurface();
        List<Lane> lanes = Lane.of(index, mode, themes);
        Figure base = figure(r, view, index, themes, mode, lanes);
        FigurePainter.Parts parts = FigurePainter.measure(measure, base, r.width(), PaintStyle.LIGHT);
        FigureFit fit = new FigureFit(new LayoutEngine(text -> Java2DFonts.width(text, PaintStyle.LIGHT.label())),
                index, lanes, scale, mode);
        TimelineLayout layout = fit.tallest();
        double eraRows = eraLabels(base, layout); // era names stack under the last row, never over it
        Figure figure = base;
        double height;
        if (r.height() == null && FigurePainter.naturalHeight(parts, layout) <= FigureFit.MAX_HEIGHT) {
            // as tall as every row needs; only lanes too dense to lay out one by one are counted, and named
            if (r.caption() && !layout.clusters().isEmpty()) {
                figure = withCaption(base, fit.hidden(layout, Double.POSITIVE_INFINITY));
                parts = FigurePainter.measure(measure, figure, r.width(), PaintStyle.LIGHT);
            }
            height = FigurePainter.naturalHeight(parts, layout) + eraRows;
        } else {
            double fixed = r.height() != null ? r.height() : FigureFit.MAX_HEIGHT;
            height = fixed;
            // rows capped to fit; the caption names what is then counted (and takes room from the lanes)
            FigureFit.Fitted fitted = fit.within(hidden -> fixed - FigurePainter.measure(measure,
                    r.caption() ? withCaption(base, hidden) : base, r.width(), PaintStyle.LIGHT).fixedHeight()
                    - FigurePainter.AXIS_HEIGHT - 2 - eraRows);
            layout = fitted.layout();
            figure = r.caption() ? withCaption(base, fitted.hidden()) : base;
            parts = FigurePainter.measure(measure, figure, r.width(), PaintStyle.LIGHT);
            double room = fixed - parts.fixedHeight() - FigurePainter.AXIS_HEIGHT - 2 - eraRows;
            if (room < MIN_LANES_HEIGHT) {
                // the title, caption and legend took the figure: no lane was drawn and the caption ran off its edge
                throw new IllegalArgumentException("a figure " + Math.round(fixed) + " px tall has no room for the "
                        + "timeline under its title, caption and legend: make it at least "
                        + (long) Math.ceil(fixed - room + MIN_LANES_HEIGHT) + " px, or leave the height out");
            }
        }
        int selected = view.selected() == null ? -1 : index.indexOf(view.selected());
        // figures use the light palette, with the colours the researcher chose for themes
        PaintStyle style = PaintStyle.LIGHT.withThemeColours(workspace.catalog().themes().stream().map(t -> t.colour())
                .toList());
        return new Prepared(figure, parts, layout, index, r.width(), height, header, selected, style);
    }

    private static Figure withCaption(Figure f, List<String> more) {
        List<String> caption = new ArrayList<>(f.caption());
        caption.addAll(more);
        return new Figure(f.title(), caption, f.legend(), f.footnote(), f.series(), f.eras());
    }

    /**
     * The eras a view shows: those its filter's dates and facets concern (see {@link Era#concerns}) and whose own lane,
     * if the lanes are of their scope's kind, holds events ({@code EraBands.over}); each in the colour of its place
     * among all the collection's eras, as the window draws it.
     */
    private List<Era> eras(SavedView view, LaneMode mode, List<Lane> lanes) {
        List<Era> concerned = new ArrayList<>();
        for (Era e : org.timescope.render.EraPainter.colouredAll(workspace.eras().eras())) {
            if (e.concerns(view.filter())) {
                concerned.add(e);
            }
        }
        return org.timescope.timeline.layout.EraBands.over(concerned, mode, lanes);
    }

    private static double eraLabels(Figure figure, TimelineLayout layout) {
        if (figure.eras().isEmpty()) {
            return 0;
        }
        return org.timescope.render.EraPainter.labelsHeight(org.timescope.timeline.layout.EraBands.layout(figure.eras(),
                layout.scale(), text -> Java2DFonts.width(text, PaintStyle.LIGHT.small())));
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

    private Figure figure(SnapshotRequest r, SavedView view, EventIndex index, List<String> vocabulary, LaneMode mode,
                          List<Lane> lanes) {
        List<String> caption = new ArrayList<>();
        if (r.caption()) {
            String filters = view.filter().describe();
            caption.add(Counts.ofTotal(index.size(), workspace.events().count(org.timescope.model.EventFilter.ALL))
                    + (filters.isEmpty() ? "" : " — " + filters) + ".");
            caption.add("Dates of the events: " + day(index.minDay()) + " – " + day(index.maxDay() - 1)
                    + ". Lanes: " + laneMode(view.laneMode()).label().toLowerCase(java.util.Locale.ROOT) + ".");
            String data = sources(view);
            caption.add((data.isEmpty() ? "" : "Data: " + data + ". ") + "Drawn by Timescope from "
                    + workspace.file().getFileName() + ".");
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
        List<SeriesStrip> strips = strips(r, view);
        if (r.caption() && !strips.isEmpty()) {
            caption.add("Statistics under the timeline: " + String.join("; ", strips.stream().map(st -> st.series() + " ("
                    + st.observations().size() + (st.observations().size() == 1 ? " observation)" : " observations)"))
                    .toList())
                    + ". Hedged values (\u201cover\u201d, \u201cabout\u201d) are dashed.");
        }
        return new Figure(r.title(), caption, legend, footnote, strips, eras(view, mode, lanes));
    }

    /**
     * The strips of the requested series, with the observations the view's dates and places keep; a name that is
     * not a series of the collection is refused with the names there are.
     */
    private List<SeriesStrip> strips(SnapshotRequest r, SavedView view) {
        if (r.series().isEmpty()) {
            return List.of();
        }
        List<org.timescope.model.Indicator> all = workspace.events().indicators(org.timescope.model.EventFilter.ALL);
        Set<String> known = new java.util.TreeSet<>(all.stream().map(org.timescope.model.Indicator::series).toList());
        for (String name : r.series()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no indicator series '" + name + "' in this collection"
                        + (known.isEmpty() ? " (it has no statistics)" : " (series: " + String.join("; ", known) + ")"));
            }
        }
        return SeriesStrip.of(r.series(), workspace.events().indicators(view.filter()));
    }

    private static String day(double epochDay) {
        return PartialDate.of(LocalDate.ofEpochDay((long) Math.floor(epochDay))).display();
    }

    /**
     * The sources cited: their names when there are at most three, else how many sources (articles, not
     * publishers: two articles of one newspaper are two sources), naming their publishers when there are few.
     */
    private String sources(SavedView view) {
        List<String> perSource = workspace.events().sourceNames(view.filter());
        Set<String> names = new LinkedHashSet<>();
        for (String name : perSource) {
            names.add(shortPublisher(name));
        }
        int count = perSource.size();
        if (count == names.size() && count <= 3) {
            return String.join("; ", names);
        }
        return count + (count == 1 ? " source" : " sources") + (names.size() <= 3 ? " (" + String.join("; ", names) + ")" : "");
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
        if (!e.organisations().isEmpty()) { // an event without one wrote "Organisations: ."
            lines.add("Organisations: " + String.join("; ", e.organisations().stream()
                    .map(o -> o.role() == null ? o.organisation() : o.organisation() + " (" + o.role() + ")").toList())
                    + ".");
        }
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
