package org.timescope.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timescope.model.PartialDate;

/**
 * Plain ISO dates are read by hand, without the regular expressions (decision 0036): the dates and the refusals
 * must be those of the general path.
 */
class LooseDateTest {

    @Test
    void plainIsoDatesReadAsTheirParts() {
        assertThat(LooseDate.parse("2021")).isEqualTo(PartialDate.ofYear(2021));
        assertThat(LooseDate.parse(" 2021-06 ")).isEqualTo(PartialDate.of(2021, 6));
        assertThat(LooseDate.parse("2021-06-11")).isEqualTo(PartialDate.of(2021, 6, 11));
        assertThat(LooseDate.parse("0033-04-03")).isEqualTo(PartialDate.of(33, 4, 3));
        assertThat(LooseDate.parse("2024-02-29")).isEqualTo(PartialDate.of(2024, 2, 29));
    }

    @Test
    void plainLookingTextIsReadOrRefusedAsBefore() {
        // what PartialDate.parse (the general path) makes of each: a date, or its own message; "2021-00" and
        // "2021-06-00" are refused (a month or day of 00 is not "none")
        String[] texts = {"2021-00", "2021-13", "2023-02-29", "2021-00-05", "2021-06-00", "2021-6-11",
            "202a", "2021-06-1x", "12345", "-500", "2021-06-11T14:30"};
        for (String text : texts) {
            Object general = outcome(() -> PartialDate.parse(text));
            Object loose = outcome(() -> LooseDate.parse(text));
            if (general instanceof PartialDate || text.matches("-?\\d{4}-\\d{2}.*")) {
                // a date, or an ISO date wrong in a part ("2021-00"): the general path's own reason
                assertThat(loose).as(text).isEqualTo(general);
            } else {
                assertThat(loose).as(text).isEqualTo("'" + text + "' is not a date I can read (use YYYY, YYYY-MM, "
                        + "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z] or a month name, e.g. '11 June 2021'; 6/11/2021 is ambiguous)");
            }
        }
    }

    private static Object outcome(java.util.function.Supplier<PartialDate> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
