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
        m = m.replaceAll(",? from `[^`]*`", "").replaceAll("`[^`]*`", "").replace('\n', ' ').strip();
        if (m.isEmpty() || m.matches("(?s).*\\b(java|javax|org|com)\\.[a-z].*") || m.contains("Exception")) {
            return "the parser stopped here";
        }
        return m;
    }
}
