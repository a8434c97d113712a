package org.timescope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several runs become one spread per figure, and the worst end is the one a user would call worst. */
class RepeatsTest {

    private static Bench.Result run(long events, double framesP95, long importRate, String display) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("events", events);
        f.put("display", display);
        f.put("frame_p95_ms", framesP95);
        f.put("import_events_per_s", importRate);
        return new Bench.Result(f);
    }

    @Test
    void everyNumberBecomesMinMedianMaxWithTheRunsInTheirOrder() {
        Bench.Result combined = Repeats.combine(List.of(
                run(1000, 24.9, 46_651, "Xvfb :99"),
                run(1000, 47.2, 47_089, "Xvfb :99"),
                run(1000, 21.7, 31_586, "Xvfb :99")));
        Map<String, Object> f = combined.figures();
        assertThat(f.get("repeat")).isEqualTo(3);
        assertThat(f.get("events")).isEqualTo(1000L);
        assertThat(f.get("display")).isEqualTo("Xvfb :99");
        assertThat(f.get("frame_p95_ms")).isEqualTo(Map.of("min", 21.7, "median", 24.9, "max", 47.2,
                "runs", List.of(24.9, 47.2, 21.7)));
        assertThat(f.get("import_events_per_s")).isEqualTo(Map.of("min", 31_586L, "median", 46_651L, "max", 47_089L,
                "runs", List.of(46_651L, 47_089L, 31_586L)));
    }

    @Test
    void anEvenNumberOfRunsHasTheMeanOfTheMiddleTwoAsMedian() {
        Bench.Result combined = Repeats.combine(List.of(run(10, 10, 1, "a"), run(10, 30, 3, "a"),
                run(10, 20, 2, "a"), run(10, 50, 4, "a")));
        assertThat(((Map<?, ?>) combined.figures().get("frame_p95_ms")).get("median")).isEqualTo(25L);
    }

    @Test
    void theWorstOfARateIsItsLowestAndOfATimeItsHighest() {
        Repeats.Spread spread = new Repeats.Spread(21.7, 24.9, 47.2, List.of());
        assertThat(Repeats.worst("frame_p95_ms", spread)).isEqualTo(47.2);
        assertThat(Repeats.worst("import_events_per_s", spread)).isEqualTo(21.7);
        List<String> lines = Repeats.lines(Repeats.combine(List.of(run(5, 24.9, 46_651, "x"),
                run(5, 47.2, 31_586, "x"))));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("import_events_per_s").endsWith("31586"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("frame_p95_ms").endsWith("47.2"));
    }

    @Test
    void differingTextIsListedNotHidden() {
        Bench.Result combined = Repeats.combine(List.of(run(5, 1, 1, "Xvfb :99"), run(5, 1, 1, "none")));
        assertThat(combined.figures().get("display")).isEqualTo(List.of("Xvfb :99", "none"));
    }
}
