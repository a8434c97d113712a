package org.timescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.LinkKind;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/** Connectors go from the selection to linked events drawn in view or to their cluster; others get edge arrows. */
class LinkConnectorsTest {

    /** Lines and filled polygons, with their colours. */
    private static final class Recording implements Surface {
        final List<Rgb> lineColours = new ArrayList<>();
        final List<double[][]> polygons = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();
        int calls;

        @Override
        public void fillRect(double x, double y, double w, double h, Rgb colour) {
            calls++;
        }

        @Override
        public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb colour) {
            calls++;
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgb colour, double lineWidth, boolean dashed) {
            calls++;
        }

        @Override
        public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb colour, double lineWidth) {
            calls++;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
            calls++;
            lineColours.add(colour);
            lines.add(new double[] {x1, y1, x2, y2});
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgb colour) {
            calls++;
            polygons.add(new double[][] {xs, ys});
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Rgb colour, double lineWidth, boolean dashed) {
            calls++;
        }

        @Override
        public void text(String text, double x, double baseline, Rgb colour, Font font) {
            calls++;
        }

        @Override
        public double textWidth(String text, Font font) {
            return text.length() * 7;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
            calls++;
        }

        @Override
        public void popClip() {
            calls++;
        }
    }

    // a day a pixel from day 1000; rows 20 px high. Event 0 (selected) at x 100, event 1 at x 400 (a bar 50 px),
    // event 2 counted in a cluster at x 600..640, event 3 on day 900 (before the view), event 4 on day 3000 (after)
    private static final TimelineLayout LAYOUT = new TimelineLayout(new TimeScale(1000, 1, 1000), null, List.of(),
            List.of(new TimelineLayout.Item(0, 0, 0, 100, 0, 40, true, 110, 80, false),
                    new TimelineLayout.Item(1, 0, 2, 400, 50, 80, false, 460, 80, false)),
            List.of(new TimelineLayout.Cluster(0, 600, 40, 120, 3, 1600, 1640,
                    TimelineLayout.Members.of(new int[] {2, 5, 6}))), 400, 20);
    private static final double[] DAYS = {1100, 1400, 1610, 900, 3000};
    private static final LinkConnectors.Plot PLOT = new LinkConnectors.Plot(10, 30, 1000, 400, 0);

    private static LinkConnectors.Drawn paint(Recording s, int selected, LinkConnectors.Target... targets) {
        return LinkConnectors.paint(s, LAYOUT, selected, List.of(targets), i -> DAYS[i], PLOT, PaintStyle.LIGHT);
    }

    @Test
    void withoutASelectionNothingIsDrawnOrComputed() {
        Recording s = new Recording();
        assertThat(paint(s, -1, new LinkConnectors.Target(1, LinkKind.FOLLOWS, true)))
                .isEqualTo(LinkConnectors.Drawn.NONE);
        assertThat(s.calls).isZero();
    }

    @Test
    void aDirectedLinkToAnEventInViewIsAnArcInItsKindsColourWithTheArrowAtTheOtherEvent() {
        Recording s = new Recording();
        assertThat(paint(s, 0, new LinkConnectors.Target(1, LinkKind.FOLLOWS, true)))
                .isEqualTo(new LinkConnectors.Drawn(1, 0));
        assertThat(s.lineColours).isNotEmpty().allMatch(c -> c.equals(Rgb.hex("#b85a12")));
        // the arrow's tip: plot left 10 + bar x 400 + 4, plot top 30 + row y 80 + half a row (20 / 2 - 1)
        assertThat(s.polygons).singleElement().satisfies(p -> {
            assertThat(p[0][0]).isEqualTo(414.0);
            assertThat(p[1][0]).isEqualTo(119.0);
        });
    }

    @Test
    void anIncomingLinkPointsAtTheSelectionAndAnUndirectedOneHasNoArrow() {
        Recording in = new Recording();
        paint(in, 0, new LinkConnectors.Target(1, LinkKind.PART_OF, false));
        assertThat(in.polygons).singleElement().satisfies(p -> assertThat(p[0][0]).isEqualTo(110.0)); // 10 + 100 + 0
        Recording related = new Recording();
        paint(related, 0, new LinkConnectors.Target(1, LinkKind.RELATED, true));
        assertThat(related.polygons).isEmpty();
    }

    @Test
    void anEventInAClusterIsReachedAtItsBadgeAndEventsBeyondTheViewGetEdgeArrows() {
        Recording s = new Recording();
        LinkConnectors.Drawn drawn = paint(s, 0, new LinkConnectors.Target(2, LinkKind.SERIES, true),
                new LinkConnectors.Target(3, LinkKind.SERIES, true), new LinkConnectors.Target(4, LinkKind.SERIES, true));
        assertThat(drawn).isEqualTo(new LinkConnectors.Drawn(1, 2));
        // the markers' tips: on the left edge (10 + 2) and on the right edge (10 + 1000 - 2)
        assertThat(s.polygons).extracting(p -> p[0][0]).containsExactly(12.0, 1008.0);
    }

    @Test
    void aSelectionThatIsNotDrawnGetsNoConnectors() {
        Recording s = new Recording();
        assertThat(paint(s, 3, new LinkConnectors.Target(1, LinkKind.FOLLOWS, true))).isEqualTo(LinkConnectors.Drawn.NONE);
        assertThat(s.lineColours).isEmpty();
    }

    @Test
    void anArcFromTheTopRowBowsDownwardsInsteadOfIntoTheAxis() {
        // event 0 in the top row (y 0), event 1 three rows down (y 60), 300 days apart: an upward bow of 78 px would
        // rise above the plot's top (30), where the axis is drawn over it
        TimelineLayout layout = new TimelineLayout(new TimeScale(1000, 1, 1000), null, List.of(),
                List.of(new TimelineLayout.Item(0, 0, 0, 100, 0, 0, true, 110, 80, false),
                        new TimelineLayout.Item(1, 0, 3, 400, 0, 60, true, 410, 80, false)), List.of(), 400, 20);
        Recording s = new Recording();
        LinkConnectors.paint(s, layout, 0, List.of(new LinkConnectors.Target(1, LinkKind.FOLLOWS, true)),
                i -> DAYS[i], PLOT, PaintStyle.LIGHT);
        assertThat(s.lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l[1]).isGreaterThanOrEqualTo(PLOT.top());
            assertThat(l[3]).isGreaterThanOrEqualTo(PLOT.top());
        });
        // still an arc, not a straight line: it bows below the lower of its two ends (30 + 60 + 9 = 99)
        assertThat(s.lines.stream().mapToDouble(l -> l[3]).max().orElseThrow()).isGreaterThan(99 + 15);
    }

    @Test
    void anArcBetweenEventsOfOneDayAtTheLeftEdgeBowsRightwards() {
        // two events on the plot's first day, rows 0 and 4: a leftward bow would leave the plot (left 10)
        TimelineLayout layout = new TimelineLayout(new TimeScale(1000, 1, 1000), null, List.of(),
                List.of(new TimelineLayout.Item(0, 0, 0, 0, 0, 40, true, 10, 80, false),
                        new TimelineLayout.Item(1, 0, 4, 2, 0, 160, true, 12, 80, false)), List.of(), 400, 20);
        Recording s = new Recording();
        LinkConnectors.paint(s, layout, 0, List.of(new LinkConnectors.Target(1, LinkKind.RELATED, true)),
                i -> 1000, PLOT, PaintStyle.LIGHT);
        assertThat(s.lines).isNotEmpty().allSatisfy(l -> {
            assertThat(l[0]).isGreaterThanOrEqualTo(PLOT.left());
            assertThat(l[2]).isGreaterThanOrEqualTo(PLOT.left());
        });
        // still an arc: it bows to the right of both ends (x 10 and 12)
        assertThat(s.lines.stream().mapToDouble(l -> l[2]).max().orElseThrow()).isGreaterThan(12 + 15);
    }
}
