package org.timescope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.timescope.model.Change;

/**
 * Logged changes in words, for {@code event set} and {@code history}: "title: 'Old' → 'New'", lists as
 * comma-separated names, long texts cut, entries created or deleted named by their title or name.
 */
final class ChangeText {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int LONG_TEXT = 60;

    private ChangeText() {
    }

    /** "title: 'Old' → 'New'", "created theme 'Fresh'", "deleted event 'A title'". */
    static String describe(Change c) {
        if (c.entity().equals("collection")) {
            return (c.before() == null ? "imported " : "took back the import of ") + c.key();
        }
        if (c.whole()) {
            String name = name(c.after() != null ? c.after() : c.before(), c.key());
            String what = c.entity().equals("event") ? "event " + c.key() + " " + name : c.entity() + " " + name;
            return (c.before() == null ? "created " : c.after() == null ? "deleted " : "replaced ") + what;
        }
        if (org.timescope.service.edit.LinkMove.FIELD.equals(c.field()) && !c.entity().equals("event")) {
            return c.field() + ": " + org.timescope.service.edit.LinkMove.describe(c.before(), c.after());
        }
        return c.field() + ": " + values(c);
    }

    /**
     * "'Old' → 'New'"; a list as "a, b → a, b, c", or, when either side is long, as what left and what came:
     * "− a (host); + c".
     */
    static String values(Change c) {
        String before = value(c.before());
        String after = value(c.after());
        JsonNode b = parse(c.before());
        JsonNode a = parse(c.after());
        if (b != null && a != null && b.isArray() && a.isArray() && Math.max(before.length(), after.length()) > LONG_TEXT) {
            List<String> gone = new ArrayList<>();
            b.forEach(x -> gone.add(item(x)));
            List<String> came = new ArrayList<>();
            a.forEach(x -> came.add(item(x)));
            List<String> parts = new ArrayList<>();
            gone.stream().filter(x -> !came.contains(x)).forEach(x -> parts.add("− " + x));
            came.stream().filter(x -> !gone.contains(x)).forEach(x -> parts.add("+ " + x));
            return parts.isEmpty() ? "reordered" : String.join("; ", parts);
        }
        return before + " → " + after;
    }

    /** A logged value (JSON text) as a reader wants it: 'text', yes/no, a, b, c, or (none). */
    static String value(String json) {
        JsonNode node = parse(json);
        if (node == null || node.isNull() || node.isMissingNode() || (node.isArray() && node.isEmpty())) {
            return "(none)";
        }
        if (node.isTextual()) {
            return "'" + abbreviate(node.asText()) + "'";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "yes" : "no";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item(item)));
            return String.join(", ", items);
        }
        return node.isObject() ? item(node) : node.asText();
    }

    private static String item(JsonNode n) {
        if (!n.isObject()) {
            return n.asText();
        }
        if (n.hasNonNull("quote")) {
            return "“" + abbreviate(n.get("quote").asText()) + "” (" + n.path("source").asText() + ")";
        }
        String name = n.hasNonNull("name") ? n.get("name").asText() : n.hasNonNull("title") ? n.get("title").asText()
                : n.path("key").asText();
        return n.hasNonNull("role") ? name + " (" + n.get("role").asText() + ")" : name;
    }

    private static String name(String json, String key) {
        JsonNode n = parse(json);
        if (n != null && n.hasNonNull("title")) {
            return "'" + abbreviate(n.get("title").asText()) + "'";
        }
        if (n != null && n.hasNonNull("name")) {
            return "'" + n.get("name").asText() + "'";
        }
        return "'" + key + "'";
    }

    static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= LONG_TEXT ? flat : flat.substring(0, LONG_TEXT - 1) + "…";
    }
}
