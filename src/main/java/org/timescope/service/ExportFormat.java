package org.timescope.service;

import java.util.Arrays;
import java.util.Locale;

/** The data formats events can be exported to: native JSON, CSV, TimelineJS JSON, iCalendar. */
public enum ExportFormat {
    JSON, CSV, TIMELINEJS, ICS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + text + "' (use "
                        + String.join(", ", Arrays.stream(values()).map(ExportFormat::label).toList()) + ")"));
    }
}
