package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.EventLink;
import org.timescope.service.edit.SeriesSuggestions.Edition;
import org.timescope.service.edit.SeriesSuggestions.Suggestion;

/** Titles that differ only by an ordinal or a year are suggested as editions of one series; others are not. */
class SeriesSuggestionsTest {

    private static Edition e(String key, String title, String day) {
        return new Edition(key, title, LocalDate.parse(day).toEpochDay());
    }

    private static List<String> pairs(List<Edition> events) {
        return SeriesSuggestions.among(events, l -> false).stream()
                .map(s -> s.link().from() + " -> " + s.link().to()).toList();
    }

    @Test
    void numericOrdinalsMakeAChainFromEachEditionToThePreviousOne() {
        List<Edition> events = List.of(
                e("f20", "20th Shanghai International IP Forum", "2023-11-20"),
                e("f18", "18th Shanghai International IP Forum", "2021-11-18"),
                e("f19", "19th Shanghai International IP Forum", "2022-11-18"),
                e("other", "Shanghai International IP Forum on Trade Secrets", "2022-06-01"));
        assertThat(pairs(events)).containsExactly("f19 -> f18", "f20 -> f19");
    }

    @Test
    void ordinalWordsAndYearsCountAsEditionNumbers() {
        List<Edition> events = List.of(
                e("s2", "Second China–Africa IP Dialogue", "2019-05-01"),
                e("s3", "The Third China-Africa IP Dialogue", "2021-05-01"),
                e("y22", "IP Protection Week 2022", "2022-04-20"),
                e("y23", "IP Protection Week 2023", "2023-04-20"),
                e("x", "IP Protection Month 2023", "2023-04-01"));
        assertThat(pairs(events)).containsExactly("s3 -> s2", "y23 -> y22");
    }

    @Test
    void theSameEditionTwiceAndTitlesThatDifferInAWordAreNotSuggested() {
        List<Edition> events = List.of(
                e("a", "19th Shanghai International IP Forum opens", "2022-11-18"),
                e("b", "19th Shanghai International IP Forum opens", "2022-11-19"),
                e("c", "2021 High-level Forum on China IP Protection", "2021-04-23"),
                e("d", "2021 Intellectual Property Development Forum", "2021-06-11"),
                e("g", "First postgraduates of the college graduate", "2020-06-01"));
        assertThat(pairs(events)).isEmpty();
    }

    @Test
    void aPairAlreadyLinkedIsLeftOut() {
        List<Edition> events = List.of(
                e("y22", "IP Protection Week 2022", "2022-04-20"),
                e("y23", "IP Protection Week 2023", "2023-04-20"),
                e("y24", "IP Protection Week 2024", "2024-04-20"));
        List<Suggestion> s = SeriesSuggestions.among(events,
                l -> l.sameAs("y22", "y23", l.kind())); // linked earlier → later; series has no direction
        assertThat(s).extracting(x -> x.link().key()).containsExactly("y24|series|y23");
        assertThat(s.get(0).laterTitle()).isEqualTo("IP Protection Week 2024");
    }
}
