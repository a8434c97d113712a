package org.timescope.render.java2d;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import org.timescope.render.FaceRuns;
import org.timescope.render.Rgb;
import org.timescope.render.Surface;

/** The painter's {@link Surface} on any Graphics2D: a BufferedImage for PNG, JFreeSVG's graphics for SVG. */
public final class Java2DSurface implements Surface {

    private static final float[] DASH = {4f, 3f};
    private final Graphics2D g;
    private final Deque<Shape> clips = new ArrayDeque<>();

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static Color awt(Rgb c) {
        return new Color(c.r(), c.g(), c.b(), (int) Math.round(c.a() * 255));
    }

    private void stroke(Rgb c, double width, boolean dashed) {
        g.setColor(awt(c));
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f)
                : new BasicStroke((float) width));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb c) {
        g.setColor(awt(c));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb c) {
        g.setColor(awt(c));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb c, double lw, boolean dashed) {
        stroke(c, lw, dashed);
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb c, double lw) {
        stroke(c, lw, false);
        g.draw(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb c, double lw, boolean dashed) {
        stroke(c, lw, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb c) {
        g.setColor(awt(c));
        g.fill(polygon(xs, ys));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgb c, double lw, boolean dashed) {
        stroke(c, lw, dashed);
        g.draw(polygon(xs, ys));
    }

    @Override
    public void text(String text, double x, double baseline, Rgb c, Font font) {
        g.setColor(awt(c));
        if (Java2DFonts.mainAlone(text, font)) {
            g.setFont(Java2DFonts.font(font));
            g.drawString(text, (float) x, (float) baseline);
            return;
        }
        // what DejaVu lacks (CJK) is drawn run by run in the fallback face, each run after the one before it
        double[] at = {x};
        FaceRuns.split(text, Java2DFonts.main(font), Java2DFonts.fallbackHas(), (start, end, fallback) -> {
            String run = text.substring(start, end);
            g.setFont(fallback ? Java2DFonts.fallback(font) : Java2DFonts.font(font));
            g.drawString(run, (float) at[0], (float) baseline);
            at[0] += Java2DFonts.width(run, font);
        });
    }

    @Override
    public double textWidth(String text, Font font) {
        return Java2DFonts.width(text, font);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? new Rectangle2D.Double(-1e7, -1e7, 2e7, 2e7) : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void popClip() {
        g.setClip(clips.pop());
    }
}
