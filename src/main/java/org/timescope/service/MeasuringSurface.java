package org.timescope.service;

import org.timescope.render.Rgb;
import org.timescope.render.Surface;
import org.timescope.render.java2d.Java2DFonts;

/** A surface that only measures text (with the export fonts); used to size a figure before drawing it. */
final class MeasuringSurface implements Surface {
    @Override
    public void fillRect(double x, double y, double w, double h, Rgb c) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb c) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb c, double lw, boolean dashed) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb c, double lw) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb c, double lw, boolean dashed) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb c) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgb c, double lw, boolean dashed) {
    }

    @Override
    public void text(String text, double x, double baseline, Rgb c, Font font) {
    }

    @Override
    public double textWidth(String text, Font font) {
        return Java2DFonts.width(text, font);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
    }

    @Override
    public void popClip() {
    }
}
