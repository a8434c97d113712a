package org.timescope.timeline.layout;

/**
 * Maps time to pixels: {@code x = (day - startDay) / daysPerPixel}. Immutable; zooming and panning
 * return a new scale. Zooming keeps the day under the given x fixed, so the pointer stays on the same
 * moment while the wheel turns.
 */
public record TimeScale(double startDay, double daysPerPixel, double width) {

    /** The closest zoom: one second per pixel (a minute is 60 pixels wide), for events with a time of day. */
    public static final double MIN_DAYS_PER_PIXEL = 1.0 / 86_400;
    /** The widest zoom: about 50,000 years across 1,000 pixels. */
    public static final double MAX_DAYS_PER_PIXEL = 20_000;

    public TimeScale {
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        daysPerPixel = clamp(daysPerPixel);
    }

    private static double clamp(double dpp) {
        return Math.max(MIN_DAYS_PER_PIXEL, Math.min(MAX_DAYS_PER_PIXEL, dpp));
    }

    /**
     * A scale that shows [fromDay, toDay) across the width, with {@code marginPx} free at each side. A short span
     * (a minute of a timed event) fits down to the closest zoom, where a minute is 60 px wide.
     */
    public static TimeScale fit(double fromDay, double toDay, double width, double marginPx) {
        return fit(fromDay, toDay, width, marginPx, marginPx);
    }

    /** Like {@link #fit(double, double, double, double)} with different margins left and right. */
    public static TimeScale fit(double fromDay, double toDay, double width, double leftPx, double rightPx) {
        double span = Math.max(toDay - fromDay, MIN_DAYS_PER_PIXEL);
        double usable = Math.max(width - leftPx - rightPx, width / 2);
        double dpp = clamp(span / usable);
        double left = Math.min(leftPx, width / 4);
        return new TimeScale(fromDay - left * dpp, dpp, width);
    }

    /**
     * At the closest zoom (within a hair: a resize rescales by width ratios): zooming in further cannot
     * separate anything, so the layout stops counting events into clusters here.
     */
    public boolean isClosest() {
        return daysPerPixel <= MIN_DAYS_PER_PIXEL * (1 + 1e-6);
    }

    /** The same window, at the closest zoom, keeping the day under {@code x} where it is. */
    public TimeScale closestAt(double x) {
        return zoomAt(x, daysPerPixel / MIN_DAYS_PER_PIXEL);
    }

    public double x(double day) {
        return (day - startDay) / daysPerPixel;
    }

    public double day(double x) {
        return startDay + x * daysPerPixel;
    }

    public double endDay() {
        return day(width);
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the day under {@code x} where it is. */
    public TimeScale zoomAt(double x, double factor) {
        double anchor = day(x);
        double dpp = clamp(daysPerPixel / factor);
        return new TimeScale(anchor - x * dpp, dpp, width);
    }

    /** Moves the view by {@code dx} pixels: positive shows later times. */
    public TimeScale panBy(double dx) {
        return new TimeScale(startDay + dx * daysPerPixel, daysPerPixel, width);
    }

    /** The same window of time at another pixel width (a resize keeps what is shown). */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(startDay, daysPerPixel * width / newWidth, newWidth);
    }

    /** The same zoom, centred on another day. */
    public TimeScale centredOn(double day) {
        return new TimeScale(day - daysPerPixel * width / 2, daysPerPixel, width);
    }

    // Written out rather than generated: a record's generated equals and hashCode are bootstrapped on their first
    // call (a class spun at run time), and a start's first layout compares scales before the first picture
    // (decision 0048). Same meaning as the generated ones: components compared as Double.compare does.
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale t && Double.compare(startDay, t.startDay) == 0
                && Double.compare(daysPerPixel, t.daysPerPixel) == 0 && Double.compare(width, t.width) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(startDay) * 31 + Double.hashCode(daysPerPixel)) * 31 + Double.hashCode(width);
    }
}
