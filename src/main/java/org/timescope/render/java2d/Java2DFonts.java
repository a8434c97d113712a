package org.timescope.render.java2d;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.timescope.render.BundledFonts;
import org.timescope.render.FaceRuns;
import org.timescope.render.Surface;

/**
 * The bundled DejaVu Sans (regular and bold) with Droid Sans Fallback for what it lacks (CJK), and text widths
 * measured without any display: the same numbers for PNG, SVG and PDF, so the three lay out alike.
 */
public final class Java2DFonts {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load(BundledFonts.open(false));
    private static final Font BOLD = load(BundledFonts.open(true));
    private static final Map<Surface.Font, Font> DERIVED = new ConcurrentHashMap<>();
    private static final Map<Surface.Font, Font> DERIVED_FALLBACK = new ConcurrentHashMap<>();

    private Java2DFonts() {
    }

    /** The fallback face, read from the jar the first time a text needs it. */
    private static final class Fallback {
        static final Font FACE = load(BundledFonts.openFallback());
    }

    private static Font load(InputStream file) {
        try (InputStream in = file) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("a bundled font cannot be read", e);
        }
    }

    public static Font font(Surface.Font f) {
        return DERIVED.computeIfAbsent(f, k -> (k.bold() ? BOLD : REGULAR).deriveFont((float) k.size()));
    }

    /** The fallback face at the font's size; bold is Java2D's emboldening of its one face. */
    public static Font fallback(Surface.Font f) {
        return DERIVED_FALLBACK.computeIfAbsent(f, k -> Fallback.FACE.deriveFont(k.bold() ? Font.BOLD : Font.PLAIN,
                (float) k.size()));
    }

    /** Whether the main face (of this weight) has a glyph for the character. */
    public static IntPredicate main(Surface.Font f) {
        Font face = f.bold() ? BOLD : REGULAR;
        return face::canDisplay;
    }

    /** Whether the fallback face has a glyph for the character. */
    public static IntPredicate fallbackHas() {
        return cp -> Fallback.FACE.canDisplay(cp);
    }

    /** True when the main face draws the text alone. */
    public static boolean mainAlone(String text, Surface.Font f) {
        return (f.bold() ? BOLD : REGULAR).canDisplayUpTo(text) < 0
                || FaceRuns.firstFallback(text, main(f), fallbackHas()) < 0;
    }

    public static double width(String text, Surface.Font f) {
        if (text.isEmpty()) {
            return 0;
        }
        if (mainAlone(text, f)) {
            return font(f).getStringBounds(text, FRC).getWidth();
        }
        double[] sum = {0};
        FaceRuns.split(text, main(f), fallbackHas(), (start, end, fallback) ->
                sum[0] += (fallback ? fallback(f) : font(f)).getStringBounds(text, start, end, FRC).getWidth());
        return sum[0];
    }
}
