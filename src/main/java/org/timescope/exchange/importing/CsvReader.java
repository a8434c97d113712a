package org.timescope.exchange.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;

/**
 * Reads CSV: Timescope's own export (its header is recognised, so export → import keeps everything it
 * wrote) and any CSV whose columns can be told apart by their headers (date/start, end, title, description,
 * organisation, theme, place, source …) or are named with a mapping ({@code --map title=Headline}).
 * Multi-valued cells are split on ";".
 */
public final class CsvReader {

    /** The fields a column can feed, with the header names recognised for each (lower case). */
    static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put("id", List.of("id", "key", "event id", "unique_id"));
        SYNONYMS.put("start", List.of("start", "date", "start date", "start_date", "begin", "from", "when", "year"));
        SYNONYMS.put("end", List.of("end", "end date", "end_date", "until", "to"));
        SYNONYMS.put("title", List.of("title", "headline", "event", "label", "name", "subject"));
        SYNONYMS.put("summary", List.of("summary", "description", "text", "notes", "details"));
        SYNONYMS.put("category", List.of("category", "type", "kind"));
        SYNONYMS.put("organisations", List.of("organisations", "organisation", "organizations", "organization", "org",
                "orgs", "actor", "actors", "institution"));
        SYNONYMS.put("themes", List.of("themes", "theme", "topic", "topics", "tags", "tag", "group", "era",
                "period"));
        SYNONYMS.put("places", List.of("places", "place", "location", "city", "country"));
        SYNONYMS.put("people", List.of("people", "person", "persons"));
        SYNONYMS.put("sources", List.of("sources", "source", "url", "link", "reference"));
        SYNONYMS.put("quotes", List.of("quotes", "quote", "evidence"));
        SYNONYMS.put("approximate", List.of("approximate", "circa", "approx"));
        SYNONYMS.put("inferred", List.of("inferred"));
        SYNONYMS.put("date_note", List.of("date_note", "date note"));
    }


    private CsvReader() {
    }

    /** The header row of a CSV text (for choosing a mapping). */
    public static List<String> headers(String content) {
        try (CSVParser parser = CsvFiles.parser(content)) {
            return parser.getHeaderNames();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The fields a mapping can name. */
    public static List<String> fields() {
        return List.copyOf(SYNONYMS.keySet());
    }

    /** True when the header has a recognisable date column and a title-like column. */
    static boolean looksLike(List<String> header, Map<String, String> mapping) {
        Map<String, Integer> fields = fields(header, mapping, "-");
        return fields.containsKey("start") && fields.containsKey("title");
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        stream(new java.io.StringReader(content), origin, options, data);
        return data.build();
    }

    /** Reads row by row into a sink, so a file of millions of rows never sits in memory as events. */
    public static void stream(java.io.Reader in, String origin, ImportOptions options, EventSink data) {
        try (CSVParser parser = CsvFiles.parser(in)) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> fields = fields(header, options.columns(), origin);
            for (String required : List.of("start", "title")) {
                if (!fields.containsKey(required)) {
                    throw new ExchangeException(origin + ": read as CSV: no column for the event's " + required
                            + " (headers: " + abbreviated(header) + "); name it with --map " + required + "=COLUMN");
                }
            }
            // Timescope's own export: its titles and summaries are text as written, not HTML to be read as a page
            // ("List<String> & Map<K,V>" came back as "List & Map"), and keep their spaces
            boolean ours = header.equals(org.timescope.exchange.CsvEventWriter.HEADER) && options.columns().isEmpty();
            long rows = 0;
            for (CSVRecord r : parser) {
                if (!CsvFiles.isBlank(r)) {
                    CsvFiles.checkWidth(r, header.size(), origin, "row " + (r.getRecordNumber() + 1));
                    row(r, fields, origin, data, ours);
                    rows++;
                }
            }
            if (rows == 0) {
                throw new ExchangeException(origin + ": read as CSV (headers: " + abbreviated(header)
                        + "): no rows below the header, so no events");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw CsvFiles.failure(origin, e);
        }
    }

    /** Header names for a message: the first twelve. */
    static String abbreviated(List<String> header) {
        String shown = String.join(", ", header.stream().limit(12).map(h -> h.length() > 40 ? h.substring(0, 39) + "…" : h)
                .toList());
        return header.size() > 12 ? shown + " … (" + header.size() + " columns)" : shown;
    }

    private static Map<String, Integer> fields(List<String> header, Map<String, String> mapping, String origin) {
        Map<String, Integer> columns = CsvFiles.columns(header);
        Map<String, Integer> fields = new LinkedHashMap<>();
        mapping.forEach((field, column) -> {
            if (!SYNONYMS.containsKey(field)) {
                throw new ExchangeException(origin + ": --map names an unknown field '" + field + "' (fields: "
                        + String.join(", ", SYNONYMS.keySet()) + ")");
            }
            Integer i = columns.get(column.strip().toLowerCase(Locale.ROOT));
            if (i == null) {
                throw new ExchangeException(origin + ": --map " + field + "=" + column + ": there is no column '"
                        + column + "' (headers: " + abbreviated(header) + ")");
            }
            fields.put(field, i);
        });
        SYNONYMS.forEach((field, names) -> {
            if (!fields.containsKey(field)) {
                names.stream().map(columns::get).filter(java.util.Objects::nonNull).findFirst()
                        .filter(i -> !fields.containsValue(i)).ifPresent(i -> fields.put(field, i));
            }
        });
        return fields;
    }

    private static String cell(CSVRecord r, Map<String, Integer> fields, String field) {
        Integer i = fields.get(field);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    private static List<String> list(CSVRecord r, Map<String, Integer> fields, String field) {
        String cell = cell(r, fields, field);
        if (cell.indexOf(';') < 0 && cell.indexOf('\\') < 0) { // most cells: empty or one value, nothing to unescape
            return cell.isEmpty() ? new ArrayList<>(0) : new ArrayList<>(List.of(cell));
        }
        return new ArrayList<>(org.timescope.exchange.ListCell.split(cell));
    }

    /** A title or summary: as written in Timescope's own file; from another, read as HTML (TimelineJS sheets hold it). */
    private static String text(CSVRecord r, Map<String, Integer> fields, String field, boolean ours) {
        if (!ours) {
            return Html.toText(cell(r, fields, field));
        }
        Integer i = fields.get(field);
        String raw = i == null || i >= r.size() ? "" : r.get(i);
        return raw.isBlank() ? null : raw;
    }

    private static void row(CSVRecord r, Map<String, Integer> fields, String origin, EventSink data, boolean ours) {
        String at = "row " + (r.getRecordNumber() + 1);
        PartialDate start = date(cell(r, fields, "start"), origin, at, "start");
        if (start == null) {
            throw RecordError.at(origin, at, "start", "is empty");
        }
        PartialDate end = date(cell(r, fields, "end"), origin, at, "end");
        DateSpan when;
        try {
            when = new DateSpan(start, end);
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, "end", e.getMessage());
        }
        String title = text(r, fields, "title", ours);
        if (title == null) {
            throw RecordError.at(origin, at, "title", "is empty");
        }
        List<String> orgs = list(r, fields, "organisations");
        orgs.forEach(data::organisation);
        List<String> themes = list(r, fields, "themes");
        themes.forEach(t -> data.theme(t, "Imported from " + TimelineJsReader.fileName(origin)));
        List<String> places = list(r, fields, "places");
        places.forEach(data::place);
        List<PersonRole> people = new ArrayList<>();
        for (String p : list(r, fields, "people")) {
            people.add(person(p));
        }
        List<String> quotes = list(r, fields, "quotes");
        String category = cell(r, fields, "category");
        data.event(new TimelineEvent(DatasetBuilder.key(cell(r, fields, "id"), title, when), title,
                text(r, fields, "summary", ours), category.isEmpty() ? null : category, when,
                bool(cell(r, fields, "approximate"), origin, at, "approximate"),
                bool(cell(r, fields, "inferred"), origin, at, "inferred"),
                blankToNull(cell(r, fields, "date_note")), places,
                roles(orgs), themes, people,
                evidence(data, title, quotes, list(r, fields, "sources"))));
    }

    /**
     * "Name (role)": the role is the last bracketed part, so a name that holds brackets itself keeps them ("Smith
     * (Jr.) (CEO)" is Smith (Jr.), CEO); "Name ()" is a name without a role whose last part is bracketed, as the CSV
     * export writes "Smith (Jr.)" without a role.
     */
    static PersonRole person(String cell) {
        String p = cell.strip();
        if (p.endsWith(")")) {
            int depth = 0;
            for (int i = p.length() - 1; i >= 0; i--) {
                char c = p.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    String name = p.substring(0, i).strip();
                    String role = p.substring(i + 1, p.length() - 1).strip();
                    if (name.isEmpty()) {
                        break; // "(someone)": a name in brackets, not a role
                    }
                    return new PersonRole(name, role.isEmpty() ? null : role);
                }
            }
        }
        return new PersonRole(p, null);
    }

    // loops rather than streams below: a stream per cell cost a tenth of the parsing of a million-row file

    private static List<OrganisationRole> roles(List<String> organisations) {
        List<OrganisationRole> roles = new ArrayList<>(organisations.size());
        for (String o : organisations) {
            roles.add(new OrganisationRole(o, null));
        }
        return roles;
    }

    /** Quotes cite the first listed source (CSV does not say which quote is from which source). */
    private static List<org.timescope.model.Evidence> evidence(EventSink data, String title, List<String> quotes,
                                                               List<String> sources) {
        List<String> q = quotes.isEmpty() ? List.of(title) : quotes;
        List<org.timescope.model.Evidence> evidence = new ArrayList<>(q.size());
        for (String quote : q) {
            evidence.add(sources.isEmpty() ? data.evidence(quote) : data.evidence(quote, sources.get(0)));
        }
        return evidence;
    }

    private static PartialDate date(String text, String origin, String at, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LooseDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw RecordError.at(origin, at, field, e.getMessage());
        }
    }

    /** A flag: true, yes or 1; false, no, 0 or empty; anything else ("maybe") is refused, not read as false. */
    private static boolean bool(String s, String origin, String at, String field) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equals("1")) {
            return true;
        }
        if (s.isEmpty() || s.equalsIgnoreCase("false") || s.equalsIgnoreCase("no") || s.equals("0")) {
            return false;
        }
        throw RecordError.at(origin, at, field, "'" + s + "' is not true or false (write true, false, yes, no, 1 or 0)");
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
