package org.timescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.OrganisationRole;
import org.timescope.model.TimelineEvent;
import org.timescope.timeline.layout.EraBands;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.TextMeasurer;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * The defect of issue 13's statistics screenshot: in lanes, when the lanes continue below the view, the era
 * names were drawn at the view's foot over the last visible lane's bars and titles. Whatever is drawn for the
 * events (bars, markers, titles, clusters — what the surface actually shows, inside its clip) must stay clear
 * of the era names' pills, at the top of the scroll and half way down; and the names stay in the view.
 */
class EraNamesClearOfEventsTest {

    private static final double WIDTH = 1000;
    private static final double HEIGHT = 300;
    private static final double HEADER = 150;
    private static final double AXIS = 44;

    /** What is visible of each draw: its rectangle cut by the clip in force, and how deep the clip stack was. */
    private static final class Visible implements Surface {
        final Deque<double[]> clips = new ArrayDeque<>();
        final List<double[]> lanes = new ArrayList<>(); // drawn under the lanes' inner clip (depth 2)
        final List<String> texts = new ArrayList<>();

        private void draw(double x, double y, double w, double h) {
            if (clips.size() != 2) {
                return;
            }
            double[] c = clips.peek();
            double x0 = Math.max(x, c[0]);
            double y0 = Math.max(y, c[1]);
            double x1 = Math.min(x + w, c[0] + c[2]);
            double y1 = Math.min(y + h, c[1] + c[3]);
            if (x1 > x0 && y1 > y0) {
                lanes.add(new double[] {x0, y0, x1 - x0, y1 - y0});
            }
        }

        @Override
        public void fillRect(double x, double y, double w, double h, Rgb colour) {
            draw(x, y, w, h);
        }

        @Override
        public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb colour) {
            draw(x, y, w, h);
        }

        @Override
        public void strokeRect(double x, double y, double w, double h, Rgb colour, double lineWidth, boolean dashed) {
            draw(x, y, w, h);
        }

        @Override
        public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb colour, double lineWidth) {
            draw(x, y, w, h);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
            draw(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1) + 1, Math.abs(y2 - y1) + 1);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgb colour) {
            polygon(xs, ys);
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Rgb colour, double lineWidth, boolean dashed) {
            polygon(xs, ys);
        }

        private void polygon(double[] xs, double[] ys) {
            double x0 = java.util.Arrays.stream(xs).min().orElse(0);
            double y0 = java.util.Arrays.stream(ys).min().orElse(0);
            draw(x0, y0, java.util.Arrays.stream(xs).max().orElse(0) - x0, java.util.Arrays.stream(ys).max().orElse(0) - y0);
        }

        @Override
        public void text(String text, double x, double baseline, Rgb colour, Font font) {
            texts.add(text);
            draw(x, baseline - 12, textWidth(text, font), 16);
        }

        @Override
        public double textWidth(String text, Font font) {
            return text.length() * 7;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {
            clips.push(new double[] {x, y, w, h});
        }

        @Override
        public void popClip() {
            clips.pop();
        }
    }

    private static TimelineEvent event(int n, String theme) {
        String day = String.format("2022-03-%02d", 1 + n % 10);
        return new TimelineEvent("e" + n, "Event number " + n + " of " + theme, null, null, DateSpan.parse(day, null),
                false, false, null, List.of(), List.of(new OrganisationRole("Org", null)), List.of(theme), List.of(),
                List.of());
    }

    private static Era era(String name, String from, String to) {
        return new Era(name, name, DateSpan.parse(from, to), null, null, null, null, List.of());
    }

    @Test
    void eraNamesNeverCoverWhatTheLanesDrawAndStayInTheView() {
        List<TimelineEvent> events = new ArrayList<>();
        List<String> themes = List.of("Judicial protection", "Administrative enforcement", "Awards", "Copyright");
        for (int n = 0; n < 40; n++) {
            events.add(event(n, themes.get(n % 4)));
        }
        EventIndex index = EventIndex.of(events, themes);
        TimeScale scale = TimeScale.fit(index.minDay(), index.maxDay(), WIDTH - HEADER, 30);
        TimelineLayout layout = new LayoutEngine(TextMeasurer.fixed(7))
                .layout(index, Lane.of(index, LaneMode.THEME, themes), scale, LayoutOptions.defaults(8));
        List<Era> eras = List.of(era("Outline for the Construction of a Strong IP City", "2022", "2023"),
                era("14th Five-Year Plan on IP", "2022-01", "2022-12"));
        assertThat(layout.contentHeight()).as("the lanes continue below the view").isGreaterThan(1.5 * HEIGHT);

        for (double scroll : new double[] {0, layout.contentHeight() / 2}) {
            Visible surface = new Visible();
            TimelinePainter.paint(surface, new TimelinePainter.Frame(layout, index, WIDTH, HEIGHT, HEADER, AXIS, scroll,
                    -1, -1, false, PaintStyle.LIGHT, eras));

            List<EraBands.Band> bands = EraBands.layout(eras, scale, TextMeasurer.fixed(7));
            EraBands.Strip strip = EraBands.strip(bands, AXIS - scroll + layout.contentHeight(), HEIGHT);
            assertThat(bands).hasSize(2);
            assertThat(surface.texts).contains(eras.get(0).name(), eras.get(1).name());
            assertThat(surface.texts).anyMatch(t -> t.startsWith("Event number"));
            assertThat(strip.top()).isGreaterThan(AXIS);
            assertThat(strip.bottom()).isLessThanOrEqualTo(HEIGHT);
            for (EraBands.Band b : bands) {
                EraBands.Rect pill = EraBands.label(b, strip);
                for (double[] r : surface.lanes) {
                    EraBands.Rect drawn = new EraBands.Rect(r[0] - HEADER, r[1], r[2], r[3]);
                    assertThat(drawn.overlaps(pill)).as("something the lanes draw at %s, scrolled %s px, covers the "
                            + "name of %s", java.util.Arrays.toString(r), scroll, eras.get(b.era()).name()).isFalse();
                }
            }
        }
    }
}
