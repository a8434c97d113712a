package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    private static final TextMeasurer MEASURER = TextMeasurer.fixed(7);
    private static final double START = LocalDate.of(2021, 1, 1).toEpochDay();

    private static Ticks.Axis axis(double daysPerPixel) {
        return Ticks.axis(new TimeScale(START, daysPerPixel, 1400), MEASURER);
    }

    @Test
    void theStepAdaptsFromDaysToMillennia() {
        assertThat(axis(0.02).step()).isEqualTo(new Ticks.Step(Ticks.Unit.DAY, 1));
        assertThat(axis(0.2).step().unit()).isEqualTo(Ticks.Unit.DAY);
        assertThat(axis(3).step().unit()).isEqualTo(Ticks.Unit.MONTH);
        assertThat(axis(7).step()).isEqualTo(new Ticks.Step(Ticks.Unit.YEAR, 1));
        assertThat(axis(60).step()).isEqualTo(new Ticks.Step(Ticks.Unit.YEAR, 10));
        assertThat(axis(5000).step().count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void labelsNeverOverlapAtAnyZoom() {
        for (double dpp = TimeScale.MIN_DAYS_PER_PIXEL; dpp <= 20_000; dpp *= 1.3) {
            Ticks.Axis a = axis(dpp);
            List<Ticks.Tick> ticks = a.minor();
            for (int i = 0; i + 1 < ticks.size(); i++) {
                Ticks.Tick t = ticks.get(i);
                double labelEnd = t.labelX() + MEASURER.width(t.label());
                assertThat(ticks.get(i + 1).labelX() - labelEnd)
                        .as("gap after '%s' at %s days/px", t.label(), dpp)
                        .isGreaterThanOrEqualTo(Ticks.LABEL_GAP - 1e-6);
            }
            for (Ticks.Tick c : a.context()) {
                assertThat(c.labelWidth()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void ticksFallOnCalendarBoundaries() {
        Ticks.Axis months = axis(3);
        for (Ticks.Tick t : months.minor()) {
            assertThat(LocalDate.ofEpochDay((long) t.day()).getDayOfMonth()).isEqualTo(1);
        }
        assertThat(months.context()).extracting(Ticks.Tick::label).contains("2021", "2022");
        Ticks.Axis days = axis(0.05);
        assertThat(days.context()).extracting(Ticks.Tick::label).first().isEqualTo("Jan 2021");
    }

    @Test
    void stickyContextLabelsStopBeforeTheNextOne() {
        Ticks.Axis days = axis(0.1);
        List<Ticks.Tick> context = days.context();
        for (int i = 0; i + 1 < context.size(); i++) {
            assertThat(context.get(i).labelX() + context.get(i).labelWidth()).isLessThan(context.get(i + 1).x());
        }
    }

    @Test
    void yearsBeforeTheCommonEraAreLabelledBce() {
        assertThat(Ticks.yearLabel(-43)).isEqualTo("44 BCE");
        assertThat(Ticks.yearLabel(0)).isEqualTo("1 BCE");
        assertThat(Ticks.yearLabel(2021)).isEqualTo("2021");
    }

    @Test
    void closeInTheTicksAreHoursAndMinutesUnderTheDay() {
        // 1,400 px over two days: an hour is 29 px, too narrow for "00:00" (35 px) and the gap; 2-hour steps
        Ticks.Axis hours = axis(2.0 / 1400);
        assertThat(hours.step()).isEqualTo(new Ticks.Step(Ticks.Unit.HOUR, 2));
        assertThat(hours.minor()).extracting(Ticks.Tick::label).startsWith("00:00", "02:00", "04:00");
        assertThat(hours.context()).extracting(Ticks.Tick::label).first().isEqualTo("1 Jan 2021");
        // at the closest zoom (one second per pixel) ticks are a minute or two apart
        Ticks.Axis minutes = axis(TimeScale.MIN_DAYS_PER_PIXEL);
        assertThat(minutes.step().unit()).isEqualTo(Ticks.Unit.MINUTE);
        assertThat(minutes.minor()).extracting(Ticks.Tick::label).startsWith("00:00", "00:01", "00:02");
        assertThat(minutes.minor().get(1).x() - minutes.minor().get(0).x()).isEqualTo(60, org.assertj.core.data.Offset.offset(1e-6));
    }
}
