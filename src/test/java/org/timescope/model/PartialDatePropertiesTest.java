package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Partial dates stand for intervals (decision 0002). Generated dates of every precision, checked against
 * the interval java.time computes for them: the order is a total order (antisymmetric, transitive,
 * consistent with equals) that follows the intervals, and every form a date is written in — the ISO text
 * of files, the packed form of the timeline's index — reads back as the same date.
 *
 * <p>Dates are generated per {@link Precision}; a precision added to the model needs its generator in
 * {@link #at(Precision)}, and the properties fail (naming it) until it has one.
 */
class PartialDatePropertiesTest {

    /** The interval a date covers, computed with java.time from its parts rather than by the model. */
    record Interval(LocalDate first, LocalDate last) {
        static Interval of(PartialDate d) {
            return switch (d.precision()) {
                case YEAR -> new Interval(Year.of(d.year()).atDay(1), Year.of(d.year()).atDay(Year.of(d.year()).length()));
                case MONTH -> new Interval(YearMonth.of(d.year(), d.month()).atDay(1),
                        YearMonth.of(d.year(), d.month()).atEndOfMonth());
                case DAY -> new Interval(LocalDate.of(d.year(), d.month(), d.day()), LocalDate.of(d.year(), d.month(), d.day()));
                default -> throw new AssertionError("no interval computed for " + d.precision() + " dates");
            };
        }

        int compare(Interval o) {
            int c = first.compareTo(o.first);
            return c != 0 ? c : last.compareTo(o.last);
        }
    }

    // ---- generators ----

    /**
     * The calendar precisions (year, month, day), whose intervals are whole days. Times of day (hour, minute,
     * second) order within their day by the second they start, which a day interval cannot express; they are
     * checked against java.time by PartialDateTimeTest.
     */
    private static final List<Precision> CALENDAR = java.util.Arrays.stream(Precision.values())
            .filter(p -> !p.timed()).toList();

    /** Any date the model accepts: every precision, years from -999,999 to 999,999 (the limits included). */
    @Provide
    Arbitrary<PartialDate> anyDate() {
        Arbitrary<Integer> years = Arbitraries.oneOf(
                Arbitraries.integers().between(-PartialDate.MAX_YEAR, PartialDate.MAX_YEAR),
                Arbitraries.integers().between(-50, 3000),
                Arbitraries.of(-PartialDate.MAX_YEAR, -214_749, -1, 0, 1, 1582, 1900, 2000, 2024, 9999, 10_000,
                        214_748, 214_749, PartialDate.MAX_YEAR));
        return Arbitraries.of(CALENDAR).flatMap(p -> years.flatMap(y -> at(p, y)));
    }

    /**
     * Dates crowded into three years, so that equal first days, nested intervals (a day in its month in its
     * year) and equal dates are common: where an order goes wrong.
     */
    @Provide
    Arbitrary<PartialDate> nearbyDate() {
        return Arbitraries.of(CALENDAR).flatMap(p -> Arbitraries.integers().between(2019, 2021)
                .flatMap(y -> at(p, y)));
    }

    @Provide
    Arbitrary<List<PartialDate>> nearbyDates() {
        return nearbyDate().list().ofMinSize(2).ofMaxSize(12);
    }

    private static Arbitrary<PartialDate> at(Precision precision, int year) {
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        switch (precision) {
            case YEAR:
                return Arbitraries.just(PartialDate.ofYear(year));
            case MONTH:
                return months.map(m -> PartialDate.of(year, m));
            case DAY:
                // day of month from java.time's length of the month (29 February only in leap years)
                return months.flatMap(m -> Arbitraries.integers().between(1, YearMonth.of(year, m).lengthOfMonth())
                        .map(d -> PartialDate.of(year, m, d)));
            default:
                throw new AssertionError("no generator for " + precision + " dates: add one to PartialDatePropertiesTest.at");
        }
    }

    // ---- the order ----

    @Property(tries = 500)
    void theModelsIntervalIsTheOneJavaTimeComputes(@ForAll("anyDate") PartialDate d) {
        Interval expected = Interval.of(d);
        assertThat(d.firstDay()).isEqualTo(expected.first());
        assertThat(d.lastDay()).isEqualTo(expected.last());
        assertThat(d.covers(expected.first())).isTrue();
        assertThat(d.covers(expected.last())).isTrue();
        assertThat(d.covers(expected.first().minusDays(1))).isFalse();
        assertThat(d.covers(expected.last().plusDays(1))).isFalse();
    }

    @Property(tries = 500)
    void theOrderIsAntisymmetricAndConsistentWithEquals(@ForAll("nearbyDate") PartialDate a,
                                                       @ForAll("nearbyDate") PartialDate b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).as("%s vs %s: equal in order iff equal", a, b).isEqualTo(a.equals(b));
        assertThat(a.compareTo(new PartialDate(a.year(), a.month(), a.day()))).isZero();
    }

    @Property(tries = 500)
    void theOrderFollowsTheIntervalsFirstDayThenTheNarrowerFirst(@ForAll("anyDate") PartialDate a,
                                                                  @ForAll("nearbyDate") PartialDate b) {
        for (PartialDate[] pair : new PartialDate[][] {{a, b}, {b, a}}) {
            PartialDate x = pair[0];
            PartialDate y = pair[1];
            assertThat(Integer.signum(x.compareTo(y))).as("%s vs %s", x, y)
                    .isEqualTo(Integer.signum(Interval.of(x).compare(Interval.of(y))));
            if (x.lastDay().isBefore(y.firstDay())) {
                assertThat(x).as("an interval that ends before another begins comes first").isLessThan(y);
            }
        }
    }

    /** Sorting compares pairs; if the order were not transitive, some earlier date would sort after a later one. */
    @Property(tries = 500)
    void theOrderIsTransitiveSoSortingAgreesWithEveryPair(@ForAll("nearbyDates") List<PartialDate> dates) {
        List<PartialDate> sorted = new ArrayList<>(dates);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertThat(sorted.get(i).compareTo(sorted.get(j))).as("%s before %s", sorted.get(i), sorted.get(j))
                        .isLessThanOrEqualTo(0);
                assertThat(Interval.of(sorted.get(i)).compare(Interval.of(sorted.get(j)))).isLessThanOrEqualTo(0);
            }
        }
        List<PartialDate> reversed = new ArrayList<>(dates);
        Collections.reverse(reversed);
        Collections.sort(reversed);
        assertThat(reversed).as("the same order whatever the order they came in").isEqualTo(sorted);
    }

    // ---- written forms read back ----

    @Property(tries = 500)
    void theIsoTextReadsBackAsTheSameDate(@ForAll("anyDate") PartialDate d) {
        String text = d.toString();
        assertThat(PartialDate.parse(text)).isEqualTo(d);
        assertThat(PartialDate.parse(text).precision()).isEqualTo(d.precision());
        assertThat(PartialDate.parse(" " + text + " ")).isEqualTo(d);
    }

    /** Within years 1–9999 the text is exactly java.time's ISO form at the date's precision. */
    @Property(tries = 500)
    void theIsoTextIsJavaTimesIsoForm(@ForAll("nearbyDate") PartialDate near, @ForAll("anyDate") PartialDate any) {
        for (PartialDate d : List.of(near, any)) {
            if (d.year() < 1 || d.year() > 9999) {
                continue;
            }
            String expected = switch (d.precision()) {
                case YEAR -> YearMonth.of(d.year(), 1).toString().substring(0, 4);
                case MONTH -> YearMonth.of(d.year(), d.month()).toString();
                case DAY -> LocalDate.of(d.year(), d.month(), d.day()).toString();
                default -> throw new AssertionError("no ISO form known for " + d.precision() + " dates");
            };
            assertThat(d.toString()).isEqualTo(expected);
        }
    }

    /** The timeline's index keeps each date packed in an int and shows it again in tooltips. */
    @Property(tries = 500)
    void thePackedFormOfTheTimelineIndexReadsBackAsTheSameDate(@ForAll("anyDate") PartialDate d) {
        assertThat(TimelineRows.unpack(TimelineRows.pack(d))).isEqualTo(d);
    }

    @Property(tries = 500)
    void aSpanReadsBackFromItsTwoTexts(@ForAll("anyDate") PartialDate a, @ForAll("nearbyDate") PartialDate b) {
        PartialDate start = a.compareTo(b) <= 0 ? a : b;
        PartialDate end = a.compareTo(b) <= 0 ? b : a;
        DateSpan span = new DateSpan(start, end);
        DateSpan read = DateSpan.parse(start.toString(), end.toString());
        assertThat(read).isEqualTo(span);
        assertThat(read.firstDay()).isEqualTo(Interval.of(start).first());
        assertThat(read.lastDay()).isEqualTo(Interval.of(end).last());
        Precision coarser = start.precision().compareTo(end.precision()) <= 0 ? start.precision() : end.precision();
        assertThat(read.precision()).isEqualTo(coarser);
        assertThat(DateSpan.parse(start.toString(), null)).isEqualTo(DateSpan.of(start));
    }
}
