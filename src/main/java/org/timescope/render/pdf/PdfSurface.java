package org.timescope.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
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
        io(() -> {
            fill(c);
            cs.beginText();
            cs.setFont(font(font.bold()), (float) font.size());
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) baseline));
            cs.showText(encodable(font(font.bold()), text.replace('\u00a0', ' ')));
            cs.endText();
        });
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
