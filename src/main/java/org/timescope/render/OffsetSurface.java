package org.timescope.render;

/** A surface moved by (dx, dy): lets one painter draw into a region of a larger figure. */
final class OffsetSurface implements Surface {
    private final Surface s;
    private final double dx;
    private final double dy;

    OffsetSurface(Surface surface, double dx, double dy) {
        this.s = surface;
        this.dx = dx;
        this.dy = dy;
    }

    private double[] shift(double[] values, double by) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] + by;
        }
        return out;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb c) {
        s.fillRect(x + dx, y + dy, w, h, c);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb c) {
        s.fillRoundRect(x + dx, y + dy, w, h, arc, c);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb c, double lw, boolean dashed) {
        s.strokeRect(x + dx, y + dy, w, h, c, lw, dashed);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb c, double lw) {
        s.strokeRoundRect(x + dx, y + dy, w, h, arc, c, lw);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb c, double lw, boolean dashed) {
        s.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, c, lw, dashed);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb c) {
        s.fillPolygon(shift(xs, dx), shift(ys, dy), c);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgb c, double lw, boolean dashed) {
        s.strokePolygon(shift(xs, dx), shift(ys, dy), c, lw, dashed);
    }

    @Override
    public void text(String text, double x, double baseline, Rgb c, Font font) {
        s.text(text, x + dx, baseline + dy, c, font);
    }

    @Override
    public double textWidth(String text, Font font) {
        return s.textWidth(text, font);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        s.pushClip(x + dx, y + dy, w, h);
    }

    @Override
    public void popClip() {
        s.popClip();
    }
}
