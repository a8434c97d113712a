package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.TimelineEvent;

/** Likely duplicates on a hand-made set where the duplicate pairs are known, with decoys that must not pair. */
class DuplicatesTest {

    private static TimelineEvent event(String key, String title, String start, String end, Evidence... quotes) {
        return new TimelineEvent(key, title, null, null, DateSpan.parse(start, end), false, false, null, List.of(),
                List.of(), List.of(), List.of(), List.of(quotes));
    }

    private static final Evidence SIGNING = Evidence.at("seed-001", "The two sides signed a memorandum of understanding", -1);
    private static final Evidence OPENING = Evidence.at("seed-002", "the centre opened its doors in Pudong", -1);

    private static List<TimelineEvent> collection() {
        return List.of(
                // 1. same forum typed twice, one day apart, word order and case differ
                event("forum-a", "2021 Intellectual Property Development Forum", "2021-06-11", null),
                event("forum-b", "Intellectual property development forum, 2021", "2021-06-12", null),
                // 2. the same signing under two unrelated titles, one citing the same quote (extra spaces)
                event("mou-a", "Shanghai and WIPO sign memorandum", "2021-09", null, SIGNING),
                event("mou-b", "Cooperation agreement concluded", "2021-09-15", null,
                        Evidence.at("seed-001", "The two sides signed  a memorandum of understanding", -1)),
                // 3. a month-precision entry and a day inside it with nearly the same title
                event("centre-a", "Opening of the Pudong IP Protection Centre", "2019-03", null),
                event("centre-b", "Pudong IP Protection Centre opening ceremony", "2019-03-20", null),
                // decoy: the same yearly forum a year later
                event("forum-2022", "2022 Intellectual Property Development Forum", "2022-06-11", null),
                // decoy: same title as the 2019 centre but ten years later
                event("centre-2029", "Opening of the Pudong IP Protection Centre", "2029-03", null),
                // decoy: same day as the forum, unrelated title, no shared quote
                event("award", "Patent award ceremony for universities", "2021-06-11", null),
                // decoy: same quote as centre-b would need, but years apart
                event("centre-quote", "Something in 2012", "2012-05-01", null, OPENING),
                event("centre-quote-2", "Something else", "2016-05-01", null, OPENING),
                // decoy: similar title, dates 5 days apart (outside the 3-day window)
                event("visit-a", "CNIPA delegation visits Shanghai shipyard", "2022-04-01", null),
                event("visit-b", "CNIPA delegation visits Shanghai shipyard", "2022-04-07", null));
    }

    @Test
    void findsExactlyTheKnownPairsBestFirst() {
        List<Duplicates.Pair> pairs = new Duplicates().find(collection(), 0);
        assertThat(pairs).extracting(p -> p.first().key() + "+" + p.second().key())
                .containsExactly("forum-a+forum-b", "centre-a+centre-b", "mou-a+mou-b");
        Duplicates.Pair forum = pairs.get(0);
        // tokens {2021, intellectual, property, development, forum} on both sides: similarity 1; 1 day apart
        assertThat(forum.titleSimilarity()).isEqualTo(1.0);
        assertThat(forum.daysApart()).isEqualTo(1);
        assertThat(forum.sharedQuote()).isFalse();
        assertThat(forum.score()).isCloseTo(0.6 + 0.1 * (1 - 1 / 4.0), within(0.01));
        // {opening, pudong, ip, protection, centre} vs {pudong, ip, protection, centre, opening, ceremony}: 5/6
        Duplicates.Pair centre = pairs.get(1);
        assertThat(centre.titleSimilarity()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(centre.daysApart()).isZero();
        Duplicates.Pair mou = pairs.get(2);
        assertThat(mou.sharedQuote()).isTrue();
        assertThat(mou.titleSimilarity()).isZero();
        assertThat(mou.score()).isEqualTo(0.4);
    }

    @Test
    void aMinimumScoreLeavesOutWeakerPairs() {
        assertThat(new Duplicates().find(collection(), 0.6)).extracting(p -> p.first().key())
                .containsExactly("forum-a", "centre-a");
    }

    @Test
    void theOrderOfTheInputDoesNotChangeTheResult() {
        List<TimelineEvent> shuffled = new ArrayList<>(collection());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(new Duplicates().find(shuffled, 0)).isEqualTo(new Duplicates().find(collection(), 0));
    }

    @Test
    void aWiderWindowReachesEventsAWeekApart() {
        assertThat(new Duplicates(7, 0.5).find(collection(), 0)).extracting(p -> p.first().key())
                .contains("visit-a");
    }

    @Test
    void titleSimilarityIgnoresCaseAccentsPunctuationAndStopWords() {
        assertThat(Duplicates.similarity("The Forum on IP", "forum: IP")).isEqualTo(1.0);
        assertThat(Duplicates.similarity("Café opening", "cafe OPENING!")).isEqualTo(1.0);
        assertThat(Duplicates.similarity("a b c d", "the of and")).isZero();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new Duplicates(-1, 0.5)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new Duplicates(3, 0)).hasMessageContaining("above 0");
    }

    @Test
    void aHundredThousandEventsAreComparedWithTheirNeighboursOnly() {
        Random random = new Random(1);
        String[] words = {"forum", "patent", "court", "office", "award", "meeting", "agreement", "centre", "visit",
                "training", "copyright", "trademark", "ruling", "report", "launch", "week", "conference", "policy"};
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                    + words[random.nextInt(words.length)] + " " + i;
            java.time.LocalDate day = java.time.LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 365));
            String start = random.nextInt(10) == 0 ? day.toString().substring(0, 7) : day.toString();
            events.add(event("e" + i, title, start, null));
        }
        events.add(event("twin-a", "Unique twin event title", "2000-01-01", null));
        events.add(event("twin-b", "unique twin event title", "2000-01-02", null));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = cpu.getCurrentThreadCpuTime(); // CPU time: what others run on the machine does not count
        List<Duplicates.Pair> pairs = new Duplicates().find(events, 0.65);
        Duration took = Duration.ofNanos(cpu.getCurrentThreadCpuTime() - started);
        assertThat(pairs).extracting(p -> p.first().key()).contains("twin-a");
        assertThat(took).isLessThan(Duration.ofSeconds(10)); // about 1 s; n² (5·10⁹ comparisons) would take minutes
    }
}
