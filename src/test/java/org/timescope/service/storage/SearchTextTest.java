package org.timescope.service.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the full-text index sees of a text: ideographs and kana one word each, everything else unchanged. */
class SearchTextTest {

    @Test
    void latinTextIsTheSameString() {
        String text = "Shanghai IP court — 2021, “copyright” café";
        assertThat(SearchText.words(text)).isSameAs(text);
        assertThat(SearchText.words(null)).isNull();
    }

    @Test
    void everyIdeographAndKanaStandsAlone() {
        assertThat(SearchText.words("上海论坛").split(" +")).containsExactly("", "上", "海", "论", "坛");
        // Latin and digits stay whole beside them; hiragana and katakana are cut too
        assertThat(SearchText.words("WIPO中国2021年").strip().split(" +")).containsExactly("WIPO", "中", "国", "2021", "年");
        assertThat(SearchText.words("とうきょうテスト").strip().split(" +"))
                .containsExactly("と", "う", "き", "ょ", "う", "テ", "ス", "ト");
        // an ideograph outside the Basic Multilingual Plane (U+20BB7) is one character, not two halves
        assertThat(SearchText.words("\uD842\uDFB7野家").strip().split(" +")).containsExactly("\uD842\uDFB7", "野", "家");
    }

    @Test
    void symbolsAndHangulAboveTheCutAreLeftAsTheyAre() {
        // CJK punctuation, full-width Latin and Hangul (written with spaces between words) are not cut
        assertThat(SearchText.words("「ＷＩＰＯ」서울특별시")).isEqualTo("「ＷＩＰＯ」서울특별시");
    }
}
