package org.timescope.service.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.service.storage.LinkRow;

/**
 * A merge's move of every event link from one catalogue entry to another, logged as one change (field
 * {@value #FIELD} of the entry merged away) whose before and after are the link rows of both entries on the
 * events concerned: undo replaces the after rows with the before rows, exactly, and is refused if they changed.
 */
public final class LinkMove {

    public static final String FIELD = "links";

    private LinkMove() {
    }

    /**
     * A logged move in words, for the change log's readers: "4 events moved from 'WIPO Office in China' to 'World
     * Intellectual Property Organization'", or for its undo "4 events given back to 'WIPO Office in China'" (the
     * rows are lists of lists that a generic reader wrote as nothing: "links:  → ").
     */
    public static String describe(String before, String after) {
        List<LinkRow> was = parse(before);
        List<LinkRow> now = parse(after);
        java.util.Set<String> events = new java.util.TreeSet<>();
        java.util.Set<String> entriesBefore = new java.util.LinkedHashSet<>();
        java.util.Set<String> entriesAfter = new java.util.LinkedHashSet<>();
        was.forEach(r -> {
            events.add(r.event());
            entriesBefore.add(r.entry());
        });
        now.forEach(r -> {
            events.add(r.event());
            entriesAfter.add(r.entry());
        });
        String count = events.size() + (events.size() == 1 ? " event" : " events");
        List<String> gone = entriesBefore.stream().filter(e -> !entriesAfter.contains(e)).toList();
        List<String> back = entriesAfter.stream().filter(e -> !entriesBefore.contains(e)).toList();
        if (!gone.isEmpty()) {
            return count + " moved from " + quoted(gone) + " to " + quoted(List.copyOf(entriesAfter));
        }
        if (!back.isEmpty()) {
            return count + " given back to " + quoted(back);
        }
        return count + "' links rewritten";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The rows after moving {@code from}'s links to {@code into}: each link keeps its role and position; where an
     * event already links {@code into} with that role, the one link left takes the earlier of the two positions
     * (as an event's list with the name replaced and each entry once would have it).
     */
    static List<LinkRow> moved(List<LinkRow> before, String from, String into) {
        Map<String, LinkRow> byEventAndRole = new LinkedHashMap<>();
        List<LinkRow> out = new ArrayList<>();
        for (LinkRow r : before) {
            boolean moves = r.entry().equalsIgnoreCase(from);
            boolean stays = r.entry().equalsIgnoreCase(into);
            if (!moves && !stays) {
                out.add(r);
                continue;
            }
            String pair = r.event() + '\u0000' + r.role();
            LinkRow kept = new LinkRow(r.event(), into, r.role(), r.position());
            byEventAndRole.merge(pair, kept, (a, b) -> a.position() <= b.position() ? a : b);
        }
        out.addAll(byEventAndRole.values());
        return out;
    }

    static String json(List<LinkRow> rows) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (LinkRow r : rows) {
            a.addArray().add(r.event()).add(r.entry()).add(r.role()).add(r.position());
        }
        return a.toString();
    }

    static List<LinkRow> parse(String json) {
        List<LinkRow> rows = new ArrayList<>();
        for (JsonNode r : Images.parse(json)) {
            rows.add(new LinkRow(r.get(0).asText(), r.get(1).asText(), r.get(2).asText(), r.get(3).asInt()));
        }
        return rows;
    }
}
