package org.timescope.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.TimelineEvent;

/**
 * Hand-written calendars as calendar programs write them: times of day survive an iCalendar import, kept as
 * written (decision 0030) — the local time with its offset; a TZID's offset is the one in force on that day
 * (Paris is +01:00 in January and +02:00 in July, by the EU's summer-time rule, not by this code).
 */
class IcsTimesTest {

    private static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hand//Test//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                + String.join("\r\n", eventLines) + "\r\nSUMMARY:Board meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static TimelineEvent only(String ics) {
        var events = IcsReader.read(ics, "meeting.ics", ImportOptions.DEFAULT).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String when(String ics) {
        return text(only(ics));
    }

    private static String text(TimelineEvent e) {
        return e.when().start() + (e.when().end() == null ? "" : " – " + e.when().end());
    }

    @Test
    void aTimeInANamedZoneKeepsItsLocalTimeWithThatZonesOffsetOnTheDay() {
        assertThat(when(calendar("DTSTART;TZID=Europe/Paris:20240115T093000",
                "DTEND;TZID=Europe/Paris:20240115T103000"))).isEqualTo("2024-01-15T09:30+01:00 – 2024-01-15T10:29+01:00");
        assertThat(when(calendar("DTSTART;TZID=Europe/Paris:20240715T093000")))
                .isEqualTo("2024-07-15T09:30+02:00");
    }

    @Test
    void theZoneNamesSomeCalendarsWriteAroundTheIanaNameAreRecognised() {
        assertThat(when(calendar("DTSTART;TZID=\"/mozilla.org/20050126_1/America/New_York\":20240115T093000")))
                .isEqualTo("2024-01-15T09:30-05:00");
    }

    @Test
    void aUtcTimeIsKeptInUtcAndAFloatingTimeWithoutOffset() {
        assertThat(when(calendar("DTSTART:19990810T145220Z"))).isEqualTo("1999-08-10T14:52:20Z");
        assertThat(when(calendar("DTSTART:20240115T093000", "DTEND:20240115T094500")))
                .isEqualTo("2024-01-15T09:30 – 2024-01-15T09:44");
    }

    @Test
    void aOneMinuteEventIsOneMinuteAndItsEndNotRepeated() {
        TimelineEvent e = only(calendar("DTSTART:20240115T093000Z", "DTEND:20240115T093100Z"));
        assertThat(text(e)).isEqualTo("2024-01-15T09:30Z");
        assertThat((e.when().until() - e.when().from()) * 86_400).isCloseTo(60, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(e.dateNote()).isNull();
    }

    @Test
    void dateValuesStayWholeDaysWithTheirExclusiveEndMadeInclusive() {
        assertThat(when(calendar("DTSTART;VALUE=DATE:20240115", "DTEND;VALUE=DATE:20240118")))
                .isEqualTo("2024-01-15 – 2024-01-17");
        assertThat(when(calendar("DTSTART;VALUE=DATE:20240115", "DTEND;VALUE=DATE:20240116"))).isEqualTo("2024-01-15");
        assertThat(when(calendar("DTSTART:20240115T000000", "DTEND:20240116T000000"))).isEqualTo("2024-01-15");
    }

    @Test
    void aZoneTheJdkDoesNotKnowLeavesTheTimeFloatingAndSaysSo() {
        TimelineEvent e = only(calendar("DTSTART;TZID=W. Europe Standard Time:20240115T093000"));
        assertThat(text(e)).isEqualTo("2024-01-15T09:30");
        assertThat(e.dateNote()).isEqualTo("DTSTART in time zone 'W. Europe Standard Time', which Timescope does not "
                + "know: its time is kept without an offset");
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedInOneLineNamingTheField() {
        assertThatThrownBy(() -> only(calendar("DTSTART:20240115T253000")))
                .isInstanceOf(ExchangeException.class)
                .hasMessageContaining("meeting.ics").hasMessageContaining("DTSTART")
                .hasMessageContaining("'20240115T253000' is not a real date or time")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
    }
}
