package org.timescope.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.timescope.render.FaceRuns;
import org.timescope.render.Rgb;
import org.timescope.render.Surface;
import org.timescope.render.java2d.Java2DFonts;

/**
 * The painter's {@link Surface} on a PDF page. The page's coordinates are flipped and scaled so the
 * painter's pixels (top-left origin) map to points at 96 px per inch; text is drawn un-flipped.
 */
final class PdfSurface implements Surface {

    private static final double KAPPA = 0.5522847498;
    private final PDPageContentStream cs;
    private final PDDocument document;
    private final Map<Boolean, PDType0Font> fonts = new HashMap<>();
    private PDType0Font fallback;
    private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();

    PdfSurface(PDDocument document, PDPageContentStream cs, double pageHeightPx) throws IOException {
        this.document = document;
        this.cs = cs;
        cs.transform(new Matrix(0.75f, 0, 0, -0.75f, 0, (float) (pageHeightPx * 0.75)));
    }

    private PDType0Font font(boolean bold) {
        return fonts.computeIfAbsent(bold, b -> {
            try (InputStream in = org.timescope.render.BundledFonts.open(b)) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Droid Sans Fallback, embedded (its glyphs used only) the first time a text needs it. */
    private PDType0Font fallbackFont() {
        if (fallback == null) {
            try (InputStream in = org.timescope.render.BundledFonts.openFallback()) {
                fallback = PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    private void fill(Rgb c) throws IOException {
        cs.setNonStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        alpha(c.a());
    }

    private void stroke(Rgb c, double width, boolean dashed) throws IOException {
        cs.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        alpha(c.a());
        cs.setLineWidth((float) width);
        cs.setLineDashPattern(dashed ? new float[] {4, 3} : new float[0], 0);
    }

    private void alpha(double a) throws IOException {
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant((float) (double) k);
            s.setStrokingAlphaConstant((float) (double) k);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }

    private interface Op {
        void run() throws IOException;
    }

    private static void io(Op op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void roundRect(double x, double y, double w, double h, double arc) throws IOException {
        double r = Math.min(arc / 2, Math.min(w, h) / 2);
        if (r <= 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = r * KAPPA;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x + w - r), (float) y);
        cs.curveTo((float) (x + w - r + k), (float) y, (float) (x + w), (float) (y + r - k), (float) (x + w), (float) (y + r));
        cs.lineTo((float) (x + w), (float) (y + h - r));
        cs.curveTo((float) (x + w), (float) (y + h - r + k), (float) (x + w - r + k), (float) (y + h), (float) (x + w - r), (float) (y + h));
        cs.lineTo((float) (x + r), (float) (y + h));
        cs.curveTo((float) (x + r - k), (float) (y + h), (float) x, (float) (y + h - r + k), (float) x, (float) (y + h - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        cs.closePath();
    }

    private void polygon(double[] xs, double[] ys) throws IOException {
        cs.moveTo((float) xs[0], (float) ys[0]);
        for (int i = 1; i < xs.length; i++) {
            cs.lineTo((float) xs[i], (float) ys[i]);
        }
        cs.closePath();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb c) {
        io(() -> {
            fill(c);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb c) {
        io(() -> {
            fill(c);
            roundRect(x, y, w, h, arc);
            cs.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb c, double lw, boolean dashed) {
        io(() -> {
            stroke(c, lw, dashed);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.stroke();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb c, double lw) {
        io(() -> {
            stroke(c, lw, false);
            roundRect(x, y, w, h, arc);
            cs.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb c, double lw, boolean dashed) {
        io(() -> {
            stroke(c, lw, dashed);
            cs.moveTo((float) x1, (float) y1);
            cs.lineTo((float) x2, (float) y2);
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgb c) {
        io(() -> {
            fill(c);
            polygon(xs, ys);
            cs.fill();
        });
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Rgb c, double lw, boolean dashed) {
        io(() -> {
            stroke(c, lw, dashed);
            polygon(xs, ys);
            cs.stroke();
        });
    }

    @Override
    public void text(String text, double x, double baseline, Rgb c, Font font) {
        if (text.isEmpty()) {
            return;
        }
        String shown = text.replace('\u00a0', ' ');
        if (Java2DFonts.mainAlone(shown, font)) {
            io(() -> run(shown, x, baseline, c, font, false));
            return;
        }
        // what DejaVu lacks (CJK) is written run by run in the fallback face, placed as Java2D measures it
        double[] at = {x};
        FaceRuns.split(shown, Java2DFonts.main(font), Java2DFonts.fallbackHas(), (start, end, fallback) -> {
            String part = shown.substring(start, end);
            io(() -> run(part, at[0], baseline, c, font, fallback));
            at[0] += Java2DFonts.width(part, font);
        });
    }

    /** One run of text in one face; the fallback face has no bold of its own, so bold is filled and outlined. */
    private void run(String text, double x, double baseline, Rgb c, Font font, boolean fallback) throws IOException {
        PDType0Font face = fallback ? fallbackFont() : font(font.bold());
        fill(c);
        boolean embolden = fallback && font.bold();
        if (embolden) {
            cs.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
            cs.setLineWidth((float) (font.size() / 30));
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        cs.beginText();
        cs.setFont(face, (float) font.size());
        cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) baseline));
        cs.showText(encodable(face, text));
        cs.endText();
        if (embolden) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
    }

    /** The text with characters the font has no glyph for (e.g. CJK in DejaVu Sans) replaced by '?'. */
    private static String encodable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IllegalArgumentException | IOException missing) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }
    }

    @Override
    public double textWidth(String text, Font font) {
        return Java2DFonts.width(text, font);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        io(() -> {
            cs.saveGraphicsState();
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
        });
    }

    @Override
    public void popClip() {
        io(cs::restoreGraphicsState);
    }
}
