package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.PartialDate;

/** Series placed on the time axis: periods as spans, quantities from zero, ranks with first place on top. */
class SeriesStripTest {

    private static Indicator obs(String series, PartialDate period, double value, String unit, String qualifier) {
        return new Indicator(series, "Shanghai", period, value, unit, qualifier, null,
                new Evidence("seed-001", "a quote", 0, 7));
    }

    @Test
    void aYearsValueSpansTheYearOnTheAxis() {
        Indicator granted = obs("Invention patents granted", PartialDate.ofYear(2020), 24_000, "patents", "over");
        SeriesStrip strip = SeriesStrip.of("Invention patents granted", List.of(granted));
        // one pixel per day from 1 January 2020
        TimeScale scale = new TimeScale(LocalDate.of(2020, 1, 1).toEpochDay(), 1, 1000);
        SeriesStrip.Mark m = strip.place(scale).get(0);
        assertThat(m.x0()).isEqualTo(0);
        assertThat(m.x1()).isEqualTo(366); // 2020 is a leap year
        assertThat(strip.kind()).isEqualTo(SeriesStrip.Kind.BARS);
        assertThat(strip.bottomValue()).isZero();
        assertThat(strip.topValue()).isEqualTo(50_000); // the next 1-2-5 step above 24,000
        assertThat(m.level()).isEqualTo(24_000 / 50_000.0);
    }

    @Test
    void aRankIsDrawnWithFirstPlaceOnTop() {
        List<Indicator> ranks = List.of(obs("GII cluster rank", PartialDate.ofYear(2019), 11, "rank", null),
                obs("GII cluster rank", PartialDate.ofYear(2022), 6, "rank", null));
        SeriesStrip strip = SeriesStrip.of("GII cluster rank", ranks);
        assertThat(strip.kind()).isEqualTo(SeriesStrip.Kind.RANK);
        assertThat(strip.topValue()).isEqualTo(1);
        assertThat(strip.bottomValue()).isEqualTo(20);
        assertThat(strip.level(1)).isEqualTo(1);
        assertThat(strip.level(6)).isGreaterThan(strip.level(11)); // sixth is drawn above eleventh
    }

    @Test
    void thePointerFindsTheObservationWhosePeriodItIsOver() {
        Indicator y2020 = obs("Patents", PartialDate.ofYear(2020), 10, "patents", null);
        Indicator y2022 = obs("Patents", PartialDate.ofYear(2022), 20, "patents", null);
        SeriesStrip strip = SeriesStrip.of("Patents", List.of(y2022, y2020));
        TimeScale scale = new TimeScale(LocalDate.of(2020, 1, 1).toEpochDay(), 1, 2000);
        double mid2022 = LocalDate.of(2022, 7, 1).toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay();
        assertThat(strip.at(scale, mid2022, 0.2, 3)).contains(y2022);
        assertThat(strip.at(scale, 100, 0.1, 3)).contains(y2020);
        double mid2021 = LocalDate.of(2021, 7, 1).toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay();
        assertThat(strip.at(scale, mid2021, 0.2, 3)).isEmpty();
        assertThat(strip.observations()).containsExactly(y2020, y2022); // in time order
    }

    @Test
    void valuesAreWrittenWithTheSourcesHedge() {
        assertThat(SeriesStrip.valueText(obs("a", PartialDate.ofYear(2020), 24_000, "patents", "over")))
                .isEqualTo("over 24,000 patents");
        assertThat(SeriesStrip.valueText(obs("a", PartialDate.ofYear(2020), 6.48, "%", null))).isEqualTo("6.48 %");
        assertThat(SeriesStrip.valueText(obs("a", PartialDate.ofYear(2020), 15.7, "%", null))).isEqualTo("15.7 %");
        assertThat(SeriesStrip.valueText(obs("a", PartialDate.ofYear(2021), 8, "rank", null))).isEqualTo("rank 8");
    }

    @Test
    void onlyChosenSeriesWithObservationsGetAStripInTheChosenOrder() {
        List<Indicator> all = List.of(obs("A", PartialDate.ofYear(2020), 1, "x", null),
                obs("B", PartialDate.ofYear(2020), 2, "y", null));
        assertThat(SeriesStrip.of(List.of("B", "missing", "A"), all)).extracting(SeriesStrip::series)
                .containsExactly("B", "A");
    }
}
