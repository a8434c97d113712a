package org.timescope.timeline.layout;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the axis ticks for a scale: the finest step from minutes to millennia whose labels fit between
 * ticks with a gap, so labels never overlap; plus a context row (days above hours and minutes, months
 * above days, years above months) whose labels stick to the left edge and stop before the next context tick.
 */
public final class Ticks {

    /** Free pixels between two labels. */
    public static final double LABEL_GAP = 14;

    public enum Unit { MINUTE, HOUR, DAY, MONTH, YEAR }

    private static final double MINUTES_PER_DAY = 1440;

    /** A step of {@code count} units, about {@code approxDays} long. */
    public record Step(Unit unit, int count) {
        /** The shortest this step can be (February, a common year): labels must fit even there. */
        public double minDays() {
            return switch (unit) {
                case MINUTE -> count / MINUTES_PER_DAY;
                case HOUR -> count / 24.0;
                case DAY -> count;
                case MONTH -> count * 28.0;
                case YEAR -> count * 365.0;
            };
        }

        public double approxDays() {
            return switch (unit) {
                case MINUTE -> count / MINUTES_PER_DAY;
                case HOUR -> count / 24.0;
                case DAY -> count;
                case MONTH -> count * 30.436875;
                case YEAR -> count * 365.2425;
            };
        }
    }

    /**
     * A tick at {@code x}; its label starts at {@code labelX}. For context ticks {@code labelWidth} is the
     * room the label may take before the next context tick (the painter shortens it to fit).
     */
    public record Tick(double x, double day, String label, double labelX, double labelWidth) {
    }

    /** The minor row (always), the context row (may be empty) and the step chosen. */
    public record Axis(Step step, List<Tick> minor, List<Tick> context) {
    }

    static final List<Step> STEPS = List.of(
            new Step(Unit.MINUTE, 1), new Step(Unit.MINUTE, 2), new Step(Unit.MINUTE, 5), new Step(Unit.MINUTE, 10),
            new Step(Unit.MINUTE, 15), new Step(Unit.MINUTE, 30), new Step(Unit.HOUR, 1), new Step(Unit.HOUR, 2),
            new Step(Unit.HOUR, 3), new Step(Unit.HOUR, 6), new Step(Unit.HOUR, 12),
            new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.DAY, 5), new Step(Unit.DAY, 10),
            new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3), new Step(Unit.MONTH, 6),
            new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5), new Step(Unit.YEAR, 10),
            new Step(Unit.YEAR, 20), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100), new Step(Unit.YEAR, 200),
            new Step(Unit.YEAR, 500), new Step(Unit.YEAR, 1000), new Step(Unit.YEAR, 2000),
            new Step(Unit.YEAR, 5000), new Step(Unit.YEAR, 10000), new Step(Unit.YEAR, 20000),
            new Step(Unit.YEAR, 50000), new Step(Unit.YEAR, 100000));

    private Ticks() {
    }

    public static Axis axis(TimeScale scale, TextMeasurer measurer) {
        Step step = choose(scale, measurer);
        List<Tick> minor = new ArrayList<>();
        if (step.unit().compareTo(Unit.DAY) < 0) {
            for (double day : times(step, scale)) {
                double x = scale.x(day);
                minor.add(new Tick(x, day, clock(day), x + 3, Double.NaN));
            }
            return new Axis(step, minor, context(step, scale));
        }
        for (LocalDate d : dates(step, scale)) {
            double x = scale.x(d.toEpochDay());
            minor.add(new Tick(x, d.toEpochDay(), minorLabel(step, d), x + 3, Double.NaN));
        }
        List<Tick> context = context(step, scale);
        return new Axis(step, minor, context);
    }

    static Step choose(TimeScale scale, TextMeasurer measurer) {
        for (Step step : STEPS) {
            double spacing = step.minDays() / scale.daysPerPixel();
            if (spacing >= widestLabel(step, scale, measurer) + LABEL_GAP) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    private static double widestLabel(Step step, TimeScale scale, TextMeasurer measurer) {
        return switch (step.unit()) {
            case MINUTE, HOUR -> measurer.width("00:00");
            case DAY -> measurer.width("30");
            case MONTH -> {
                double widest = 0;
                for (Month m : Month.values()) {
                    widest = Math.max(widest, measurer.width(monthName(m)));
                }
                yield widest;
            }
            case YEAR -> Math.max(measurer.width(yearLabel(year(scale.startDay()))),
                    measurer.width(yearLabel(year(scale.endDay()))));
        };
    }

    private static List<LocalDate> dates(Step step, TimeScale scale) {
        LocalDate from = date(scale.startDay());
        LocalDate to = date(scale.endDay()).plusDays(1);
        List<LocalDate> result = new ArrayList<>();
        switch (step.unit()) {
            case YEAR -> {
                long first = Math.floorDiv(from.getYear(), step.count()) * (long) step.count();
                for (long y = first; y <= to.getYear(); y += step.count()) {
                    addIfValid(result, y, 1, 1);
                }
            }
            case MONTH -> {
                long index = from.getYear() * 12L + from.getMonthValue() - 1;
                long first = Math.floorDiv(index, step.count()) * step.count();
                for (long m = first; m <= to.getYear() * 12L + to.getMonthValue() - 1; m += step.count()) {
                    addIfValid(result, Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1, 1);
                }
            }
            case DAY -> {
                for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                    int length = month.lengthOfMonth();
                    for (int d = 1; d <= length; d += step.count()) {
                        // keep a full step before the next month's first tick, so spacing never shrinks
                        if (d == 1 || length - d + 1 >= step.count()) {
                            result.add(month.withDayOfMonth(d));
                        }
                    }
                }
            }
        }
        result.removeIf(d -> d.isAfter(to));
        return result;
    }

    /** Ticks of a step under a day: every {@code count} minutes or hours from each midnight in view. */
    private static List<Double> times(Step step, TimeScale scale) {
        double every = step.approxDays();
        List<Double> result = new ArrayList<>();
        long firstDay = (long) Math.floor(scale.startDay());
        long lastDay = (long) Math.floor(scale.endDay());
        long perDay = Math.round(1 / every);
        for (long d = firstDay; d <= lastDay; d++) {
            for (long k = 0; k < perDay; k++) {
                double t = d + k * every;
                if (t >= scale.startDay() - every && t <= scale.endDay()) {
                    result.add(t);
                }
            }
        }
        return result;
    }

    /** "14:30": the wall-clock time of a position on the axis. */
    static String clock(double day) {
        long minutes = Math.round((day - Math.floor(day)) * MINUTES_PER_DAY) % (long) MINUTES_PER_DAY;
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static void addIfValid(List<LocalDate> out, long year, int month, int day) {
        if (year >= LocalDate.MIN.getYear() && year <= LocalDate.MAX.getYear()) {
            out.add(LocalDate.of((int) year, month, day));
        }
    }

    private static List<Tick> context(Step step, TimeScale scale) {
        Step contextStep = switch (step.unit()) {
            case MINUTE, HOUR -> new Step(Unit.DAY, 1);
            case DAY -> new Step(Unit.MONTH, 1);
            case MONTH -> new Step(Unit.YEAR, 1);
            case YEAR -> null;
        };
        if (contextStep == null) {
            return List.of();
        }
        List<LocalDate> dates = dates(contextStep, scale);
        List<Tick> result = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            double x = scale.x(d.toEpochDay());
            double next = i + 1 < dates.size() ? scale.x(dates.get(i + 1).toEpochDay()) : Double.POSITIVE_INFINITY;
            if (next <= 0) {
                continue;
            }
            double labelX = Math.max(x, 0) + 3;
            double room = Math.min(next, scale.width()) - labelX - LABEL_GAP / 2;
            String label = switch (step.unit()) {
                case MINUTE, HOUR -> d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + yearLabel(d.getYear());
                case DAY -> monthName(d.getMonth()) + " " + yearLabel(d.getYear());
                default -> yearLabel(d.getYear());
            };
            result.add(new Tick(x, d.toEpochDay(), label, labelX, Math.max(0, room)));
        }
        return result;
    }

    private static String minorLabel(Step step, LocalDate d) {
        return switch (step.unit()) {
            case MINUTE, HOUR -> clock(d.toEpochDay());
            case DAY -> Integer.toString(d.getDayOfMonth());
            case MONTH -> monthName(d.getMonth());
            case YEAR -> yearLabel(d.getYear());
        };
    }

    static String monthName(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "2021", or "44 BCE" for year -43 (astronomical numbering). */
    public static String yearLabel(long year) {
        return year > 0 ? Long.toString(year) : (1 - year) + " BCE";
    }

    static LocalDate date(double day) {
        long d = (long) Math.floor(day);
        d = Math.max(LocalDate.MIN.toEpochDay(), Math.min(LocalDate.MAX.toEpochDay(), d));
        return LocalDate.ofEpochDay(d);
    }

    private static int year(double day) {
        return date(day).getYear();
    }
}
