package org.timescope.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Theme colours beyond the hand-picked palette: each next colour is, of a fixed set of candidates (hues 10°
 * apart at three lightnesses), the one farthest (CIE76 ΔE in Lab) from every colour before it. So a 13th theme
 * never repeats the first, and the colours stay as far apart as the candidates allow. Deterministic: the same
 * palette always grows the same way, so exports are reproducible.
 */
final class ThemePalette {
    private final List<Rgb> colours;
    private final List<double[]> labs = new ArrayList<>();
    private final List<Rgb> candidates = new ArrayList<>();

    ThemePalette(List<Rgb> base, boolean dark) {
        colours = new ArrayList<>(base);
        base.forEach(c -> labs.add(lab(c)));
        double[] lightness = dark ? new double[] {0.68, 0.80, 0.56} : new double[] {0.40, 0.28, 0.55};
        for (double l : lightness) {
            for (int hue = 0; hue < 360; hue += 10) {
                candidates.add(hsl(hue, dark ? 0.70 : 0.75, l));
            }
        }
    }

    /** The colour of a slot: the base palette's, then generated ones. */
    synchronized Rgb colour(int slot) {
        while (colours.size() <= slot) {
            Rgb best = null;
            double bestDistance = -1;
            for (Rgb c : candidates) {
                double[] lab = lab(c);
                double nearest = Double.MAX_VALUE;
                for (double[] other : labs) {
                    nearest = Math.min(nearest, distance(lab, other));
                }
                if (nearest > bestDistance) {
                    bestDistance = nearest;
                    best = c;
                }
            }
            colours.add(best);
            labs.add(lab(best));
        }
        return colours.get(slot);
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }

    /** CIE L*a*b* of an sRGB colour (D65 white). */
    static double[] lab(Rgb c) {
        double r = linear(c.r());
        double g = linear(c.g());
        double b = linear(c.b());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int channel) {
        double u = channel / 255.0;
        return u <= 0.04045 ? u / 12.92 : Math.pow((u + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static Rgb hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = h < 60 ? new double[] {c, x, 0} : h < 120 ? new double[] {x, c, 0} : h < 180 ? new double[] {0, c, x}
                : h < 240 ? new double[] {0, x, c} : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return new Rgb((int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
                (int) Math.round((rgb[2] + m) * 255), 1);
    }
}
