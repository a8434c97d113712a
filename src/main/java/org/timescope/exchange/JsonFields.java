package org.timescope.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.timescope.model.PartialDate;

/**
 * Typed access to one JSON object that names its own path ("events[3].start") in every error, so a
 * user can find the bad field in their file.
 */
final class JsonFields {
    private final String origin;
    private final String path;
    private final JsonNode node;

    JsonFields(String origin, String path, JsonNode node) {
        this.origin = origin;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error(path, "expected an object");
        }
    }

    ExchangeException error(String at, String reason) {
        // the document itself has no path: name it (a file whose top level is a text, not an object)
        return new ExchangeException(origin + ": " + (at.isEmpty() ? "the top level" : at) + ": " + reason);
    }

    String path() {
        return path;
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw error(at(field), "expected text");
        }
        String s = v.asText();
        return s.isBlank() ? null : noNul(at(field), s);
    }

    /**
     * A NUL (U+0000, written {@code \\u0000} in JSON) is refused: it is no character of any text, and the CSV and
     * iCalendar files the collection would then be exported to are refused, as binary, by every reader (Timescope's).
     */
    private String noNul(String at, String s) {
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            throw error(at, "holds a NUL character (U+0000) at character " + (nul + 1) + ", which is not text");
        }
        return s;
    }

    String requiredText(String field) {
        String s = text(field);
        if (s == null) {
            throw error(at(field), "is missing");
        }
        return s;
    }

    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw error(at(field), "expected true or false, found " + v);
        }
        return v.asBoolean();
    }

    Double number(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw error(at(field), "expected a number, found " + v);
        }
        return v.asDouble();
    }

    int offset(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return -1;
        }
        if (!v.canConvertToInt() || v.asInt() < 0) {
            throw error(at(field), "expected a character offset (0 or more), found " + v);
        }
        return v.asInt();
    }

    PartialDate date(String field, boolean required) {
        String s = required ? requiredText(field) : text(field);
        if (s == null) {
            return null;
        }
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            throw error(at(field), e.getMessage());
        }
    }

    List<String> strings(String field) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(at(field), "expected a list of names, found " + item);
            }
            result.add(noNul(at(field), item.asText().strip()));
        }
        return result;
    }

    List<JsonFields> objects(String field) {
        List<JsonFields> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array(field)) {
            result.add(new JsonFields(origin, at(field) + "[" + i++ + "]", item));
        }
        return result;
    }

    JsonFields object(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : new JsonFields(origin, at(field), v);
    }

    private Iterable<JsonNode> array(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(at(field), "expected a list");
        }
        return v;
    }
}
