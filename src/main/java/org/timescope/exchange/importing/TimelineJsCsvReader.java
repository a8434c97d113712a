package org.timescope.exchange.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * Reads the TimelineJS Google-Sheets template exported as CSV (Year, Month, Day, Time, End Year, …,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background, Alt Text).
 * Rows of Type "title" are skipped, "era" rows become eras. Short rows are read as far as they go.
 */
public final class TimelineJsCsvReader {
    private TimelineJsCsvReader() {
    }

    static boolean looksLike(List<String> header) {
        List<String> h = header.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        return h.contains("year") && h.contains("headline") && (h.contains("month") || h.contains("end year"));
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        try (CSVParser parser = CsvFiles.parser(content)) {
            Map<String, Integer> columns = CsvFiles.columns(parser.getHeaderNames());
            if (!looksLike(parser.getHeaderNames())) {
                throw new ExchangeException(origin + ": not a TimelineJS sheet (needs Year and Headline columns)");
            }
            for (CSVRecord r : parser) {
                row(r, columns, origin, options, data);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw CsvFiles.failure(origin, e);
        }
        Dataset d = data.build();
        if (d.events().isEmpty() && d.eras().isEmpty()) {
            throw new ExchangeException(origin + ": read as a TimelineJS sheet (CSV): no event rows below the header "
                    + "(title rows are not events)");
        }
        return d;
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([AaPp][Mm])?");

    /** The date with the sheet's Time cell ("09:00", "9:30 PM", "14:05:09"); blank keeps the date as it is. */
    private static PartialDate timed(PartialDate date, String time) {
        if (date == null || time == null || time.isBlank()) {
            return date;
        }
        java.util.regex.Matcher m = CLOCK.matcher(time.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + time.strip() + "' is not a time of day (use 14:30 or 2:30 PM)");
        }
        int hour = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("'" + time.strip() + "' is not a time of day (hour 1-12 with AM/PM)");
            }
            hour = hour % 12 + (m.group(4).equalsIgnoreCase("PM") ? 12 : 0);
        }
        return YearCheck.withTime(date, Integer.toString(hour), m.group(2), m.group(3));
    }

    private static void row(CSVRecord r, Map<String, Integer> columns, String origin, ImportOptions options,
                            DatasetBuilder data) {
        String at = "row " + (r.getRecordNumber() + 1);
        String type = CsvFiles.get(r, columns, "type").toLowerCase(Locale.ROOT);
        if (type.equals("title") || CsvFiles.isBlank(r)) {
            return;
        }
        PartialDate start;
        PartialDate end;
        try {
            start = YearCheck.of(CsvFiles.get(r, columns, "year"), CsvFiles.get(r, columns, "month"),
                    CsvFiles.get(r, columns, "day"));
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, "Year/Month/Day", e.getMessage());
        }
        if (start == null) {
            throw RecordError.at(origin, at, "Year", "is empty");
        }
        try {
            end = YearCheck.of(CsvFiles.get(r, columns, "end year"), CsvFiles.get(r, columns, "end month"),
                    CsvFiles.get(r, columns, "end day"));
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, "End Year/Month/Day", e.getMessage());
        }
        try {
            start = timed(start, CsvFiles.get(r, columns, "time"));
            end = timed(end, CsvFiles.get(r, columns, "end time"));
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, "Time", e.getMessage());
        }
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, "End Year", e.getMessage());
        }
        String headline = Html.toText(CsvFiles.get(r, columns, "headline"));
        String text = Html.toText(CsvFiles.get(r, columns, "text"));
        if (headline == null) {
            headline = text == null ? null : TimelineJsReader.abbreviate(text);
        }
        if (headline == null) {
            throw RecordError.at(origin, at, "Headline", "is empty (an event needs a headline or text)");
        }
        List<String> notes = new ArrayList<>();
        String display = CsvFiles.get(r, columns, "display date");
        if (!display.isBlank()) {
            notes.add("shown in the source as '" + display.strip() + "'");
        }
        Map<String, String> media = new TreeMap<>();
        for (String c : List.of("media caption", "media credit", "media")) {
            String v = Html.toText(CsvFiles.get(r, columns, c));
            if (v != null) {
                media.put(c, v);
            }
        }
        String mediaLine = media.isEmpty() ? null : "Media: " + String.join(" — ", media.values());
        List<String> themes = new ArrayList<>();
        List<OrganisationRole> orgs = new ArrayList<>();
        data.group(CsvFiles.get(r, columns, "group"), options, "TimelineJS group", themes, orgs);
        TimelineEvent read = new TimelineEvent(DatasetBuilder.key(null, headline, when), headline,
                TimelineJsReader.join(text, mediaLine), type.equals("era") ? "era" : null, when, false, false,
                notes.isEmpty() ? null : String.join("; ", notes), List.of(), orgs, themes, List.of(),
                List.of(data.evidence(headline)));
        if (type.equals("era")) {
            data.era(read, null);
        } else {
            data.event(read);
        }
    }
}
