package org.timescope.timeline.layout;

/** How wide a label is in pixels; the screen measures with its font, tests with a fixed advance. */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);

    /** A stand-in with the same advance for every character, for tests and estimates. */
    static TextMeasurer fixed(double perCharacter) {
        return text -> text.length() * perCharacter;
    }
}
