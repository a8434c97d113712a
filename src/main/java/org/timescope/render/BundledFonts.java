package org.timescope.render;

import java.io.InputStream;

/**
 * The font files every surface draws with, shipped in the jar: DejaVu Sans regular and bold, and Droid Sans
 * Fallback for what DejaVu has no glyph for — Chinese, Japanese kana, CJK punctuation and full-width forms
 * (decision 0054). The fallback face is only read when a text needs it.
 */
public final class BundledFonts {
    private BundledFonts() {
    }

    public static InputStream open(boolean bold) {
        return resource(bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
    }

    /** Droid Sans Fallback (one face: its bold is drawn by each surface's own emboldening). */
    public static InputStream openFallback() {
        return resource("DroidSansFallbackFull.ttf");
    }

    private static InputStream resource(String name) {
        InputStream in = BundledFonts.class.getResourceAsStream("/org/timescope/render/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from this build");
        }
        return in;
    }
}
