package org.timescope.exchange.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;
import org.timescope.model.TimelineEvent;

/**
 * Reads iCalendar (RFC 5545) VEVENTs line by line: folded lines are unfolded, TEXT values unescaped,
 * DTSTART/DTEND as dates or times of day (see {@link IcsMoment}: UTC, a TZID's offset at that moment, or
 * floating), the exclusive DTEND made inclusive (an all-day event's last day, a timed event's last minute). SUMMARY is the title, DESCRIPTION the summary, LOCATION the place,
 * CATEGORIES the themes, UID the id. A file Timescope exported (its PRODID) gets back what the export
 * wrote in its description: the precision and flags of the date, the date note, the organisations and
 * the quotes. Linear in the file's length; nothing is fetched.
 */
public final class IcsReader {
    private static final String WHAT = "iCalendar (ICS)";
    private static final Pattern OURS = Pattern.compile("\\((year|month|day|hour|minute|second) precision(, approximate)?(, inferred)?\\)");

    private IcsReader() {
    }

    /** One content line: name, parameters, value, and the physical line it started on. */
    private record Line(String name, Map<String, String> params, String value, int number) {
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        List<Line> lines = unfold(content, origin);
        if (lines.isEmpty() || !lines.get(0).name().equals("BEGIN") || !lines.get(0).value().equalsIgnoreCase("VCALENDAR")) {
            throw new ExchangeException(origin + ": read as " + WHAT + ": it does not start with BEGIN:VCALENDAR");
        }
        boolean ours = lines.stream().anyMatch(l -> l.name().equals("PRODID") && l.value().contains("//Timescope//"));
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        List<Line> event = null;
        int depth = 0;
        int count = 0;
        boolean ended = false;
        for (Line l : lines) {
            if (l.name().equals("BEGIN")) {
                depth++;
                if (l.value().equalsIgnoreCase("VEVENT") && event == null) {
                    event = new ArrayList<>();
                    event.add(l);
                    depth = 1;
                }
            } else if (l.name().equals("END")) {
                if (event != null && l.value().equalsIgnoreCase("VEVENT") && depth == 1) {
                    event(event, "event " + ++count, origin, options, ours, data);
                    event = null;
                    depth = 0;
                } else if (l.value().equalsIgnoreCase("VCALENDAR") && event == null) {
                    ended = true;
                } else {
                    depth--;
                }
            } else if (event != null && depth == 1) {
                event.add(l);
            }
        }
        if (event != null || !ended) {
            throw new ExchangeException(origin + ": read as " + WHAT + ": the file ends before "
                    + (event != null ? "END:VEVENT of event " + (count + 1) : "END:VCALENDAR") + " (is it cut short?)");
        }
        if (count == 0) {
            throw new ExchangeException(origin + ": read as " + WHAT + ": it has no VEVENT, so no events");
        }
        return data.build();
    }

    /** Physical lines joined where a line starts with a space or tab (RFC 5545 §3.1), then parsed. */
    private static List<Line> unfold(String content, String origin) {
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        int startedAt = 0;
        int number = 0;
        int i = content.startsWith("\uFEFF") ? 1 : 0;
        int n = content.length();
        while (i < n) {
            int end = i;
            while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            number++;
            if (end > i && (content.charAt(i) == ' ' || content.charAt(i) == '\t') && current != null) {
                current.append(content, i + 1, end);
            } else {
                if (current != null) {
                    out.add(parse(current.toString(), startedAt, origin));
                }
                current = end > i ? new StringBuilder(content.substring(i, end)) : null;
                startedAt = number;
            }
            i = end;
            if (i < n && content.charAt(i) == '\r') {
                i++;
            }
            if (i < n && content.charAt(i) == '\n') {
                i++;
            }
        }
        if (current != null) {
            out.add(parse(current.toString(), startedAt, origin));
        }
        return out;
    }

    /** NAME;PARAM=value;PARAM="quoted:value":VALUE */
    private static Line parse(String line, int number, String origin) {
        int colon = -1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new ExchangeException(origin + ": read as " + WHAT + ": line " + number + ": not a content line "
                    + "(NAME:value expected)");
        }
        String[] head = line.substring(0, colon).split(";");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq > 0) {
                params.put(head[i].substring(0, eq).toUpperCase(Locale.ROOT), head[i].substring(eq + 1).replace("\"", ""));
            }
        }
        return new Line(head[0].strip().toUpperCase(Locale.ROOT), params, line.substring(colon + 1), number);
    }

    private static void event(List<Line> lines, String at, String origin, ImportOptions options, boolean ours,
                              DatasetBuilder data) {
        Map<String, Line> first = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (Line l : lines) {
            first.putIfAbsent(l.name(), l);
            if (l.name().equals("CATEGORIES")) {
                categories.addAll(splitText(l.value()));
            }
        }
        String where = at + " (line " + lines.get(0).number() + ")";
        List<String> notes = new ArrayList<>();
        Line dtstart = first.get("DTSTART");
        if (dtstart == null) {
            throw RecordError.at(origin, where, "DTSTART", "is missing");
        }
        IcsMoment start = moment(dtstart, origin, where, notes);
        Line dtend = first.get("DTEND");
        IcsMoment end = dtend == null ? null : moment(dtend, origin, where, notes);
        // a time at midnight with a midnight end (or none) is how some calendars write whole days
        boolean days = !start.timed() || start.midnight() && (end == null || !end.timed() || end.midnight());
        LocalDate startDay = start.day();
        LocalDate lastDay = startDay;
        if (days && end != null) {
            boolean exclusive = !end.timed() || end.midnight();
            lastDay = exclusive && end.day().isAfter(startDay) ? end.day().minusDays(1) : end.day();
            if (lastDay.isBefore(startDay)) {
                throw RecordError.at(origin, where, "DTEND", "is before DTSTART");
            }
        }
        if (!days && end != null && !end.timed()) {
            end = null; // a date as the end of a time: RFC 5545 wants both alike; the start is what is sure
        }
        if (!days && end != null && end.time().isBefore(start.time())) {
            throw RecordError.at(origin, where, "DTEND", "is before DTSTART");
        }
        if (first.containsKey("RRULE")) {
            notes.add("repeats in the calendar (RRULE); only its first occurrence is imported");
        }
        String title = Html.toText(unescape(value(first, "SUMMARY")));
        String description = unescape(value(first, "DESCRIPTION"));
        if (title == null) {
            throw RecordError.at(origin, where, "SUMMARY", "is missing (an event needs a title)");
        }
        Ours parsed = ours && description != null ? ours(description) : null;
        DateSpan when = days ? span(startDay, lastDay, parsed != null && !parsed.precision().timed()
                ? parsed.precision() : Precision.DAY)
                : timed(start, end, parsed != null && parsed.precision().timed() ? parsed.precision() : null);
        List<String> themes = new ArrayList<>();
        List<OrganisationRole> orgs = new ArrayList<>();
        for (String c : categories) {
            data.group(c, options, "iCalendar category", themes, orgs);
        }
        List<String> places = new ArrayList<>();
        String location = unescape(value(first, "LOCATION"));
        Line placeList = first.get(org.timescope.exchange.IcsWriter.PLACES);
        if (ours && placeList != null) {
            places.addAll(splitText(placeList.value())); // exact, whatever the names hold
        } else if (location != null && !location.isBlank()) {
            places.addAll(ours ? List.of(location.split(", ")) : List.of(location.strip()));
        }
        places.forEach(data::place);
        String uid = value(first, "UID");
        String id = uid == null ? null : ours && uid.endsWith("@timescope") ? uid.substring(0, uid.length() - 10) : uid;
        List<org.timescope.model.Evidence> evidence = new ArrayList<>();
        String summary = description;
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        boolean approximate = false;
        boolean inferred = false;
        if (parsed != null) {
            summary = parsed.summary();
            note = parsed.note();
            approximate = parsed.approximate();
            inferred = parsed.inferred();
            Line orgList = first.get(org.timescope.exchange.IcsWriter.ORGANISATIONS);
            for (String o : orgList != null ? splitText(orgList.value()) : parsed.organisations()) {
                data.organisation(o);
                orgs.add(new OrganisationRole(o, null));
            }
            parsed.quotes().forEach(q -> evidence.add(data.evidence(q)));
        }
        if (evidence.isEmpty()) {
            evidence.add(data.evidence(title));
        }
        String category = ours ? unescape(value(first, org.timescope.exchange.IcsWriter.CATEGORY)) : null;
        data.event(new TimelineEvent(DatasetBuilder.key(id, title, when), title, summary, category, when, approximate,
                inferred, note, places, orgs, themes, List.of(), evidence));
    }

    private static String value(Map<String, Line> first, String name) {
        Line l = first.get(name);
        return l == null ? null : l.value();
    }

    private static IcsMoment moment(Line l, String origin, String at, List<String> notes) {
        IcsMoment m = IcsMoment.read(l.name(), l.value(), l.params().get("VALUE"), l.params().get("TZID"), origin, at);
        if (m.note() != null) {
            notes.add(m.note());
        }
        return m;
    }

    /**
     * A timed span: from DTSTART to the last unit before DTEND (exclusive in iCalendar, inclusive in a span), to
     * the minute, or to the second when a second is written (or to what Timescope's export said).
     */
    private static DateSpan timed(IcsMoment start, IcsMoment end, Precision said) {
        Precision p = said != null ? said
                : start.time().getSecond() != 0 || end != null && end.time().getSecond() != 0 ? Precision.SECOND
                : Precision.MINUTE;
        PartialDate from = start.at(p);
        if (end == null || !end.time().isAfter(start.time())) {
            return new DateSpan(from, null);
        }
        PartialDate last = end.before(p);
        return new DateSpan(from, last.equals(from) || last.compareTo(from) < 0 ? null : last);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }

    /** The days an event covers, at the precision the export said (a month event covers its whole month). */
    private static DateSpan span(LocalDate first, LocalDate last, Precision p) {
        PartialDate start = PartialDate.of(first).truncatedTo(p);
        PartialDate end = PartialDate.of(last).truncatedTo(p);
        return new DateSpan(start, end.equals(start) ? null : end);
    }

    /** What Timescope's export writes into DESCRIPTION, read back. */
    private record Ours(Precision precision, boolean approximate, boolean inferred, String note, String summary,
                        List<String> organisations, List<String> quotes) {
    }

    private static Ours ours(String description) {
        String[] lines = description.split("\n", -1);
        Matcher m = OURS.matcher(lines[0]);
        if (!lines[0].startsWith("Date: ") || !m.find()) {
            return null;
        }
        Precision precision = Precision.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String rest = lines[0].substring(m.end());
        String note = rest.startsWith(". ") ? rest.substring(2) : null;
        int last = lines.length;
        List<String> quotes = new ArrayList<>();
        while (last > 1 && lines[last - 1].startsWith("“") && lines[last - 1].endsWith("”") && lines[last - 1].length() >= 2) {
            quotes.add(0, lines[last - 1].substring(1, lines[last - 1].length() - 1));
            last--;
        }
        List<String> orgs = new ArrayList<>();
        if (last > 1 && lines[last - 1].startsWith("Organisations: ")) {
            for (String o : lines[last - 1].substring(15).split("; ")) {
                if (!o.isBlank()) {
                    orgs.add(o.strip());
                }
            }
            last--;
        }
        String summary = last > 1 ? String.join("\n", java.util.Arrays.copyOfRange(lines, 1, last)) : null;
        return new Ours(precision, m.group(2) != null, m.group(3) != null, note,
                summary == null || summary.isBlank() ? null : summary, orgs, quotes);
    }

    /** TEXT unescaping (RFC 5545 §3.3.11): \\n, \\, \\; \\\\. */
    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                sb.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A list value split at unescaped commas, each unescaped. */
    private static List<String> splitText(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == ',') {
                out.add(unescape(s.substring(from, i)));
                from = i + 1;
            }
        }
        out.add(unescape(s.substring(from)));
        return out.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

}
