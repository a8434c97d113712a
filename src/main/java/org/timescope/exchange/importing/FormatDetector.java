package org.timescope.exchange.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells a file's format from its content (never from its name): JSON by its first character and keys,
 * XML by its root element (after the prolog, comments and a DOCTYPE), iCalendar by BEGIN:VCALENDAR, the
 * Timeline app's old text format by its first lines, tables by their header row (comma, semicolon or
 * tab). Only what is none of these is read as a news article; a table is never taken for one. Every
 * check looks at a bounded head of the text, so detection takes the same time whatever the file's size.
 */
public final class FormatDetector {
    /** How much of the text detection looks at. */
    static final int HEAD = 64 * 1024;
    /** A header cell longer than this is prose, not a column name. */
    private static final int MAX_HEADER_CELL = 200;

    private FormatDetector() {
    }

    public static ImportFormat detect(String content, Map<String, String> mapping) {
        String t = content.startsWith("\uFEFF") ? content.substring(1) : content;
        t = t.length() > HEAD ? t.substring(0, HEAD) : t;
        t = t.stripLeading();
        if (t.isEmpty()) {
            return ImportFormat.ARTICLE;
        }
        String json = afterComments(t); // a hand-kept JSON file may open with comments
        if (!json.isEmpty() && (json.charAt(0) == '{' || json.charAt(0) == '[')) {
            t = json;
        }
        char c = t.charAt(0);
        if (c == '{') {
            return jsonObject(t);
        }
        if (c == '[') {
            return ImportFormat.JSON_LIST;
        }
        if (c == '<') {
            return markup(t);
        }
        if (t.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return ImportFormat.ICS;
        }
        if (timelineText(t)) {
            return ImportFormat.TIMELINE_TEXT;
        }
        List<String> header = header(t);
        if (header.size() >= 2 && TimelineJsCsvReader.looksLike(header)) {
            return ImportFormat.TIMELINEJS_CSV;
        }
        if (header.size() >= 2 && (!mapping.isEmpty() || tabular(t, header, mapping))) {
            return ImportFormat.CSV;
        }
        return ImportFormat.ARTICLE;
    }

    /** The text after leading {@code //} and {@code /* … *\/} comments, or "" when it does not start with one. */
    private static String afterComments(String t) {
        String rest = t;
        boolean any = false;
        while (rest.startsWith("//") || rest.startsWith("/*")) {
            any = true;
            int end = rest.startsWith("//") ? rest.indexOf('\n') : rest.indexOf("*/");
            if (end < 0) {
                return "";
            }
            rest = rest.substring(end + (rest.startsWith("//") ? 1 : 2)).stripLeading();
        }
        return any ? rest : "";
    }

    private static ImportFormat jsonObject(String t) {
        boolean timescope = t.contains("\"format\": \"timescope\"") || t.contains("\"format\":\"timescope\"");
        return t.contains("\"start_date\"") && !timescope ? ImportFormat.TIMELINEJS : ImportFormat.JSON;
    }

    /** The root element's local name decides: timeline, rss/feed/RDF, HTML, or other XML (refused). */
    private static ImportFormat markup(String t) {
        Root root = root(t);
        String local = root.name().substring(root.name().indexOf(':') + 1).toLowerCase(Locale.ROOT);
        if (local.isEmpty()) {
            return root.declared() ? ImportFormat.OTHER_XML : ImportFormat.ARTICLE;
        }
        if (local.equals("timeline")) {
            return ImportFormat.TIMELINE_XML;
        }
        if (local.equals("rss") || local.equals("feed") || local.equals("rdf")) {
            return ImportFormat.FEED;
        }
        if (root.htmlDoctype() || local.equals("html") || !root.declared()) {
            return ImportFormat.ARTICLE; // an HTML page or fragment
        }
        return ImportFormat.OTHER_XML;
    }

    /** The name of a markup text's first element (with its prefix), for messages. */
    public static String rootElement(String content) {
        String t = content.startsWith("\uFEFF") ? content.substring(1) : content;
        t = t.length() > HEAD ? t.substring(0, HEAD) : t;
        String name = root(t.stripLeading()).name();
        return name.length() > 60 ? name.substring(0, 59) + "…" : name;
    }

    private record Root(String name, boolean declared, boolean htmlDoctype) {
    }

    /** Skips the prolog (declaration, processing instructions, comments, DOCTYPE) to the first element. */
    private static Root root(String t) {
        boolean declared = t.startsWith("<?xml");
        boolean htmlDoctype = false;
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (t.startsWith("<?", i)) {
                i = after(t, "?>", i);
            } else if (t.startsWith("<!--", i)) {
                i = after(t, "-->", i);
            } else if (t.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = doctypeEnd(t, i);
                htmlDoctype = t.substring(i + 9, Math.min(end, i + 30)).strip().toLowerCase(Locale.ROOT).startsWith("html");
                i = end;
            } else {
                break;
            }
        }
        if (i >= n || t.charAt(i) != '<') {
            return new Root("", declared, htmlDoctype);
        }
        int j = i + 1;
        while (j < n && j - i < 200 && !Character.isWhitespace(t.charAt(j)) && t.charAt(j) != '>' && t.charAt(j) != '/') {
            j++;
        }
        return new Root(t.substring(i + 1, j), declared, htmlDoctype);
    }

    private static int after(String t, String end, int from) {
        int k = t.indexOf(end, from);
        return k < 0 ? t.length() : k + end.length();
    }

    /** The end of a DOCTYPE, past an internal subset in brackets. */
    private static int doctypeEnd(String t, int from) {
        boolean subset = false;
        for (int k = from; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '[') {
                subset = true;
            } else if (c == ']') {
                subset = false;
            } else if (c == '>' && !subset) {
                return k + 1;
            }
        }
        return t.length();
    }

    /** The Timeline app before 0.10 wrote a line-based text file ("# Written by Timeline 0.7.0", "EVENT:…"). */
    private static boolean timelineText(String t) {
        List<String> lines = t.lines().limit(20).toList();
        if (!lines.isEmpty() && lines.get(0).startsWith("# Written by Timeline")) {
            return true;
        }
        long tagged = lines.stream().filter(l -> l.startsWith("EVENT:") || l.startsWith("CATEGORY:")
                || l.startsWith("PREFERRED-PERIOD:")).count();
        return tagged >= 2 && lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count() == tagged;
    }

    /** The header row's cells, split at the delimiter it uses most (comma, semicolon or tab). */
    private static List<String> header(String text) {
        String first = firstLine(text);
        if (first == null) {
            return List.of();
        }
        return CsvFiles.cells(first, CsvFiles.delimiter(first));
    }

    private static String firstLine(String text) {
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        // a line ends at LF, CRLF or a lone CR (the line ending of old Mac programs' tables)
        int nl = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (nl < 0 && text.length() >= HEAD) {
            return null; // one line longer than the head: not a header row
        }
        return (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
    }

    /**
     * A header row of short cells, and either a column name Timescope recognises, rows below with as
     * many cells, or so many columns that it cannot be prose.
     */
    private static boolean tabular(String text, List<String> header, Map<String, String> mapping) {
        for (String cell : header) {
            String c = cell.strip();
            if (c.length() > MAX_HEADER_CELL || c.split("\\s+").length > 6) {
                return false; // prose, not a column name
            }
        }
        String first = firstLine(text);
        String line = first.strip();
        char delimiter = CsvFiles.delimiter(first);
        if (delimiter == ',' && (line.endsWith(".") || line.endsWith("?") || line.endsWith("!"))) {
            return false; // a sentence with commas
        }
        Set<String> known = new HashSet<>();
        CsvReader.SYNONYMS.values().forEach(known::addAll);
        mapping.values().forEach(v -> known.add(v.strip().toLowerCase(Locale.ROOT)));
        long recognised = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(known::contains).count();
        boolean shortCells = header.stream().allMatch(h -> h.strip().length() <= 40 && h.strip().split("\\s+").length <= 4);
        if (shortCells && recognised >= 1 && recognised * 2 >= Math.min(header.size(), 4)) {
            return true;
        }
        List<String> rows = new ArrayList<>();
        for (String l : text.lines().skip(1).limit(6).toList()) {
            if (l.isBlank()) {
                break; // a paragraph break: prose
            }
            rows.add(l);
        }
        if (rows.size() > 1 && !text.endsWith("\n")) {
            rows.remove(rows.size() - 1); // the head may cut the last row short
        }
        long same = rows.stream().filter(r -> CsvFiles.cells(r, delimiter).size() == header.size()).count();
        if (same >= 1 && same * 2 >= rows.size()) {
            return true;
        }
        return header.size() >= 5 && shortCells;
    }
}
