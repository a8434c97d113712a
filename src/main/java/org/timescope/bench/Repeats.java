package org.timescope.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of several runs of one size, each figure as its minimum, median and maximum with every run's
 * value kept: what a user sees is the spread, not the best run. Which end is the worst depends on the
 * figure — {@link #worst} knows (a rate's worst is its minimum, a time's its maximum).
 */
public final class Repeats {

    private Repeats() {
    }

    /** One figure over the runs. */
    public record Spread(double min, double median, double max, List<Double> runs) {

        static Spread of(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(sorted[0], median, sorted[n - 1], List.copyOf(values));
        }

        /** As JSON wants it: min, median, max and the runs in the order they ran. */
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("min", number(min));
            m.put("median", number(median));
            m.put("max", number(max));
            m.put("runs", runs.stream().map(Repeats::number).toList());
            return m;
        }
    }

    /**
     * Combines the runs of one size: numbers become {@link Spread}s (as maps, for the JSON), text figures
     * that all runs agree on stay as they are, differing text is listed.
     */
    public static Bench.Result combine(List<Bench.Result> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to combine");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("repeat", runs.size());
        for (String key : runs.get(0).figures().keySet()) {
            List<Object> values = new ArrayList<>();
            for (Bench.Result r : runs) {
                Object v = r.figures().get(key);
                if (v != null) {
                    values.add(v);
                }
            }
            if (values.stream().allMatch(v -> v instanceof Number)) {
                if (key.equals("events")) {
                    out.put(key, values.get(0));
                } else {
                    out.put(key, Spread.of(values.stream().map(v -> ((Number) v).doubleValue()).toList()).asMap());
                }
            } else if (values.stream().distinct().count() == 1) {
                out.put(key, values.get(0));
            } else {
                out.put(key, values);
            }
        }
        return new Bench.Result(out);
    }

    /** The worst value of a figure over the runs: the lowest for rates, the highest for everything else. */
    public static double worst(String key, Spread spread) {
        return key.endsWith("_per_s") ? spread.min() : spread.max();
    }

    /** One line per figure for the terminal: {@code frame_p95_ms  median 12.1  [11.4 – 24.9]  worst 24.9}. */
    public static List<String> lines(Bench.Result combined) {
        List<String> lines = new ArrayList<>();
        combined.figures().forEach((key, value) -> {
            if (value instanceof Map<?, ?> m && m.get("median") instanceof Number median) {
                Spread s = new Spread(((Number) m.get("min")).doubleValue(), median.doubleValue(),
                        ((Number) m.get("max")).doubleValue(), List.of());
                lines.add(String.format("  %-22s median %10s   min %10s   max %10s   worst %10s", key,
                        text(s.median()), text(s.min()), text(s.max()), text(worst(key, s))));
            } else {
                lines.add(String.format("  %-22s %s", key, value));
            }
        });
        return lines;
    }

    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) (Math.round(v * 100) / 100.0);
    }

    private static String text(double v) {
        return String.valueOf(number(v));
    }
}
