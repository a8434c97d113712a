package org.timescope.ui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;
import org.timescope.model.PartialDate;

/** The change log in words for the History section: "title: 'A' → 'B'", "created", "themes: + Copyright". */
public final class ChangeText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 90;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ChangeText() {
    }

    /** "6 Dec 2026 20:31 · alice": when (in {@code zone}) and who. */
    public static String heading(ChangeGroup g, ZoneId zone) {
        return WHEN.format(g.at().atZone(zone)) + " · " + g.author();
    }

    public static String heading(ChangeGroup g) {
        return heading(g, ZoneId.systemDefault());
    }

    /** The lines of a group that concern one entry (an edit of several events lists only this one's fields). */
    public static List<String> lines(ChangeGroup g, String entity, String key) {
        List<String> out = new ArrayList<>();
        for (Change c : g.changes()) {
            if (c.entity().equals(entity) && c.key().equals(key)) {
                out.add(line(c));
            }
        }
        return out;
    }

    public static String line(Change c) {
        if (c.whole()) {
            return c.before() == null ? "created" : c.after() == null ? "deleted" : "replaced";
        }
        if (org.timescope.service.edit.LinkMove.FIELD.equals(c.field()) && !c.entity().equals("event")) {
            return c.field() + ": " + org.timescope.service.edit.LinkMove.describe(c.before(), c.after());
        }
        JsonNode before = parse(c.before());
        JsonNode after = parse(c.after());
        if (before.isArray() && after.isArray()) {
            List<String> was = names(before);
            List<String> now = names(after);
            List<String> parts = new ArrayList<>();
            now.stream().filter(n -> !was.contains(n)).forEach(n -> parts.add("+ " + n));
            was.stream().filter(n -> !now.contains(n)).forEach(n -> parts.add("− " + n));
            if (parts.isEmpty()) {
                parts.add("reordered or roles changed: " + String.join(", ", now));
            }
            return c.field() + ": " + short_(String.join(", ", parts));
        }
        return c.field() + ": " + value(c.field(), before) + " → " + value(c.field(), after);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isObject() && n.path("quote").isTextual()) {
                // a quote by its words, not by its source's key ("evidence: + seed-004" told a reader nothing)
                String quote = n.path("quote").asText().replaceAll("\\s+", " ");
                names.add("“" + (quote.length() <= 40 ? quote : quote.substring(0, 39) + "…") + "”");
            } else if (n.isObject()) {
                String name = n.path("name").asText(n.path("source").asText(n.toString()));
                String role = n.path("role").isTextual() ? " (" + n.path("role").asText() + ")" : "";
                names.add(name + role);
            } else {
                names.add(n.asText());
            }
        }
        return names;
    }

    private static String value(String field, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "none";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (v.isTextual()) {
            String text = v.asText();
            if (field.equals("start") || field.equals("end")) {
                try {
                    text = PartialDate.parse(text).display();
                } catch (IllegalArgumentException e) {
                    // shown as stored
                }
            }
            return "'" + short_(text) + "'";
        }
        return short_(v.toString());
    }

    private static String short_(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= MAX ? one : one.substring(0, MAX - 1) + "…";
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }
    }

    /** For tests and the status bar. */
    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
