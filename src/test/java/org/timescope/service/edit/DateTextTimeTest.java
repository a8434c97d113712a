package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's date field takes a time of day after a day, in the forms researchers type. */
class DateTextTimeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-06-11T14:30            | 2021-06-11T14:30
            2021-06-11 14:30            | 2021-06-11T14:30
            11 June 2021 14:30          | 2021-06-11T14:30
            11 June 2021, 14:30:05      | 2021-06-11T14:30:05
            June 11, 2021 9:05          | 2021-06-11T09:05
            11 June 2021, 14h           | 2021-06-11T14
            1999-08-10T14:52:20Z        | 1999-08-10T14:52:20Z
            11 June 2021 14:30 UTC      | 2021-06-11T14:30Z
            11 June 2021 14:30 +02:00   | 2021-06-11T14:30+02:00
            11 June 2021 14:30 UTC-05:30| 2021-06-11T14:30-05:30
            """)
    void readsATimeAfterADay(String text, String written) {
        assertThat(DateText.date(text).toString()).isEqualTo(written);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            June 2021 14:30       | 'June 2021 14:30' is not a date: a time of day needs a day (e.g. 11 June 2021 14:30)
            11 June 2021 25:00    | '11 June 2021 25:00' is not a date: there is no time 25:00
            11 June 2021 14:75    | '11 June 2021 14:75' is not a date: there is no time 14:75
            """)
    void refusesATimeItCannotPlace(String text, String message) {
        assertThatThrownBy(() -> DateText.date(text)).hasMessage(message);
    }
}
