package org.timescope.exchange.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.timescope.exchange.ExchangeException;

/**
 * CSV as real files have it: a header row, comma, semicolon or tab as the delimiter (told from the
 * header row), CRLF or LF, quoted cells with line breaks, ragged rows, a BOM. A line of more than
 * {@link #MAX_LINE} characters stops the read with a message, so a file that is not a table cannot fill
 * the memory.
 */
final class CsvFiles {
    /** Characters allowed without a line break (quoted cells included). */
    static final int MAX_LINE = 1_000_000;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvFiles() {
    }

    static CSVParser parser(String content) throws IOException {
        return parser(new StringReader(content));
    }

    /** A parser over a reader; a leading byte-order mark is skipped; the delimiter is the header row's. */
    static CSVParser parser(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        in.mark(FormatDetector.HEAD + 2);
        char[] head = new char[FormatDetector.HEAD + 1];
        int n = 0;
        for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
            n += r;
        }
        in.reset();
        String text = new String(head, 0, Math.max(n, 0));
        if (text.startsWith("\uFEFF")) {
            in.skip(1);
            text = text.substring(1);
        }
        int nl = text.indexOf('\n');
        char delimiter = delimiter(nl < 0 ? text : text.substring(0, nl));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).setTrim(false)
                .setAllowDuplicateHeaderNames(true).build();
        return CSVParser.parse(new LineGuard(in), format);
    }

    /** The delimiter that splits a header line into the most cells (comma first on a tie). */
    static char delimiter(String headerLine) {
        char best = ',';
        int most = 0;
        for (char d : DELIMITERS) {
            int cells = cells(headerLine, d).size();
            if (cells > most) {
                most = cells;
                best = d;
            }
        }
        return best;
    }

    /** One line split into cells at a delimiter, quotes respected (a quoted cell may hold the delimiter). */
    static List<String> cells(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == delimiter) {
                out.add(cell.toString());
                cell.setLength(0);
                atStart = true;
            } else {
                cell.append(c);
                atStart = false;
            }
        }
        out.add(cell.toString());
        return out;
    }

    static String delimiterName(char d) {
        return d == ';' ? "semicolon-separated" : d == '\t' ? "tab-separated" : "comma-separated";
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
        for (int i = 0; i < r.size(); i++) { // by index: CSVRecord's iterator copies the row into a list first
            if (!r.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row with more cells than the header, the extra ones not empty: a delimiter inside an unquoted
     * cell. A row with fewer: a cell left out, so that every cell after it would be read as the next column's
     * (a theme taken for an organisation). Both refused rather than guessed at.
     */
    static void checkWidth(CSVRecord r, int columns, String origin, String at) {
        if (r.size() < columns) {
            throw new ExchangeException(origin + ": read as CSV: " + at + " has " + r.size() + " cells but the header has "
                    + columns + " (a cell is missing: an empty cell is still written between its delimiters)");
        }
        for (int i = columns; i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                throw new ExchangeException(origin + ": read as CSV: " + at + " has " + r.size() + " cells but the header has "
                        + columns + " (a cell holding the delimiter must be in double quotes)");
            }
        }
    }

    private static final Pattern AT_LINE = Pattern.compile("line:? (\\d+)");

    /** A failure of the CSV parser in the user's words: where, and what is wrong with the quoting. */
    static ExchangeException failure(String origin, Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof LineTooLong tooLong) {
            return new ExchangeException(origin + ": read as CSV: " + tooLong.getMessage());
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return new ExchangeException(origin + ": not UTF-8 text (convert it to UTF-8 first)", e);
        }
        String m = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher at = AT_LINE.matcher(m);
        String where = at.find() ? "line " + at.group(1) + ": " : "";
        String reason;
        if (m.contains("EOF reached before encapsulated token finished")) {
            reason = "a quoted cell is not closed before the end of the file (is the file cut short?)";
        } else if (m.contains("Invalid character between encapsulated token and delimiter")) {
            reason = "text after the closing quote of a cell (a quote inside a quoted cell is written twice: \"\")";
        } else if (m.contains("header") || m.contains("Header")) {
            reason = "the header row cannot be read";
        } else {
            reason = "the file cannot be read as a table";
        }
        return new ExchangeException(origin + ": read as CSV: " + where + reason, e);
    }

    /** Raised by {@link LineGuard}. */
    static final class LineTooLong extends IOException {
        LineTooLong(long line) {
            super("line " + line + " is longer than " + String.format(Locale.ROOT, "%,d", MAX_LINE)
                    + " characters: not a table Timescope can read");
        }
    }

    /** Fails a read that goes on for more than {@link #MAX_LINE} characters without a line break. */
    private static final class LineGuard extends java.io.FilterReader {
        private int sinceBreak;
        private long line = 1;

        LineGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) throws IOException {
            if (c == '\n') {
                sinceBreak = 0;
                line++;
            } else if (++sinceBreak > MAX_LINE) {
                throw new LineTooLong(line);
            }
        }
    }
}
