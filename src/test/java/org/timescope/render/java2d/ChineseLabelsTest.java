package org.timescope.render.java2d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.timescope.render.PaintStyle;
import org.timescope.render.Surface;

/**
 * A figure of Chinese titles shows the characters, not boxes: DejaVu Sans has no CJK glyphs, so what it lacks is
 * drawn in the bundled fallback face (decision 0054).
 */
class ChineseLabelsTest {

    private static final Surface.Font LABEL = new Surface.Font(24, false);

    private static BufferedImage png(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RasterWriter.png(120, 50, 1, s -> s.text(text, 10, 36, PaintStyle.LIGHT.foreground(), LABEL), out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void twoIdeographsDrawAsTwoDifferentShapes() throws Exception {
        // a face without the glyphs draws the same "missing" box for both
        assertThat(samePixels(png("上"), png("海"))).isFalse();
        assertThat(samePixels(png("上"), png("下"))).isFalse();
        assertThat(samePixels(png("上"), png("上"))).isTrue();
    }

    @Test
    void anIdeographIsMeasuredAsOneEmWide() {
        // CJK ideographs are full-width: each advances by the font's size, so a label is cut where it really ends
        assertThat(Java2DFonts.width("上海知识产权", LABEL)).isCloseTo(6 * 24.0, within(0.5));
        assertThat(Java2DFonts.width("WIPO上海", LABEL)).isCloseTo(Java2DFonts.width("WIPO", LABEL) + 48, within(0.5));
    }

    @Test
    void anSvgNamesACjkFaceForItsChineseText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgWriter.svg(300, 50, s -> s.text("WIPO 上海办事处", 10, 36, PaintStyle.LIGHT.foreground(), LABEL), out);
        String svg = out.toString(StandardCharsets.UTF_8);
        assertThat(svg).containsPattern("font-family: \"Droid Sans Fallback\", \"Noto Sans CJK SC\"[^;]*sans-serif;"
                + "[^>]*>上海办事处<");
        assertThat(svg).containsPattern("font-family: \"DejaVu Sans\", sans-serif;[^>]*>WIPO <");
    }
}
