package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/** Dates as researchers type them: each row written by hand, with the date and precision it means. */
class DateTextTypedTest {

    @ParameterizedTest(name = "\"{0}\" is {1}-{2}-{3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2021                 | 2021 | 0  | 0  | YEAR
            '  2021  '           | 2021 | 0  | 0  | YEAR
            -44                  | -44  | 0  | 0  | YEAR
            0                    | 0    | 0  | 0  | YEAR
            2021-06              | 2021 | 6  | 0  | MONTH
            2021/06              | 2021 | 6  | 0  | MONTH
            June 2021            | 2021 | 6  | 0  | MONTH
            june 2021            | 2021 | 6  | 0  | MONTH
            Jun 2021             | 2021 | 6  | 0  | MONTH
            Jun. 2021            | 2021 | 6  | 0  | MONTH
            Sept 2019            | 2019 | 9  | 0  | MONTH
            'December, 1999'     | 1999 | 12 | 0  | MONTH
            May 2020             | 2020 | 5  | 0  | MONTH
            2021-06-11           | 2021 | 6  | 11 | DAY
            2021/6/11            | 2021 | 6  | 11 | DAY
            11 June 2021         | 2021 | 6  | 11 | DAY
            11  June   2021      | 2021 | 6  | 11 | DAY
            11th June 2021       | 2021 | 6  | 11 | DAY
            1st Mar 2016         | 2016 | 3  | 1  | DAY
            'June 11, 2021'      | 2021 | 6  | 11 | DAY
            June 11 2021         | 2021 | 6  | 11 | DAY
            'Feb 29th, 2024'     | 2024 | 2  | 29 | DAY
            30 June 2021         | 2021 | 6  | 30 | DAY
            31 DECEMBER 1999     | 1999 | 12 | 31 | DAY
            """)
    void readsTheFormsResearchersWrite(String text, int year, int month, int day, Precision precision) {
        PartialDate date = DateText.date(text);
        assertThat(date).isEqualTo(new PartialDate(year, month, day));
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(DateText.isDate(text)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            31 June 2021     | '31 June 2021' is not a date: June has 30 days
            June 31, 2021    | 'June 31, 2021' is not a date: June has 30 days
            2021-06-31       | '2021-06-31' is not a date: June has 30 days
            29 February 2023 | '29 February 2023' is not a date: February 2023 has 28 days
            0 June 2021      | '0 June 2021' is not a date: there is no day 0
            2021-13          | '2021-13' is not a date: there is no month 13
            2021-00          | '2021-00' is not a date: there is no month 0
            11 Juni 2021     | '11 Juni 2021' is not a date: 'Juni' is not a month
            Summer 2021      | 'Summer 2021' is not a date: 'Summer' is not a month
            6/11/2021        | '6/11/2021' is not a date: day and month are ambiguous in numbers; write 2021-06-11 or 11 June 2021
            next Tuesday     | 'next Tuesday' is not a date: write a year (2021), a month (June 2021, 2021-06) or a day (11 June 2021, 2021-06-11)
            20210611         | '20210611' is not a date: write a year (2021), a month (June 2021, 2021-06) or a day (11 June 2021, 2021-06-11)
            June             | 'June' is not a date: write a year (2021), a month (June 2021, 2021-06) or a day (11 June 2021, 2021-06-11)
            """)
    void refusesWithOneLineNamingTheText(String text, String message) {
        assertThatThrownBy(() -> DateText.date(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(DateText.isDate(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void anEmptyTextIsNoDate(String text) {
        assertThatThrownBy(() -> DateText.date(text)).hasMessageStartingWith("no date given");
        assertThatThrownBy(() -> DateText.date(null)).hasMessageStartingWith("no date given");
    }
}
