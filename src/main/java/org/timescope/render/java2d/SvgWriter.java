package org.timescope.render.java2d;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.timescope.render.Surface;

/** Paints through JFreeSVG: shapes stay vectors and text stays text (selectable, searchable). */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static void svg(double width, double height, Consumer<Surface> painter, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX);
        g.setDefsKeyPrefix("ts"); // fixed ids, so the same view writes the same file
        // a viewer without the bundled faces picks a face of the same kind: a CJK sans-serif for the fallback's runs
        g.setFontFunction(family -> switch (family) {
            case "Droid Sans Fallback" -> "\"Droid Sans Fallback\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
                    + "\"Microsoft YaHei\", \"PingFang SC\", sans-serif";
            default -> "\"" + family + "\", sans-serif";
        });
        painter.accept(new Java2DSurface(g));
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
