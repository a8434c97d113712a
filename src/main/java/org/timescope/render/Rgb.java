package org.timescope.render;

/** A colour with alpha, independent of any toolkit. */
public record Rgb(int r, int g, int b, double a) {

    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1);
    }

    public Rgb withAlpha(double alpha) {
        return new Rgb(r, g, b, alpha);
    }
}
