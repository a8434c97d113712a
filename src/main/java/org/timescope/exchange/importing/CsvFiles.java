package org.timescope.exchange.importing;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV as real files have it: a header row, CRLF or LF, quoted cells with line breaks, ragged rows, a BOM. */
final class CsvFiles {
    private CsvFiles() {
    }

    static CSVParser parser(String content) throws IOException {
        return parser(new StringReader(content));
    }

    /** A parser over a reader; a leading byte-order mark is skipped. */
    static CSVParser parser(java.io.Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader instanceof java.io.BufferedReader
                ? reader : new java.io.BufferedReader(reader, 1 << 16));
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(false)
                .setAllowDuplicateHeaderNames(true).build();
        return CSVParser.parse(in, format);
    }

    /** Header name (lower case, trimmed) → column index; the first of duplicate names wins. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return map;
    }

    /** The cell of a column, or "" when the column is absent or the row is short. */
    static String get(CSVRecord r, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= r.size() ? "" : r.get(i);
    }

    static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

}
