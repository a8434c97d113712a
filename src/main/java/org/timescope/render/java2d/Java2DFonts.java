package org.timescope.render.java2d;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.timescope.render.BundledFonts;
import org.timescope.render.Surface;

/**
 * The bundled DejaVu Sans (regular and bold), and text widths measured without any display: the same
 * numbers for PNG, SVG and PDF, so the three lay out alike.
 */
public final class Java2DFonts {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load(false);
    private static final Font BOLD = load(true);
    private static final Map<Surface.Font, Font> DERIVED = new ConcurrentHashMap<>();

    private Java2DFonts() {
    }

    private static Font load(boolean bold) {
        try (InputStream in = BundledFonts.open(bold)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }

    public static Font font(Surface.Font f) {
        return DERIVED.computeIfAbsent(f, k -> (k.bold() ? BOLD : REGULAR).deriveFont((float) k.size()));
    }

    public static double width(String text, Surface.Font f) {
        return text.isEmpty() ? 0 : font(f).getStringBounds(text, FRC).getWidth();
    }

}
