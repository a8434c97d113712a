package org.timescope.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import org.junit.jupiter.api.Test;

/**
 * Theme colours stay distinct however many themes there are. Distances are measured here with the JDK's own
 * colour management (sRGB to CIE XYZ, D50), not with the palette's code: CIE76 ΔE of 10 or more is a difference
 * anyone sees at a glance (about four times the just-noticeable difference of 2.3).
 */
class ThemeColoursTest {

    private static double[] lab(Rgb c) {
        float[] xyz = ColorSpace.getInstance(ColorSpace.CS_sRGB).toCIEXYZ(new float[] {c.r() / 255f, c.g() / 255f, c.b() / 255f});
        double[] white = {0.9642, 1.0, 0.8249};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            double t = xyz[i] / white[i];
            f[i] = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }
        return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    }

    private static double deltaE(Rgb a, Rgb b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    @Test
    void aThirteenthThemeDoesNotRepeatTheFirst() {
        for (PaintStyle style : new PaintStyle[] {PaintStyle.LIGHT, PaintStyle.DARK}) {
            assertThat(style.theme(12)).isNotEqualTo(style.theme(0));
            assertThat(deltaE(style.theme(12), style.theme(0))).isGreaterThan(10);
        }
    }

    @Test
    void thirtyThemesAreAllClearlyDifferent() {
        for (PaintStyle style : new PaintStyle[] {PaintStyle.LIGHT, PaintStyle.DARK}) {
            for (int i = 0; i < 30; i++) {
                for (int j = 0; j < i; j++) {
                    assertThat(deltaE(style.theme(i), style.theme(j)))
                            .as("slots %d and %d", j, i).isGreaterThan(10);
                }
            }
        }
    }

    @Test
    void aChosenColourKeepsTheOthersDistinct() {
        java.util.List<String> chosen = new java.util.ArrayList<>(java.util.Collections.nCopies(14, (String) null));
        chosen.set(1, "#ff00aa");
        PaintStyle style = PaintStyle.LIGHT.withThemeColours(chosen);
        assertThat(style.theme(1)).isEqualTo(Rgb.hex("#ff00aa"));
        assertThat(style.theme(12)).isNotEqualTo(style.theme(0));
        assertThat(style.theme(13)).isNotEqualTo(style.theme(1));
    }
}
