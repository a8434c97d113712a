package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.timescope.model.Indicator;

/**
 * One indicator series on the time axis: its observations placed over the periods they cover, on a value
 * scale of its own. A quantity is drawn as bars from zero over its period ("patents granted in 2020" spans
 * the year); a rank as dots joined by a line on an inverted scale, first place on top, because a smaller
 * rank is the better one and a bar's area would say the opposite. Pure geometry: painters and the window
 * draw it, hit tests ask it.
 */
public final class SeriesStrip {

    /** How a series is drawn. */
    public enum Kind { BARS, RANK }

    /** An observation where it is drawn: x from its first day to the end of its last, value as 0 (low) … 1 (high). */
    public record Mark(Indicator observation, double x0, double x1, double level) {
        public double centre() {
            return (x0 + x1) / 2;
        }
    }

    private final String series;
    private final List<Indicator> observations;
    private final Kind kind;
    private final String unit;
    private final double low;
    private final double high;

    private SeriesStrip(String series, List<Indicator> observations, Kind kind, String unit, double low, double high) {
        this.series = series;
        this.observations = observations;
        this.kind = kind;
        this.unit = unit;
        this.low = low;
        this.high = high;
    }

    /**
     * The strips of the series named in {@code chosen}, in that order, from {@code observations} (any series);
     * a chosen series without observations (filtered away) gets no strip.
     */
    public static List<SeriesStrip> of(List<String> chosen, List<Indicator> observations) {
        Map<String, List<Indicator>> bySeries = observations.stream().collect(Collectors.groupingBy(Indicator::series,
                LinkedHashMap::new, Collectors.toList()));
        List<SeriesStrip> strips = new ArrayList<>();
        for (String name : chosen) {
            List<Indicator> own = bySeries.get(name);
            if (own != null) {
                strips.add(of(name, own));
            }
        }
        return strips;
    }

    /** A strip for one series' observations (all of {@code series}). */
    public static SeriesStrip of(String series, List<Indicator> observations) {
        List<Indicator> sorted = observations.stream()
                .sorted(Comparator.comparing((Indicator i) -> i.period().firstDay()).thenComparing(i -> i.period().lastDay()))
                .toList();
        String unit = mostCommon(sorted, i -> i.unit() == null ? "" : i.unit());
        boolean rank = unit.equalsIgnoreCase("rank") || series.toLowerCase(java.util.Locale.ROOT).endsWith(" rank");
        double max = sorted.stream().mapToDouble(Indicator::value).max().orElse(1);
        double min = sorted.stream().mapToDouble(Indicator::value).min().orElse(0);
        if (rank) {
            return new SeriesStrip(series, sorted, Kind.RANK, unit, 1, Math.max(niceCeiling(max), 2));
        }
        double top = max > 0 ? niceCeiling(max) : 0;
        double bottom = min < 0 ? -niceCeiling(-min) : 0;
        if (top == bottom) {
            top = bottom + 1;
        }
        return new SeriesStrip(series, sorted, Kind.BARS, unit, bottom, top);
    }

    public String series() {
        return series;
    }

    public Kind kind() {
        return kind;
    }

    /** The unit most observations give ("patents", "%", "rank"); empty when none does. */
    public String unit() {
        return unit;
    }

    public List<Indicator> observations() {
        return observations;
    }

    /** The value at the strip's bottom edge: 0 for quantities (or the negative floor), the last rank shown for ranks. */
    public double bottomValue() {
        return kind == Kind.RANK ? high : low;
    }

    /** The value at the strip's top edge: the scale's ceiling, or rank 1. */
    public double topValue() {
        return kind == Kind.RANK ? low : high;
    }

    /** Where {@code value} sits between the bottom (0) and the top (1) of the strip. */
    public double level(double value) {
        double f = (value - low) / (high - low);
        return kind == Kind.RANK ? 1 - f : f;
    }

    /** The observations placed on {@code scale}; a period shorter than 2 px is widened around its centre to 2 px. */
    public List<Mark> place(TimeScale scale) {
        List<Mark> marks = new ArrayList<>(observations.size());
        for (Indicator i : observations) {
            double x0 = scale.x(i.period().firstDay().toEpochDay());
            double x1 = scale.x(i.period().lastDay().toEpochDay() + 1);
            if (x1 - x0 < 2) {
                double c = (x0 + x1) / 2;
                x0 = c - 1;
                x1 = c + 1;
            }
            marks.add(new Mark(i, x0, x1, level(i.value())));
        }
        return marks;
    }

    /**
     * The observation under the pointer at {@code x} (strip coordinates): the one whose period holds x, or whose
     * dot is within {@code slop} pixels of it; where periods overlap, the one whose drawn value is nearest to
     * {@code level} (0 bottom … 1 top).
     */
    public Optional<Indicator> at(TimeScale scale, double x, double level, double slop) {
        Mark best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mark m : place(scale)) {
            boolean under = kind == Kind.RANK ? Math.abs(m.centre() - x) <= slop : x >= m.x0() - slop && x <= m.x1() + slop;
            double distance = Math.abs(m.level() - level);
            if (under && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(Mark::observation);
    }

    /** The value as a reader would write it, with the source's hedge: "over 24,000 patents", "rank 6". */
    public static String valueText(Indicator i) {
        String number = i.value() == Math.rint(i.value()) && Math.abs(i.value()) < 1e15
                ? String.format(java.util.Locale.ROOT, "%,d", (long) i.value())
                : String.format(java.util.Locale.ROOT, "%,.2f", i.value()).replaceAll("0+$", "");
        String unit = i.unit() == null || i.unit().isBlank() ? "" : i.unit();
        String text = unit.equalsIgnoreCase("rank") ? "rank " + number
                : unit.equals("%") ? number + " %" : (number + " " + unit).trim();
        return i.qualifier() == null || i.qualifier().isBlank() ? text : i.qualifier() + " " + text;
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code v} (v > 0). */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= v - 1e-9 * power) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String mostCommon(List<Indicator> list, Function<Indicator, String> key) {
        return list.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
