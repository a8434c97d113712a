package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void largeCountsAreGroupedInThreesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // would write 1.000.000
            assertThat(Counts.ofTotal(18_395, 1_000_000)).isEqualTo("18,395 of 1,000,000 events");
            assertThat(Counts.ofTotal(9, 23)).isEqualTo("9 of 23 events");
        } finally {
            Locale.setDefault(before);
        }
    }
}
