package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a reported figure counts is named as a researcher would list the series: the thing counted and what was done
 * to it, without the agent, place or period the sentence goes on with (those are the observation's own fields), and
 * never with the next figure of a list ("utility model patents and 344").
 */
class StatisticsSeriesTest {

    private static String after(String sentence, String number) {
        return Statistics.series(sentence, sentence.indexOf(number) + number.length());
    }

    @Test
    void theThingCountedAndWhatWasDoneToItNothingMore() {
        assertThat(after("In 2023, 1,250 patent applications were filed by small firms in Harbour City.", "1,250"))
                .isEqualTo("patent applications filed");
        assertThat(after("Last year 4,300 patents were granted in Harbour City.", "4,300")).isEqualTo("patents granted");
        assertThat(after("Customs seized 2,000 counterfeit products at the port in May.", "2,000"))
                .isEqualTo("counterfeit products");
        assertThat(after("Courts concluded 812 cases of trademark infringement and 97 of piracy in 2022.", "812"))
                .isEqualTo("cases of trademark infringement");
        assertThat(after("It received 5,591 PCT applications filed through the office in 2021.", "5,591"))
                .isEqualTo("PCT applications filed");
    }

    @Test
    void wordsThatNameNoCountableThingGiveNoSeries() {
        assertThat(after("The mayor spoke to 300 guests at the ceremony.", "300")).isNull();
    }
}
