package org.timescope.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.timescope.render.Rgb;
import org.timescope.render.Surface;

/** The painter's {@link Surface} on a JavaFX canvas. */
final class FxSurface implements Surface {

    private static final double[] DASH = {4, 3};
    private final GraphicsContext g;
    private final Map<Surface.Font, javafx.scene.text.Font> fonts = new HashMap<>();
    private final Text probe = new Text();
    /**
     * Below U+0590 (Latin, Greek, Cyrillic, Armenian) JavaFX lays text out glyph by glyph without kerning or
     * shaping, so a text's width is the sum of its characters' advances: measured once per character and font
     * instead of a text layout per label (most of a 200-lane frame's time, JFR). {@code FxSurfaceTest} holds
     * the sums to the text layout's widths.
     */
    static final char SIMPLE_SCRIPT_END = '\u0590';
    /**
     * Above it, the same holds for precomposed Latin (U+1E00–U+1EFF), punctuation (dashes, curly quotes, the
     * ellipsis, U+2010–U+2027 and U+2030–U+205E), currency signs and letterlike symbols (™) up to U+214F — but not
     * for the format characters there (zero-width joiners, bidi marks and isolates), which change the layout. Titles
     * in the news are full of ’ – — “ ”, and every label cut short ends in …: they all went through a text layout.
     */
    private static final char SIMPLE_END = '\u2150';
    private final Map<Surface.Font, float[]> advances = new HashMap<>();

    /** Whether a character's advance can be summed (see {@link #SIMPLE_SCRIPT_END} and {@link #SIMPLE_END}). */
    static boolean summable(char c) {
        if (c < SIMPLE_SCRIPT_END) {
            return c >= ' ';
        }
        return c >= '\u1E00' && c <= '\u1EFF' || c >= '\u2010' && c <= '\u2027' || c >= '\u2030' && c <= '\u205E'
                || c >= '\u20A0' && c < SIMPLE_END;
    }

    FxSurface(GraphicsContext g) {
        this.g = g;
    }

    /**
     * The bundled DejaVu Sans, as in exports, so the window and a snapshot measure labels alike and lay
     * out the same rows.
     */
    private javafx.scene.text.Font font(Surface.Font f) {
        return fonts.computeIfAbsent(f, k -> BundledFxFonts.of(k.bold(), k.size()));
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.a());
    }

    private void stroke(Rgb colour, double width, boolean dashed) {
        g.setStroke(fx(colour));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? DASH : null);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb colour) {
        g.setFill(fx(colour));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb colour) {
        g.setFill(fx(colour));
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb colour, double lineWidth, boolean dashed) {
        stroke(colour, lineWidth, dashed);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb colour, double lineWidth) {
        stroke(colour, lineWidth, false);
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed) {
        if (!dashed && (x1 == x2 || y1 == y2)) {
            // The same pixels as the stroke, but the software pipeline fills an axis-aligned rectangle
            // without the path rasteriser: grid lines were most of its time per frame (JFR).
            g.setFill(fx(colour));
            double half = lineWidth / 2;
            g.fillRect(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.abs(x2 - x1) + 2 * half,
                    Math.abs(y2 - y1) + 2 * half);
            return;
        }
        stroke(colour, lineWidth, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb colour) {
        g.setFill(fx(colour));
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgb colour, double lineWidth, boolean dashed) {
        stroke(colour, lineWidth, dashed);
        g.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double baseline, Rgb colour, Surface.Font font) {
        g.setFont(font(font));
        g.setFill(fx(colour));
        g.fillText(text, x, baseline);
    }

    @Override
    public double textWidth(String text, Surface.Font font) {
        float[] advance = advances.computeIfAbsent(font, f -> new float[SIMPLE_END]);
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!summable(c)) {
                return measured(text, font); // scripts shaped as a whole (Hebrew onwards), controls, surrogates
            }
            float a = advance[c];
            if (a == 0) {
                a = (float) measured(String.valueOf(c), font);
                advance[c] = a == 0 ? Float.MIN_VALUE : a;
            }
            width += a;
        }
        return width;
    }

    /** The width JavaFX's text layout gives (tens of microseconds: a text layout, bidi analysis and glyph runs). */
    double measured(String text, Surface.Font font) {
        probe.setFont(font(font));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
    }
}
