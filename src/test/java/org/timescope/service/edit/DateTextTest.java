package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timescope.model.PartialDate;

/** Dates typed as researchers write them, read at the precision written; refusals name what is wrong. */
class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021|2021",
        "  2021 |2021",
        "June 2021|2021-06",
        "Jun 2021|2021-06",
        "jun. 2021|2021-06",
        "11 June 2021|2021-06-11",
        "11th June 2021|2021-06-11",
        "June 11, 2021|2021-06-11",
        "Sept 3 2019|2019-09-03",
        "2021-06|2021-06",
        "2021-06-11|2021-06-11",
        "2021/6/11|2021-06-11",
        "44 BCE|-0043",
        "-0043|-0043",
        "800 AD|0800",
        // what the event form shows of a date before the common era reads back (found by WrittenDatePropertiesTest)
        "15 March 44 BCE|-0043-03-15",
        "March 44 BCE|-0043-03",
        "29 February 1 BCE|0000-02-29",
        "1000000 BCE|-999999"})
    void readsWhatIsWrittenAtItsPrecision(String text, String iso) {
        DateText.Result r = DateText.parse(text);
        assertThat(r.error()).isNull();
        assertThat(r.date()).isEqualTo(PartialDate.parse(iso));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jume 2021|'Jume 2021' is not a date: 'Jume' is not a month",
        "2021-13|'2021-13' is not a date: there is no month 13",
        "31 June 2021|'31 June 2021' is not a date: June has 30 days",
        "2021-02-29|'2021-02-29' is not a date: February 2021 has 28 days",
        "6/11/2021|'6/11/2021' is not a date: day and month are ambiguous in numbers; write 2021-06-11 or 11 June 2021",
        "last spring|'last spring' is not a date: write a year (2021), a month (June 2021, 2021-06) or a day (11 June 2021, 2021-06-11)",
        "0 BCE|'0 BCE' is not a date: there is no year 0 (1 BCE comes before 1 CE)",
        "1 March 0 BC|'1 March 0 BC' is not a date: there is no year 0 (1 BCE comes before 1 CE)",
        "1000001 BCE|'1000001 BCE' is not a date: years go from 1000000 BCE to 999999",
        // found by a fuzzer: a seventh digit was "not a date" with no word of the limit
        "1000000|'1000000' is not a date: years go from -999999 to 999999",
        "2021000-01|'2021000-01' is not a date: years go from -999999 to 999999",
        "29 February 2 BCE|'29 February 2 BCE' is not a date: February 2 BCE has 28 days",
        // a day an article gives without its year (the review of its candidates shows it so)
        "4 December|'4 December' is not a date: the year is missing (write e.g. 4 December 2024)",
        "--12-04|'--12-04' is not a date: the year is missing (write e.g. 4 December 2024)"})
    void refusesWithAReasonNamingTheText(String text, String reason) {
        DateText.Result r = DateText.parse(text);
        assertThat(r.date()).isNull();
        assertThat(r.error()).isEqualTo(reason);
    }

    @org.junit.jupiter.api.Test
    void blankIsNoDateAndNoError() {
        assertThat(DateText.parse("  ").blank()).isTrue();
        assertThat(DateText.parse(null).blank()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void describesTheDateWithItsPrecision() {
        assertThat(DateText.describe(PartialDate.of(2021, 6))).isEqualTo("June 2021 · month precision");
        assertThat(DateText.describe(PartialDate.of(2021, 6, 11))).isEqualTo("11 June 2021 · day precision");
        assertThat(DateText.describe(PartialDate.ofYear(-43))).isEqualTo("44 BCE · year precision");
    }
}
