package org.timescope.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDateTime;
import java.util.List;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * Writes iCalendar (RFC 5545): each event as an all-day VEVENT covering its whole interval at its
 * precision (a month-precision event runs the whole month), or, when a time of day is written, a timed one
 * (DTSTART at the time, DTEND at the end of the last hour, minute or second written). Text is escaped and lines are folded at 75
 * octets with CRLF. iCalendar cannot hold years outside 1–9999: such an event is refused by name.
 */
public final class IcsWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    public static void write(List<TimelineEvent> events, Instant stamp, OutputStream out) throws IOException {
        for (TimelineEvent e : events) {
            int first = e.when().firstDay().getYear();
            int last = e.when().lastDay().getYear();
            if (first < 1 || last > 9998) {
                throw new ExchangeException("event '" + e.key() + "' cannot be written to iCalendar: its dates ("
                        + e.when().display() + ") are outside the years 1–9998 that iCalendar can hold");
            }
        }
        // every offset other than UTC that a time is written with: each gets a VTIMEZONE of its own
        java.util.SortedSet<ZoneOffset> offsets = new java.util.TreeSet<>();
        for (TimelineEvent e : events) {
            for (PartialDate d : new PartialDate[] {e.when().start(), e.when().end()}) {
                if (d != null && d.timed() && d.offset() != null && !d.offset().equals(ZoneOffset.UTC)) {
                    offsets.add(d.offset());
                }
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, "BEGIN:VCALENDAR");
        line(w, "VERSION:2.0");
        line(w, "PRODID:-//Timescope//Timescope//EN");
        line(w, "CALSCALE:GREGORIAN");
        for (ZoneOffset offset : offsets) {
            zone(w, offset);
        }
        for (TimelineEvent e : events) {
            line(w, "BEGIN:VEVENT");
            line(w, "UID:" + e.key() + "@timescope");
            line(w, "DTSTAMP:" + STAMP.format(stamp));
            if (e.when().start().timed()) {
                line(w, "DTSTART" + moment(e.when().start(), e.when().start().firstSecond()));
                PartialDate end = e.when().end() == null ? e.when().start() : e.when().end();
                line(w, "DTEND" + (end.timed() ? moment(end, end.endSecond())
                        : ":" + DAY.format(end.lastDay().plusDays(1)) + "T000000"));
            } else {
                line(w, "DTSTART;VALUE=DATE:" + DAY.format(e.when().firstDay()));
                line(w, "DTEND;VALUE=DATE:" + DAY.format(e.when().lastDay().plusDays(1)));
            }
            line(w, "SUMMARY:" + text(e.title()));
            line(w, "DESCRIPTION:" + text(description(e)));
            if (!e.places().isEmpty()) {
                line(w, "LOCATION:" + text(String.join(", ", e.places())));
                // the places and organisations as lists (a name may hold the ", " or "; " that joins them for reading)
                line(w, PLACES + ":" + String.join(",", e.places().stream().map(IcsWriter::text).toList()));
            }
            if (!e.organisations().isEmpty()) {
                line(w, ORGANISATIONS + ":" + String.join(",", e.organisationNames().stream().map(IcsWriter::text).toList()));
            }
            if (!e.themes().isEmpty()) {
                line(w, "CATEGORIES:" + String.join(",", e.themes().stream().map(IcsWriter::text).toList()));
            }
            if (e.category() != null) {
                line(w, CATEGORY + ":" + text(e.category()));
            }
            line(w, "END:VEVENT");
        }
        line(w, "END:VCALENDAR");
        w.flush();
    }

    /**
     * A timed DTSTART/DTEND value (RFC 5545 §3.3.5) as written: the local time with its offset's zone
     * ({@code ;TZID=UTC+0800:…}, defined in the file's VTIMEZONE), in UTC ({@code …Z}) at offset zero, or
     * floating without one. iCalendar has no offsets of its own; the named zone keeps the hour that was written,
     * which a conversion to UTC lost.
     */
    private static String moment(PartialDate date, int secondOfDay) {
        LocalDateTime local = date.firstDay().atStartOfDay().plusSeconds(secondOfDay);
        if (date.offset() == null) {
            return ":" + LOCAL.format(local);
        }
        if (date.offset().equals(ZoneOffset.UTC)) {
            return ":" + LOCAL.format(local) + "Z";
        }
        return ";TZID=" + zoneId(date.offset()) + ":" + LOCAL.format(local);
    }

    /**
     * The zone's name for an offset: {@code UTC+0800}, a form java.time and calendar programs both read, without
     * the ':' that a parameter value may only hold in quotes.
     */
    static String zoneId(ZoneOffset offset) {
        return "UTC" + offset.getId().replace(":", "");
    }

    /** A VTIMEZONE for a fixed offset (RFC 5545 §3.6.5): one STANDARD part, the same offset all year. */
    private static void zone(Writer w, ZoneOffset offset) throws IOException {
        String hhmm = offset.getId().replace(":", "");
        line(w, "BEGIN:VTIMEZONE");
        line(w, "TZID:" + zoneId(offset));
        line(w, "BEGIN:STANDARD");
        line(w, "DTSTART:16010101T000000");
        line(w, "TZOFFSETFROM:" + hhmm);
        line(w, "TZOFFSETTO:" + hhmm);
        line(w, "TZNAME:" + zoneId(offset));
        line(w, "END:STANDARD");
        line(w, "END:VTIMEZONE");
    }

    /** Timescope's own properties: each a list, as CATEGORIES is (escaped values joined by unescaped commas). */
    public static final String PLACES = "X-TIMESCOPE-PLACES";
    public static final String ORGANISATIONS = "X-TIMESCOPE-ORGANISATIONS";
    /** The event's category (Timescope's own field; CATEGORIES holds its themes). */
    public static final String CATEGORY = "X-TIMESCOPE-CATEGORY";

    private static String description(TimelineEvent e) {
        StringBuilder sb = new StringBuilder();
        sb.append("Date: ").append(e.when().display()).append(" (").append(e.when().precision().label())
                .append(" precision").append(e.approximate() ? ", approximate" : "").append(e.inferred() ? ", inferred" : "")
                .append(')');
        if (e.dateNote() != null) {
            sb.append(". ").append(e.dateNote());
        }
        if (e.summary() != null) {
            sb.append("\n").append(e.summary());
        }
        if (!e.organisations().isEmpty()) {
            sb.append("\nOrganisations: ").append(String.join("; ", e.organisationNames()));
        }
        e.evidence().forEach(ev -> sb.append("\n“").append(ev.quote().replace('\u00a0', ' ')).append('”'));
        return sb.toString();
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes one content line, folded so no physical line exceeds 75 octets. */
    static void line(Writer w, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 sequence
            }
            w.write(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            w.write("\r\n ");
            start = end;
            limit = 74; // the leading space of a continuation line counts
        }
        w.write(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        w.write("\r\n");
    }
}
