package org.timescope.render;

import java.util.function.IntPredicate;

/**
 * A text cut into runs drawn with the main face (DejaVu Sans) or the fallback face (Droid Sans Fallback): a
 * character goes to the fallback when the main face has no glyph for it and the fallback has one. A character
 * neither has stays with the main face (which draws its "missing" box), so a text the main face draws whole is one
 * run. Every surface draws and measures a text run by run, so a label mixing "WIPO" and "中国办事处" is laid out and
 * cut the same on screen and in PNG, SVG and PDF.
 */
public final class FaceRuns {

    /** Receives one run: {@code text.substring(start, end)}, drawn with the fallback face or not. */
    @FunctionalInterface
    public interface Run {
        void accept(int start, int end, boolean fallback);
    }

    private FaceRuns() {
    }

    /**
     * The index of the first character the main face lacks and the fallback has, or -1 when the main face draws the
     * text alone (the usual case: one pass, nothing else is made).
     */
    public static int firstFallback(String text, IntPredicate main, IntPredicate fallback) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!main.test(cp) && fallback.test(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Calls {@code run} for each run in order, from {@code text}'s start to its end. */
    public static void split(String text, IntPredicate main, IntPredicate fallback, Run run) {
        int start = 0;
        boolean current = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean useFallback = !main.test(cp) && fallback.test(cp);
            if (useFallback != current && i > start) {
                run.accept(start, i, current);
                start = i;
            }
            current = useFallback;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            run.accept(start, text.length(), current);
        }
    }
}
