package org.timescope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.render.Surface;

/**
 * Labels are measured by adding up their characters' advances (a text layout per label was most of a frame's
 * time with 200 lanes); the sums must be the widths JavaFX's own text layout gives, or rows and shortened
 * labels would differ from what is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class FxSurfaceTest {

    private static final List<String> TITLES = List.of(
            "Shanghai procuratorate and the State Council meet",
            "Öffentliche Anhörung zur Überwachung (Bundestag)",
            "Côte d'Ivoire: élection présidentielle — résultats « provisoires »",
            "WAVAWA Tokyo / Kyoto 1998–2004, 17% \"quoted\" [sic] {x}",
            "Łódź, Kraków, Ørsted, Æsir, ßtraße, İstanbul",
            "Съезд народных депутатов СССР",
            "Η Βουλή των Ελλήνων ψηφίζει",
            "fi fl ffi ffl: ligatures are not formed here",
            "iiiii MMMMM WWWWW lllll .....",
            "China’s “first” IP court – a ruling — €5 million ‰ ‘quoted’ • Trademark™ № Nguyễn…",
            "Shanghai procuratorate and the State…"
    );

    private FxSurface surface;

    @Start
    void start(Stage stage) {
        surface = new FxSurface(new Canvas(10, 10).getGraphicsContext2D());
    }

    @Test
    void summedAdvancesGiveTheWidthsOfJavaFxTextLayout() throws Exception {
        for (Surface.Font font : List.of(new Surface.Font(12, false), new Surface.Font(11, false),
                new Surface.Font(12, true))) {
            for (String title : TITLES) {
                double[] widths = new double[2];
                org.testfx.api.FxToolkit.setupFixture(() -> {
                    widths[0] = surface.textWidth(title, font);
                    widths[1] = surface.measured(title, font);
                });
                assertThat(widths[0]).as("%s at %s", title, font).isCloseTo(widths[1], within(0.01));
                assertThat(widths[0]).as("a real width").isGreaterThan(title.length() * 3.0);
            }
        }
    }

    @Test
    void punctuationAndLatinBeyondTheFirstBlocksAreSummedFormatCharactersAreNot() {
        for (char c : "’–—“”…€™ễ".toCharArray()) {
            assertThat(FxSurface.summable(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : "\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\u0007\u05D0".toCharArray()) {
            assertThat(FxSurface.summable(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void scriptsShapedAsAWholeAreMeasuredByTheTextLayout() throws Exception {
        Surface.Font font = new Surface.Font(12, false);
        for (String title : List.of("مجلس الشعب يقر القانون", "הכנסת מאשרת", "संसद का सत्र", "会议在北京举行")) {
            double[] widths = new double[2];
            org.testfx.api.FxToolkit.setupFixture(() -> {
                widths[0] = surface.textWidth(title, font);
                widths[1] = surface.measured(title, font);
            });
            assertThat(widths[0]).as(title).isEqualTo(widths[1]);
        }
    }

    /**
     * Each timeline of the window measures and draws with the bundled DejaVu Sans at a few sizes; JavaFX copies a
     * font file it loads to a temporary file (and registers it with fontconfig) at every load. The file is loaded
     * once per face: more timelines and more sizes add no copy, and every size is still the bundled face.
     */
    @Test
    void theBundledFontIsLoadedOncePerFaceNotPerSizeOrTimeline() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        String text = "Shanghai IP court — “mediation” rules… 2019";
        double[] widths = new double[4];
        long[] copies = new long[2];
        org.testfx.api.FxToolkit.setupFixture(() -> {
            surface.textWidth(text, new Surface.Font(12, false));
            surface.textWidth(text, new Surface.Font(12, true));
            copies[0] = fontCopies(tmp);
            for (int i = 0; i < 2; i++) {
                FxSurface another = new FxSurface(new Canvas(10, 10).getGraphicsContext2D());
                for (double size : new double[] {9, 11, 13}) {
                    another.measured(text, new Surface.Font(size, false));
                    another.measured(text, new Surface.Font(size, true));
                }
                widths[0] = another.measured(text, new Surface.Font(13, true));
                widths[2] = another.measured(text, new Surface.Font(11, false));
            }
            copies[1] = fontCopies(tmp);
            // the same texts in the font files themselves, loaded directly
            try (java.io.InputStream bold = org.timescope.render.BundledFonts.open(true);
                 java.io.InputStream regular = org.timescope.render.BundledFonts.open(false)) {
                widths[1] = width(text, javafx.scene.text.Font.loadFont(bold, 13));
                widths[3] = width(text, javafx.scene.text.Font.loadFont(regular, 11));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(copies[1]).as("font files copied to %s", tmp).isEqualTo(copies[0]);
        assertThat(widths[0]).as("bold 13").isEqualTo(widths[1]);
        assertThat(widths[2]).as("regular 11").isEqualTo(widths[3]);
    }

    private static long fontCopies(java.nio.file.Path tmp) {
        try (var files = java.nio.file.Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("+JXF")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
