package org.timescope.timeline.layout;

/** How wide a label is in pixels; the screen measures with its font, tests with a fixed advance. */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);

    /**
     * Remembers widths (titles repeat from frame to frame while zooming and panning); the memory is
     * emptied when it holds {@code max} texts, so it stays bounded with a million titles.
     */
    static TextMeasurer cached(TextMeasurer measurer, int max) {
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        return text -> {
            Double w = widths.get(text);
            if (w == null) {
                if (widths.size() >= max) {
                    widths.clear();
                }
                w = measurer.width(text);
                widths.put(text, w);
            }
            return w;
        };
    }

    /**
     * A title as a label on one line: a line break or tab becomes a space (fonts draw nothing for them, so "Forum\nheld"
     * showed as "Forumheld"). The same string when there is none, which is nearly always.
     */
    static String oneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u2028' || c == '\u2029') {
                return text.replaceAll("[\\p{Cntrl}\u2028\u2029]+", " ");
            }
        }
        return text;
    }

    /** A stand-in with the same advance for every character, for tests and estimates. */
    static TextMeasurer fixed(double perCharacter) {
        return text -> text.length() * perCharacter;
    }
}
