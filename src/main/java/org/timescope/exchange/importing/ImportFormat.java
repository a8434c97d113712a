package org.timescope.exchange.importing;

import java.util.Arrays;
import java.util.Locale;

/**
 * The file formats Timescope tells apart. Most are read; two are recognised only to be refused by name
 * (the Timeline app's old text format, and XML that is none of the formats read), so that such a file
 * is never taken for a news article.
 */
public enum ImportFormat {
    JSON("json", "Timescope JSON", true),
    JSON_LIST("json-list", "a JSON list of events", true),
    CSV("csv", "CSV", true),
    TIMELINEJS("timelinejs", "TimelineJS JSON", true),
    TIMELINEJS_CSV("timelinejs-csv", "a TimelineJS sheet (CSV)", true),
    TIMELINE_XML("timeline-xml", "a Timeline (.timeline) XML file", true),
    ICS("ics", "iCalendar (ICS)", true),
    FEED("feed", "an RSS or Atom feed", true),
    ARTICLE("article", "a news article", true),
    TIMELINE_TEXT("timeline-text", "a Timeline 0.x text file", false),
    OTHER_XML("xml", "XML", false);

    private final String label;
    private final String description;
    private final boolean readable;

    ImportFormat(String label, String description, boolean readable) {
        this.label = label;
        this.description = description;
        this.readable = readable;
    }

    /** The name used on the command line and in reports ("csv", "timeline-xml"). */
    public String label() {
        return label;
    }

    /** What the file was read as, in words, for messages ("a Timeline (.timeline) XML file"). */
    public String description() {
        return description;
    }

    /** False for formats that are only recognised, to be refused by name. */
    public boolean readable() {
        return readable;
    }

    public static ImportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.readable && f.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown import format '" + text + "' (use auto, "
                        + String.join(", ", Arrays.stream(values()).filter(ImportFormat::readable)
                        .map(ImportFormat::label).toList()) + ")"));
    }
}
