package org.timescope.render;

import java.io.InputStream;

/** The font files every surface draws with: DejaVu Sans regular and bold, shipped in the jar. */
public final class BundledFonts {
    private BundledFonts() {
    }

    public static InputStream open(boolean bold) {
        String name = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
        InputStream in = BundledFonts.class.getResourceAsStream("/org/timescope/render/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("font " + name + " is missing from this build");
        }
        return in;
    }
}
