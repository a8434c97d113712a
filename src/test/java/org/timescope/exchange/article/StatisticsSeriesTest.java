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
    void aVerbBeforeTheNumberNamesWhatWasDone() {
        String s = "In 2022, China granted 798,000 invention patents, 2.8 million utility model patents and 721,000 "
                + "design patents.";
        assertThat(Statistics.withVerbBefore("invention patents", s, s.indexOf("798,000")))
                .isEqualTo("invention patents granted");
        assertThat(Statistics.withVerbBefore("design patents", s, s.indexOf("721,000"))).isEqualTo("design patents granted");
        String after = "Last year 4,300 patents were granted in Harbour City.";
        assertThat(Statistics.withVerbBefore("patents granted", after, after.indexOf("4,300"))).isEqualTo("patents granted");
        String none = "The city counted 2,000 counterfeit products.";
        assertThat(Statistics.withVerbBefore("counterfeit products", none, none.indexOf("2,000")))
                .isEqualTo("counterfeit products");
    }

    /** A half-year's or a quarter's figure is not the year's: the months it covers, as a reader would name them. */
    @Test
    void thePartOfTheYearAFigureCoversIsNamed() {
        assertThat(Statistics.partOfYear("In the first six months of this year, China granted 433,000 invention patents."))
                .isEqualTo("January–June");
        assertThat(Statistics.partOfYear("In the first half of 2021, 339,000 invention patents were granted in China."))
                .isEqualTo("January–June");
        assertThat(Statistics.partOfYear("In the first five months, 1,200 cases were concluded.")).isEqualTo("January–May");
        assertThat(Statistics.partOfYear("In the first quarter of 2022, 80,000 patents were granted."))
                .isEqualTo("January–March");
        assertThat(Statistics.partOfYear("Q3 saw 12,000 applications filed.")).isEqualTo("July–September");
        assertThat(Statistics.partOfYear("In the first three quarters, 500 cases were heard.")).isEqualTo("January–September");
        assertThat(Statistics.partOfYear("From January to May, 3,000 trademarks were registered.")).isEqualTo("January–May");
        assertThat(Statistics.partOfYear("In the second half of the year 2,000 patents were granted."))
                .isEqualTo("July–December");
        assertThat(Statistics.partOfYear("In 2023, China granted 920,000 invention patents.")).isNull();
        assertThat(Statistics.partOfYear("By the end of June, valid invention patents exceeded 4.56 million.")).isNull();
        assertThat(Statistics.partOfYear("In the first twelve months, 100 cases were heard.")).isNull();
        String compared = "In 2022, 798,000 patents were granted, up 10 percent from the first half of 2021.";
        assertThat(Statistics.partOfYear(Statistics.around(compared, compared.indexOf("798,000"),
                compared.indexOf("798,000") + 7))).as("a comparison's period is not the figure's").isNull();
        String after = "3.724 million trademarks were registered in China during the first half of this year.";
        assertThat(Statistics.partOfYear(Statistics.around(after, 0, 5))).isEqualTo("January–June");
    }

    /** The same through the whole extraction of an article: names and period of each figure. */
    @Test
    void anArticlesHalfYearFiguresAreSeriesOfTheirOwn() {
        String text = "Regulator reports first-half figures\n\n"
                + "BEIJING, July 18, 2023 -- In the first six months of this year, China granted 433,000 invention "
                + "patents, 1.1 million utility model patents and 344,000 design patents, an official told a press "
                + "conference on Tuesday.\n"
                + "In 2022, China granted 3.3 million patents in all, the official said.\n";
        ArticleExtractor.Result r = ArticleExtractor.extract(text, "figures.txt", Gazetteer.empty(), null);
        assertThat(r.indicators()).extracting(i -> i.series() + " " + i.period() + " " + (long) i.value())
                .contains("invention patents granted (January–June) 2023 433000",
                        "utility model patents granted (January–June) 2023 1100000",
                        "design patents granted (January–June) 2023 344000",
                        "patents granted 2022 3300000");
    }

    @Test
    void wordsThatNameNoCountableThingGiveNoSeries() {
        assertThat(after("The mayor spoke to 300 guests at the ceremony.", "300")).isNull();
    }
}
