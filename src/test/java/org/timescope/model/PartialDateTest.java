package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesYearMonthAndDayPrecision() {
        assertThat(PartialDate.parse("2016").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("2021-01").precision()).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("2021-06-11").precision()).isEqualTo(Precision.DAY);
        assertThat(PartialDate.parse(" 2021-06-11 ")).isEqualTo(PartialDate.of(2021, 6, 11));
    }

    @Test
    void aMonthCoversTheWholeMonthAndAYearTheWholeYear() {
        PartialDate january = PartialDate.parse("2021-01");
        assertThat(january.firstDay()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(january.lastDay()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("2016").lastDay()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(january.covers(LocalDate.of(2021, 1, 31))).isTrue();
        assertThat(january.covers(LocalDate.of(2021, 2, 1))).isFalse();
    }

    @Test
    void refusesMalformedAndImpossibleDatesWithTheReason() {
        assertThatThrownBy(() -> PartialDate.parse("June 2021")).hasMessageContaining("'June 2021' is not a date");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("has no day 30");
        assertThatThrownBy(() -> PartialDate.parse("2021-6-1")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> PartialDate.parse("10000000")).hasMessageContaining("not a date");
    }

    @Test
    void keepsYearsBeforeTheCommonEraAndFarFutureYears() {
        PartialDate caesar = PartialDate.parse("-0043-03-15");
        assertThat(caesar.display()).isEqualTo("15 March 44 BCE");
        assertThat(caesar.toString()).isEqualTo("-0043-03-15");
        assertThat(PartialDate.parse("999999").lastDay().getYear()).isEqualTo(999_999);
    }

    @Test
    void displaysAtItsPrecision() {
        assertThat(PartialDate.parse("2016").display()).isEqualTo("2016");
        assertThat(PartialDate.parse("2021-06").display()).isEqualTo("June 2021");
        assertThat(PartialDate.parse("2021-06-11").display()).isEqualTo("11 June 2021");
    }

    @Test
    void writesTheFormItWasParsedFrom() {
        for (String s : List.of("2016", "2021-01", "2021-06-11", "0044", "-0001-12")) {
            assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void ordersByFirstDayThenTheNarrowerIntervalFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2021"), PartialDate.parse("2021-06-11"),
                PartialDate.parse("2021-01"), PartialDate.parse("2021-01-01"), PartialDate.parse("2020-12-31")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString)
                .containsExactly("2020-12-31", "2021-01-01", "2021-01", "2021", "2021-06-11");
    }

    @Test
    void truncatesToACoarserPrecision() {
        assertThat(PartialDate.parse("2021-06-11").truncatedTo(Precision.MONTH)).isEqualTo(PartialDate.of(2021, 6));
        assertThat(PartialDate.parse("2021-06").truncatedTo(Precision.YEAR)).isEqualTo(PartialDate.ofYear(2021));
    }

    /** Found by fuzzing: "2021-00" read as the year 2021 and "2021-05-00" as May 2021. */
    @org.junit.jupiter.api.Test
    void aMonthOrDayWrittenAsZeroIsRefusedNotReadAsNone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialDate.parse("2021-00"))
                .hasMessage("'2021-00' is not a valid date: month 00 is not 01-12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialDate.parse("2021-05-00"))
                .hasMessage("'2021-05-00' is not a valid date: day 00 is not a day of the month");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialDate.parse("2021-00-05T10:00"))
                .hasMessageContaining("month 00");
    }

    /** Found by fuzzing: an offset of 25 hours was refused in the time library's words ("value 25 is not in the range"). */
    @org.junit.jupiter.api.Test
    void aZoneOffsetOutsideTheEarthsIsRefusedInPlainWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialDate.parse("2021-06-11T09:00+25:00"))
                .hasMessage("'2021-06-11T09:00+25:00' is not a valid date: the zone offset +25:00 is not between "
                        + "-18:00 and +18:00");
    }
}
