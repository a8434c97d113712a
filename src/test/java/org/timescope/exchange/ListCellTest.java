package org.timescope.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A list in one CSV cell reads back as written, and another program's cells read as before. */
class ListCellTest {

    @Test
    void valuesHoldingASemicolonOrABackslashReadBackAsWritten() {
        List<String> values = List.of("Xie Dong (First convener; Deputy Mayor of Shanghai)", "C:\\data\\a.txt", "plain");
        String cell = ListCell.join(values);
        assertThat(cell).isEqualTo("Xie Dong (First convener\\; Deputy Mayor of Shanghai); C:\\\\data\\\\a.txt; plain");
        assertThat(ListCell.split(cell)).isEqualTo(values);
    }

    @Test
    void anotherProgramsCellsSplitOnEverySemicolonAndKeepTheirBackslashes() {
        assertThat(ListCell.split("WIPO; CNIPA ;; ")).containsExactly("WIPO", "CNIPA");
        assertThat(ListCell.split("C:\\data; D:\\x")).containsExactly("C:\\data", "D:\\x");
    }
}
