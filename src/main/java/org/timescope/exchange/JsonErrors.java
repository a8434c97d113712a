package org.timescope.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * JSON parser failures as one line for the user: where (line and column when the parser knows), and
 * why, without the parser's own class and setting names.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * How every JSON file is read on import: comments ({@code //} and {@code /* … *\/}, as hand-kept files have) are
     * allowed, a field given twice in one object is refused, and so is anything after the value (two documents in
     * one file, or garbage after the end) — nothing of a file is silently left unread.
     */
    public static com.fasterxml.jackson.databind.ObjectMapper reader() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** {@code origin: [read as WHAT: ]line L, column C: not valid JSON (REASON)}. */
    public static ExchangeException of(String origin, String readAs, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr()
                + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "") + ": ";
        return new ExchangeException(origin + ": " + (readAs == null ? "" : "read as " + readAs + ": ") + where
                + "not valid JSON (" + reason(e) + ")", e);
    }

    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "nested more than 1,000 levels deep";
            }
            if (m.contains("Number value length")) {
                return "a number longer than 1,000 digits";
            }
            if (m.contains("String value length")) {
                return "a text value longer than 20,000,000 characters";
            }
            return "beyond the sizes Timescope reads";
        }
        // the parser's "(start marker at [Source: …; line: 3, column: 2])" and "(for Object starting at [Source: …])"
        int source = m.indexOf("[Source");
        if (source >= 0) {
            int open = m.lastIndexOf(" (", source);
            int newline = m.lastIndexOf('\n', source);
            m = m.substring(0, Math.max(open, newline) >= 0 ? Math.max(open, newline) : source);
        }
        String plain = plain(m);
        if (plain != null) {
            return plain;
        }
        m = m.replaceAll(",? from `[^`]*`", "").replaceAll("`[^`]*`", "").replace('\n', ' ').strip();
        m = m.replaceAll(" \\(code -?\\d+\\)", "").replace("VALUE_STRING", "a text value")
                .replace("FIELD_NAME", "a field name").replace("START_OBJECT", "an object")
                .replace("START_ARRAY", "a list").replace("END_OBJECT", "the end of an object")
                .replace("END_ARRAY", "the end of a list").replace("VALUE_NUMBER_INT", "a number");
        if (m.isEmpty() || m.matches("(?s).*\\b(java|javax|org|com)\\.[a-z].*") || m.contains("Exception")) {
            return "the parser stopped here";
        }
        return m;
    }

    /** The parser's commonest complaints in the words of the file, or null. */
    private static String plain(String m) {
        java.util.regex.Matcher g;
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of a value: is it cut short?";
        }
        if ((g = java.util.regex.Pattern.compile("^Duplicate field '([^']*)'").matcher(m)).find()) {
            return "the field '" + g.group(1) + "' is given twice in one object";
        }
        if ((g = java.util.regex.Pattern.compile("^Non-standard token '([^']*)'").matcher(m)).find()) {
            return g.group(1) + " is not a JSON number";
        }
        if ((g = java.util.regex.Pattern.compile("^Unrecognized token '([^']*)'").matcher(m)).find()) {
            return "'" + g.group(1) + "' is not a JSON value (a text needs double quotes)";
        }
        if (m.startsWith("Trailing token")) {
            return "more follows the end of the JSON value (two documents in one file, or text after the last bracket)";
        }
        return null;
    }
}
