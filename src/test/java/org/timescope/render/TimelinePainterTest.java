package org.timescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.TimelineEvent;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.TextMeasurer;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

class TimelinePainterTest {

    /** Counts what a painter asks of a surface, and where the bars' fills go. */
    private static final class Recording implements Surface {
        int lines;
        int strokes;
        final List<double[]> fills = new ArrayList<>();
        /** Each text drawn: its left x, its width (7 px a character) and the text. */
        final List<Object[]> texts = new ArrayList<>();

        @Override
        public void fillRect(double x, double y, double w, double h, Rgb colour) {
        }

        @Override
        public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb colour) {
            fills.add(new double[] {x, w});
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgb colour, double lineWidth, boolean dashed) {
            strokes++;
            fills.add(new double[] {x, w});
        }

        /** Outlines drawn: x, width and whether in the accent colour. */
        final List<Object[]> outlines = new ArrayList<>();

        @Override
        public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb colour, double lineWidth) {
            outlines.add(new Object[] {x, w, colour.equals(PaintStyle.LIGHT.accent())});
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
            lines++;
        }

        /** Diamonds filled: the marker of a day. */
        int polygons;

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgb colour) {
            polygons++;
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Rgb colour, double lineWidth, boolean dashed) {
        }

        @Override
        public void text(String text, double x, double baseline, Rgb colour, Font font) {
            texts.add(new Object[] {x, textWidth(text, font), text});
        }

        @Override
        public double textWidth(String text, Font font) {
            return text.length() * 7;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
        }

        @Override
        public void popClip() {
        }
    }

    private static TimelineEvent event(String key, String from, String to, boolean approximate, boolean inferred) {
        return new TimelineEvent(key, "Event " + key, null, null, DateSpan.parse(from, to), approximate, inferred,
                null, List.of(), List.of(new OrganisationRole("Org", null)), List.of("A"), List.of(), List.of());
    }

    /**
     * The freeze of issue 13: at the closest zoom (400 px a day) the 2016–2021 white papers, an inferred
     * range, is about 730,000 px wide, and its hatching was drawn in full — 146,000 strokes a frame. What
     * is drawn must be bounded by the 1,000 px on screen: a stroke every 5 px is at most about 200.
     */
    @Test
    void aYearsLongInferredBarAtTheClosestZoomDrawsOnlyWhatIsOnScreen() {
        EventIndex index = EventIndex.of(List.of(event("w", "2016", "2021", true, true)), List.of("A"));
        double width = 1000;
        TimeScale scale = new TimeScale(index.minDay() + 900, TimeScale.MIN_DAYS_PER_PIXEL, width);
        TimelineLayout layout = new LayoutEngine(TextMeasurer.fixed(7))
                .layout(index, Lane.of(index, LaneMode.NONE, List.of("A")), scale, LayoutOptions.defaults(3));
        assertThat(layout.items()).hasSize(1);
        assertThat(layout.items().get(0).barWidth()).isGreaterThan(700_000);

        Recording surface = new Recording();
        TimelinePainter.paint(surface, new TimelinePainter.Frame(layout, index, width, 400, 0, 44, 0, -1, -1, false,
                PaintStyle.LIGHT));

        assertThat(surface.lines).isLessThan(300);
        assertThat(surface.strokes).isEqualTo(1); // the dashed edge of the approximate bar
        // the bar's fill and edge cover the view and end a few pixels outside it, not 700,000 px away
        for (double[] xw : surface.fills) {
            assertThat(xw[0]).isBetween(-20.0, 0.0);
            assertThat(xw[0] + xw[1]).isBetween(width, width + 20);
        }
    }

    /**
     * Found by a walk through the window: zoomed out, a month's bar is narrower than a marker, and it was drawn as
     * the legend's "◆ a day". A day keeps its diamond; a month, a year or a range is a bar however narrow.
     */
    @Test
    void aMonthNarrowerThanAMarkerIsStillABarAndOnlyADayIsADiamond() {
        EventIndex index = EventIndex.of(List.of(event("day", "2019-06-11", null, false, false),
                event("month", "2021-05", null, false, false), event("range", "2023-02-01", "2023-02-20", true, false),
                event("year", "2016", null, false, true)), List.of("A"));
        double width = 1000; // 2016 to 2024 at 4 days a pixel: the month is 7.75 px, the range 5 px, the year 91 px
        TimeScale scale = new TimeScale(java.time.LocalDate.of(2016, 1, 1).toEpochDay(), 4, width);
        TimelineLayout layout = new LayoutEngine(TextMeasurer.fixed(7))
                .layout(index, Lane.of(index, LaneMode.NONE, List.of("A")), scale, LayoutOptions.defaults(3));
        assertThat(layout.items()).hasSize(4);
        Recording surface = new Recording();
        TimelinePainter.paint(surface, new TimelinePainter.Frame(layout, index, width, 400, 0, 44, 0, -1, -1, false,
                PaintStyle.LIGHT));
        assertThat(surface.polygons).as("one diamond: the day's").isEqualTo(1);
        assertThat(surface.fills).as("three bars and the approximate one's dashed edge, none narrower than a marker")
                .hasSize(4)
                .allSatisfy(xw -> assertThat(xw[1]).isGreaterThanOrEqualTo(9)); // the dashed edge lies half a pixel inside
    }

    /**
     * Counted badges are fixed in time, so at a view's edges one lies partly outside: its count was drawn cut by the
     * edge ("+215" of "+21594", seen in the first picture at 1M). Every count, and every axis label, is drawn whole
     * inside the view or not at all; the badges still cover the view's edges.
     */
    @Test
    void countsAndAxisLabelsAreNeverCutByTheViewsEdges() {
        List<TimelineEvent> events = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 3000; i++) {
            String d = day.plusDays(i % 900).toString();
            events.add(event("e" + i, d, d, false, false));
        }
        EventIndex index = EventIndex.of(events, List.of("A"));
        double width = 900;
        TimeScale scale = new TimeScale(index.minDay() + 13.5, 1, width); // a day a pixel, mid-bucket at both edges
        TimelineLayout layout = new LayoutEngine(TextMeasurer.fixed(7))
                .layout(index, Lane.of(index, LaneMode.NONE, List.of("A")), scale, LayoutOptions.defaults(1));
        assertThat(layout.clusters()).as("a badge lies partly left of the view")
                .anyMatch(c -> c.x() < 0 && c.x() + c.width() > 0);

        Recording surface = new Recording();
        TimelinePainter.paint(surface, new TimelinePainter.Frame(layout, index, width, 400, 0, 44, 0, -1, -1, false,
                PaintStyle.LIGHT));

        assertThat(surface.texts).isNotEmpty();
        for (Object[] t : surface.texts) {
            double x = (double) t[0];
            double w = (double) t[1];
            assertThat(x).as("left of '%s'", t[2]).isGreaterThanOrEqualTo(0);
            assertThat(x + w).as("right of '%s'", t[2]).isLessThanOrEqualTo(width);
        }
        assertThat(surface.fills).as("the badges reach the view's left edge")
                .anyMatch(xw -> xw[0] == 0 && xw[1] > 0);
        long badges = layout.clusters().stream().filter(c -> c.x() + c.width() > 2 && c.x() < width - 2).count();
        assertThat(surface.texts.stream().filter(t -> ((String) t[2]).startsWith("+")).count())
                .as("every badge in view shows its count").isEqualTo(badges);
    }

    @Test
    void countsTooWideForTheirBadgeAreWrittenShort() {
        assertThat(TimelinePainter.shortCount(9_999)).isEqualTo("9999");
        assertThat(TimelinePainter.shortCount(123_959)).isEqualTo("124k");
        assertThat(TimelinePainter.shortCount(10_400)).isEqualTo("10k");
        assertThat(TimelinePainter.shortCount(2_345_678)).isEqualTo("2.3M");
    }

    /**
     * Found by a walk through the window: zoomed out, the selected event folded into a "+1" badge and nothing
     * showed where it had gone. The badge that counts the selection is outlined in the accent colour.
     */
    @Test
    void aClusterThatCountsTheSelectionIsOutlinedAsTheSelectionIs() {
        // 12 events on one day in one lane of 3 rows: the view lays out 2, the rest are counted in a badge
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(event("e" + (i < 10 ? "0" : "") + i, "2020-05-01", "2020-05-01", false, false));
        }
        EventIndex index = EventIndex.of(events, List.of("A"));
        TimeScale scale = TimeScale.fit(index.minDay() - 30, index.maxDay() + 30, 1000, 20);
        TimelineLayout layout = new LayoutEngine(TextMeasurer.fixed(7)).layout(index,
                Lane.of(index, LaneMode.NONE, List.of("A")), scale, LayoutOptions.defaults(1).withMaxRows(3));
        assertThat(layout.clusters()).singleElement();
        TimelineLayout.Cluster badge = layout.clusters().get(0);
        int counted = badge.events().get(badge.events().size() - 1);
        int drawn = layout.items().get(0).event();

        Recording withCounted = new Recording();
        TimelinePainter.paint(withCounted, new TimelinePainter.Frame(layout, index, 1000, 400, 0, 44, 0, counted, -1,
                false, PaintStyle.LIGHT));
        assertThat(withCounted.outlines).filteredOn(o -> (boolean) o[2]).singleElement()
                .satisfies(o -> assertThat((double) o[0]).isEqualTo(badge.x() - 1.5));

        Recording withDrawn = new Recording(); // the selection drawn itself: its own outline, the badge none
        TimelinePainter.paint(withDrawn, new TimelinePainter.Frame(layout, index, 1000, 400, 0, 44, 0, drawn, -1,
                false, PaintStyle.LIGHT));
        assertThat(withDrawn.outlines).filteredOn(o -> (boolean) o[2]).singleElement()
                .satisfies(o -> assertThat((double) o[0]).isNotEqualTo(badge.x() - 1.5));
    }
}
