package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final double JUNE_11_2021 = LocalDate.of(2021, 6, 11).toEpochDay();

    @Test
    void timeToPixelAndBackIsTheIdentityAtEveryZoom() {
        for (double dpp = TimeScale.MIN_DAYS_PER_PIXEL; dpp <= TimeScale.MAX_DAYS_PER_PIXEL; dpp *= 3.7) {
            TimeScale s = new TimeScale(JUNE_11_2021 - 500 * dpp, dpp, 1000);
            for (double x : new double[] {0, 1, 333.3, 999.9}) {
                assertThat(s.x(s.day(x))).isCloseTo(x, within(1e-6));
            }
            assertThat(s.x(JUNE_11_2021)).isCloseTo(500, within(1e-6));
        }
    }

    @Test
    void zoomingKeepsTheDayUnderThePointerFixed() {
        TimeScale s = new TimeScale(JUNE_11_2021 - 3000, 10, 1200);
        double pointer = 417;
        double before = s.day(pointer);
        TimeScale in = s.zoomAt(pointer, 1.25);
        assertThat(in.day(pointer)).isCloseTo(before, within(1e-6));
        assertThat(in.daysPerPixel()).isCloseTo(8, within(1e-9));
        TimeScale out = in.zoomAt(pointer, 1 / 1.25);
        assertThat(out.day(pointer)).isCloseTo(before, within(1e-6));
        assertThat(out.daysPerPixel()).isCloseTo(10, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimitsWithThePointerStillFixed() {
        TimeScale s = new TimeScale(0, 1, 800);
        TimeScale closest = s.zoomAt(100, 1e9);
        assertThat(closest.daysPerPixel()).isEqualTo(TimeScale.MIN_DAYS_PER_PIXEL);
        assertThat(closest.day(100)).isCloseTo(s.day(100), within(1e-9));
        assertThat(s.zoomAt(100, 1e-12).daysPerPixel()).isEqualTo(TimeScale.MAX_DAYS_PER_PIXEL);
    }

    @Test
    void panningMovesByWholePixels() {
        TimeScale s = new TimeScale(100, 2, 500);
        assertThat(s.panBy(50).startDay()).isEqualTo(200);
        assertThat(s.panBy(-50).panBy(50)).isEqualTo(s);
    }

    @Test
    void fitShowsTheWholeRangeInsideTheMargins() {
        double from = LocalDate.of(2016, 1, 1).toEpochDay();
        double to = LocalDate.of(2024, 1, 1).toEpochDay();
        TimeScale s = TimeScale.fit(from, to, 1000, 40);
        assertThat(s.x(from)).isCloseTo(40, within(1e-6));
        assertThat(s.x(to)).isCloseTo(960, within(1e-6));
    }

    @Test
    void resizingKeepsTheSameWindowOfTime() {
        TimeScale s = new TimeScale(100, 2, 500);
        TimeScale wider = s.withWidth(1000);
        assertThat(wider.startDay()).isEqualTo(100);
        assertThat(wider.endDay()).isCloseTo(s.endDay(), within(1e-9));
    }

    /** Issue 13: fitting stopped at a day, so a one-minute event could not be zoomed to; now down to 1 s/px. */
    @Test
    void aOneMinuteEventFitsDownToTheClosestZoomWhereAMinuteIsSixtyPixels() {
        double from = LocalDate.of(2024, 1, 15).toEpochDay() + (9 * 60 + 30) / 1440.0; // 09:30
        double to = from + 1 / 1440.0;                                                    // 09:31
        TimeScale s = TimeScale.fit(from, to, 1600, 96);
        assertThat(s.isClosest()).isTrue();
        assertThat(s.x(to) - s.x(from)).isCloseTo(60, within(1e-6));
        assertThat(s.x(from)).isBetween(0.0, 1600.0);
        assertThat(s.x(to)).isBetween(0.0, 1600.0);
    }

    @Test
    void anHourFitsAcrossTheWidthInsideItsMargins() {
        double from = LocalDate.of(2024, 1, 15).toEpochDay() + 9 / 24.0;
        TimeScale s = TimeScale.fit(from, from + 1 / 24.0, 1600, 96);
        assertThat(s.x(from)).isCloseTo(96, within(1e-6));
        assertThat(s.x(from + 1 / 24.0)).isCloseTo(1504, within(1e-6));
        assertThat(s.daysPerPixel() * 86_400).isCloseTo(3600 / 1408.0, within(1e-9)); // seconds per pixel
    }

    @Test
    void scalesAreEqualExactlyWhenStartZoomAndWidthAre() {
        TimeScale s = new TimeScale(JUNE_11_2021, 2.5, 1600);
        TimeScale same = new TimeScale(JUNE_11_2021, 2.5, 1600);
        assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(s).isNotEqualTo(new TimeScale(JUNE_11_2021 + 1e-9, 2.5, 1600))
                .isNotEqualTo(new TimeScale(JUNE_11_2021, 2.5000001, 1600))
                .isNotEqualTo(new TimeScale(JUNE_11_2021, 2.5, 1601))
                .isNotEqualTo(null).isNotEqualTo("a scale");
        // as a record compares doubles: 0.0 and -0.0 differ (a view at day 0 and one just before it)
        assertThat(new TimeScale(0.0, 1, 100)).isNotEqualTo(new TimeScale(-0.0, 1, 100));
    }
}
