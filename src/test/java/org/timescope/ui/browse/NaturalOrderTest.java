package org.timescope.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortByValueAndCaseIsIgnored() {
        List<String> names = new ArrayList<>(List.of("Organisation 10", "organisation 2", "Organisation 100",
                "Organisation 1", "World Intellectual Property Organization", "China National IP Administration",
                "100th Forum", "19th Forum", "Organisation 007"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("19th Forum", "100th Forum", "China National IP Administration",
                "Organisation 1", "organisation 2", "Organisation 007", "Organisation 10", "Organisation 100",
                "World Intellectual Property Organization");
    }
}
