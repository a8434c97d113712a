package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** "Café", null, "", "東京 🗼" written as the column cache writes them: lengths, then one block of UTF-8. */
    private static Texts written() {
        byte[] cafe = "Café".getBytes(StandardCharsets.UTF_8); // 5 bytes: é is two
        byte[] tokyo = "東京 🗼".getBytes(StandardCharsets.UTF_8); // 3 + 3 + 1 + 4 bytes
        byte[] block = new byte[cafe.length + tokyo.length];
        System.arraycopy(cafe, 0, block, 0, cafe.length);
        System.arraycopy(tokyo, 0, block, cafe.length, tokyo.length);
        return Texts.utf8(block, new int[] {0, 5, 5, 5}, new int[] {5, -1, 0, 11});
    }

    @Test
    void valuesHeldAsUtf8ReadBackAsTheStringsWritten() {
        Texts t = written();
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.get(0)).isEqualTo("Café");
        assertThat(t.get(1)).isNull();
        assertThat(t.get(2)).isEmpty();
        assertThat(t.get(3)).isEqualTo("東京 🗼");
        assertThat(t.asList()).containsExactly("Café", null, "", "東京 🗼");
    }

    @Test
    void aSelectionKeepsTheOrderAskedForHoweverTheValuesAreHeld() {
        assertThat(written().select(new int[] {3, 0}).asList()).containsExactly("東京 🗼", "Café");
        assertThat(Texts.of("a", "b", "c").select(new int[] {2, 2, 0}).asList()).containsExactly("c", "c", "a");
        assertThat(Texts.repeated("", 5).select(new int[] {4, 1}).asList()).containsExactly("", "");
    }

    @Test
    void theSameValuesAreEqualWhetherHeldAsStringsOrAsUtf8() {
        Texts strings = Texts.of("Café", null, "", "東京 🗼");
        assertThat(written()).isEqualTo(strings).hasSameHashCodeAs(strings);
        assertThat(written()).isNotEqualTo(Texts.of("Cafe", null, "", "東京 🗼"));
        assertThat(Texts.repeated("", 3)).isEqualTo(Texts.of("", "", ""));
    }

    @Test
    void aPlaceOutsideTheColumnIsRefused() {
        assertThatThrownBy(() -> Texts.repeated("", 3).get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> written().get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Texts.utf8(new byte[0], new int[2], new int[1])).isInstanceOf(IllegalArgumentException.class);
    }
}
