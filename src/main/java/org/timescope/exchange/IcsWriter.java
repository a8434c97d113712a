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
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, "BEGIN:VCALENDAR");
        line(w, "VERSION:2.0");
        line(w, "PRODID:-//Timescope//Timescope//EN");
        line(w, "CALSCALE:GREGORIAN");
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
            line(w, "END:VEVENT");
        }
        line(w, "END:VCALENDAR");
        w.flush();
    }

    /**
     * A timed DTSTART/DTEND value (RFC 5545 §3.3.5): in UTC ("…Z") when the date has an offset (iCalendar has no
     * other offsets, so the moment is moved to UTC), else a floating local time as written.
     */
    private static String moment(PartialDate date, int secondOfDay) {
        LocalDateTime local = date.firstDay().atStartOfDay().plusSeconds(secondOfDay);
        if (date.offset() == null) {
            return ":" + LOCAL.format(local);
        }
        return ":" + LOCAL.format(local.atOffset(date.offset()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())
                + "Z";
    }

    /** Timescope's own properties: each a list, as CATEGORIES is (escaped values joined by unescaped commas). */
    public static final String PLACES = "X-TIMESCOPE-PLACES";
    public static final String ORGANISATIONS = "X-TIMESCOPE-ORGANISATIONS";

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
