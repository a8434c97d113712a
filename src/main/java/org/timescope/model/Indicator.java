package org.timescope.model;

import java.util.Objects;

/**
 * One statistical observation, such as "invention patents granted in Shanghai, 2020: over 24,000".
 * Statistics are not events: they are kept apart and shown as series. {@code qualifier} keeps the
 * source's hedge ("over", "about") so that 24,000 is never presented as exact when the text says
 * "over 24,000"; {@code note} says how the period was worked out when the text does not state it.
 */
public record Indicator(String series, String place, PartialDate period, double value, String unit,
                        String qualifier, String note, Evidence evidence) {
    public Indicator {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(evidence, "evidence");
    }
}
