package org.timescope.ui.timeline;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.timescope.render.BundledFonts;

/**
 * The bundled DejaVu Sans faces (regular and bold) in JavaFX, each loaded once per process; every size is then
 * the loaded face by its name, which finds the loaded file before any installed copy. {@code Font.loadFont} copies
 * the file it is given to a temporary file and registers it with fontconfig at each call: 6-27 ms each (timed in
 * starts of the package), and one call per size in every timeline put two on the way to the first picture of a
 * start and two more on the way to the usable window (decision 0048).
 */
final class BundledFxFonts {

    private static final Font[] FACES = new Font[2];
    private static final boolean[] TRIED = new boolean[2];

    private BundledFxFonts() {
    }

    /** The face loaded from the bundled file, or null if it could not be (then the platform's font stands in). */
    private static synchronized Font face(boolean bold) {
        int i = bold ? 1 : 0;
        if (!TRIED[i]) {
            TRIED[i] = true;
            try (InputStream in = BundledFonts.open(bold)) {
                FACES[i] = Font.loadFont(in, 12);
            } catch (IOException | RuntimeException e) {
                FACES[i] = null; // the platform font below
            }
        }
        return FACES[i];
    }

    /** The bundled face at {@code size}: the very font file loaded once (its name finds the loaded file first). */
    static Font of(boolean bold, double size) {
        Font face = face(bold);
        if (face != null) {
            return new Font(face.getName(), size);
        }
        return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }
}
