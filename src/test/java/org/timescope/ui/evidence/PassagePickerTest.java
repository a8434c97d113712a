package org.timescope.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.Source;

/** Quoting a passage: verbatim by construction, offsets of the trimmed selection, one-line reasons. */
class PassagePickerTest {

    private static final String TEXT = "On 27 February, the two offices signed a memorandum. It covers patents.";
    private static final Source STORED = new Source("seed-001", "An article", null, "China Daily", null, null, null,
            null, TEXT);

    @Test
    void theSelectedPassageOfAStoredSourceBecomesAQuoteWithItsOffsets() {
        PassagePicker p = new PassagePicker(List.of(STORED));
        p.choose(STORED);
        p.select(53, 15); // " the two offices signed a memorandum. ", dragged right to left, spaces around
        PassagePicker.Chosen c = p.chosen();
        assertThat(c.evidence().quote()).isEqualTo("the two offices signed a memorandum.");
        assertThat(c.evidence().start()).isEqualTo(16);
        assertThat(TEXT.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().quote());
        assertThat(c.newSource()).isNull();
        assertThat(p.describe()).isEqualTo("Quote of 36 characters, at 16–52");
    }

    @Test
    void aNewSourceNeedsATitleAndTextAndGetsAFreeKey() {
        PassagePicker p = new PassagePicker(List.of(new Source("source-ip-report", "x", null, null, null, null, null,
                null, "t")));
        p.addNew("", "", "", "", "");
        assertThat(p.problem()).isEqualTo("The new source needs a title.");
        p.addNew("IP report", "WIPO", "https://example.org", "2023-13", "Patents rose by 4%.");
        assertThat(p.problem()).startsWith("Published: '2023-13' is not a date");
        p.addNew("IP report", "WIPO", "https://example.org", "2023-11", "Patents rose by 4%.");
        assertThat(p.problem()).isEqualTo("Select the passage to quote in the text.");
        p.select(0, 19);
        PassagePicker.Chosen c = p.chosen();
        assertThat(c.newSource().key()).isEqualTo("source-ip-report-2");
        assertThat(c.newSource().published().toString()).isEqualTo("2023-11");
        assertThat(c.evidence().sourceKey()).isEqualTo("source-ip-report-2");
        assertThat(c.evidence().quote()).isEqualTo("Patents rose by 4%.");
    }

    @Test
    void nothingChosenIsRefusedWithAReason() {
        PassagePicker p = new PassagePicker(List.of(STORED));
        assertThat(p.problem()).isEqualTo("Choose a source, or add one.");
        assertThatThrownBy(p::chosen).hasMessage("Choose a source, or add one.");
        p.choose(STORED);
        p.select(5, 5);
        assertThat(p.problem()).isEqualTo("Select the passage to quote in the text.");
    }
}
