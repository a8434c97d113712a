package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates with a time of day: precision, the interval covered, the written form and the order. */
class PartialDateTimeTest {

    @Test
    void aTimestampIsReadAtThePrecisionWrittenAndPrintedBackAsWritten() {
        for (String text : List.of("1999-08-10T14:52:20Z", "2021-06-11T14:30", "2021-06-11T14",
                "2021-06-11T09:00+02:00", "2021-06-11T23:59:59-05:30", "-0043-03-15T11:00")) {
            assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
        }
        assertThat(PartialDate.parse("2021-06-11 14:30").toString()).isEqualTo("2021-06-11T14:30");
        assertThat(PartialDate.parse("2021-06-11T09:00+0200").toString()).isEqualTo("2021-06-11T09:00+02:00");
        assertThat(PartialDate.parse("1999-08-10T14:52:20Z").precision()).isEqualTo(Precision.SECOND);
        assertThat(PartialDate.parse("2021-06-11T14:30").precision()).isEqualTo(Precision.MINUTE);
        assertThat(PartialDate.parse("2021-06-11T14").precision()).isEqualTo(Precision.HOUR);
    }

    @Test
    void aTimeCoversItsHourMinuteOrSecondOfItsDay() {
        PartialDate minute = PartialDate.parse("2021-06-11T14:30");
        double day = LocalDate.of(2021, 6, 11).toEpochDay();
        assertThat(minute.firstDay()).isEqualTo(LocalDate.of(2021, 6, 11));
        assertThat(minute.lastDay()).isEqualTo(LocalDate.of(2021, 6, 11));
        assertThat(minute.from()).isEqualTo(day + 870 / 1440.0);
        assertThat(minute.until()).isEqualTo(day + 871 / 1440.0);
        assertThat(PartialDate.parse("2021-06-11T23").until()).isEqualTo(day + 1);
        assertThat(PartialDate.parse("2021-06-11").from()).isEqualTo(day);
        assertThat(PartialDate.parse("2021-06-11").until()).isEqualTo(day + 1);
    }

    @Test
    void theOffsetIsKeptNotApplied() {
        PartialDate geneva = PartialDate.parse("2021-06-11T23:30+02:00");
        assertThat(geneva.offset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(geneva.hour()).isEqualTo(23);
        assertThat(geneva.firstDay()).isEqualTo(LocalDate.of(2021, 6, 11));
        assertThat(geneva.display()).isEqualTo("11 June 2021, 23:30 UTC+02:00");
        assertThat(PartialDate.parse("1999-08-10T14:52:20Z").display()).isEqualTo("10 August 1999, 14:52:20 UTC");
        assertThat(PartialDate.parse("2021-06-11T14").display()).isEqualTo("11 June 2021, 14h");
    }

    @Test
    void impossibleTimesAreRefusedWithTheText() {
        assertThatThrownBy(() -> PartialDate.parse("2021-06-11T24:00")).hasMessageContaining("'2021-06-11T24:00'")
                .hasMessageContaining("hour 24");
        assertThatThrownBy(() -> PartialDate.parse("2021-06-11T10:60")).hasMessageContaining("minute 60");
        assertThatThrownBy(() -> PartialDate.parse("2021-06T10:00")).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> new PartialDate(2021, 6, 0, 10, -1, -1, null)).hasMessageContaining("needs a day");
    }

    @Test
    void theOrderIsByStartThenTheShorterFirstThenOffset() {
        // as for days ("a day before its month"): from the same moment, the shorter interval first
        List<PartialDate> expected = List.of(PartialDate.parse("2021-06"), PartialDate.parse("2021-06-11T00"),
                PartialDate.parse("2021-06-11"), PartialDate.parse("2021-06-11T09:00"),
                PartialDate.parse("2021-06-11T14:00:00"), PartialDate.parse("2021-06-11T14:00:00+02:00"),
                PartialDate.parse("2021-06-11T14:00:00Z"), PartialDate.parse("2021-06-11T14:00"),
                PartialDate.parse("2021-06-11T14"), PartialDate.parse("2021-06-12"));
        List<PartialDate> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(PartialDate.parse("2021-06-11T14:00Z").compareTo(PartialDate.parse("2021-06-11T14:00")))
                .isNotZero();
    }

    @Test
    void aSpanCannotEndBeforeItStartsOnTheSameDay() {
        assertThatThrownBy(() -> DateSpan.parse("2021-06-11T14:00", "2021-06-11T10:00"))
                .hasMessageContaining("before start");
        assertThat(DateSpan.parse("2021-06-11T09:00", "2021-06-11T17:00").precision()).isEqualTo(Precision.MINUTE);
        assertThat(DateSpan.parse("2021-06-11T09:00", "2021-06-12").precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void packedColumnsKeepTheTimeAndOffset() {
        for (String text : List.of("1999-08-10T14:52:20Z", "2021-06-11T14:30", "2021-06-11T14",
                "2021-06-11T09:00-09:30", "-0043-03-15T11:00+14:00", "2021", "2021-06-11")) {
            PartialDate d = PartialDate.parse(text);
            assertThat(TimelineRows.unpack(TimelineRows.pack(d))).isEqualTo(d);
        }
        assertThat(TimelineRows.unpack(TimelineRows.pack(null))).isNull();
    }
}
