package org.timescope.render;

/**
 * The little a painter needs from a drawing surface. Coordinates are pixels from the top left;
 * text is drawn from its baseline. Implementations: JavaFX GraphicsContext (screen) and Java2D (export).
 */
public interface Surface {

    /** A font by size and weight; the family is the surface's sans-serif. */
    record Font(double size, boolean bold) {
        // written out: a record's generated equals and hashCode are bootstrapped at their first call, and a
        // start looks fonts up before its first picture (decision 0048)
        @Override
        public boolean equals(Object o) {
            return o instanceof Font f && Double.compare(size, f.size) == 0 && bold == f.bold;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(size) * 31 + Boolean.hashCode(bold);
        }
    }

    void fillRect(double x, double y, double w, double h, Rgb colour);

    void fillRoundRect(double x, double y, double w, double h, double arc, Rgb colour);

    void strokeRect(double x, double y, double w, double h, Rgb colour, double lineWidth, boolean dashed);

    void strokeRoundRect(double x, double y, double w, double h, double arc, Rgb colour, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Rgb colour, double lineWidth, boolean dashed);

    void fillPolygon(double[] xs, double[] ys, Rgb colour);

    void strokePolygon(double[] xs, double[] ys, Rgb colour, double lineWidth, boolean dashed);

    void text(String text, double x, double baseline, Rgb colour, Font font);

    double textWidth(String text, Font font);

    /** Restricts drawing to a rectangle until {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();
}
