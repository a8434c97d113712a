package org.timescope.exchange.importing;

import java.util.Arrays;
import java.util.Locale;

/** The file formats Timescope imports. */
public enum ImportFormat {
    JSON("json"), CSV("csv"), TIMELINEJS("timelinejs"), TIMELINEJS_CSV("timelinejs-csv"),
    TIMELINE_XML("timeline-xml"), ARTICLE("article");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ImportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown import format '" + text + "' (use auto, "
                        + String.join(", ", Arrays.stream(values()).map(ImportFormat::label).toList()) + ")"));
    }
}
