package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.timescope.service.storage.ConflictException;
import org.timescope.service.storage.LinkRow;

/**
 * Event links to catalogue entries read and replaced as rows, in a handful of statements however many events
 * they concern: a merge moves every link of one entry to another this way, and its undo moves them back, where
 * rewriting each event took seconds for a widely used entry and logged a change per event (decision 0016).
 */
final class LinkRows {

    /** A link table: its name, its entry column, the entries' table, and whether links have a role. */
    private record Table(String name, String column, String entries, boolean roles) {
        static Table of(String kind) {
            return switch (kind) {
                case "organisation" -> new Table("event_organisation", "organisation_id", "organisation", true);
                case "theme" -> new Table("event_theme", "theme_id", "theme", false);
                case "person" -> new Table("event_person", "person_id", "person", true);
                case "place" -> new Table("event_place", "place_id", "place", false);
                default -> throw new IllegalArgumentException("events have no links to a " + kind);
            };
        }

        String role() {
            return roles ? "l.role" : "''";
        }
    }

    private final Connection c;

    LinkRows(Connection connection) {
        this.c = connection;
    }

    List<LinkRow> links(String kind, long entry, long other) throws SQLException {
        Table t = Table.of(kind);
        String sql = "SELECT e.key, x.name, " + t.role() + ", l.ordinal FROM " + t.name() + " l JOIN event e ON e.id = l.event_id "
                + "JOIN " + t.entries() + " x ON x.id = l." + t.column() + " WHERE l." + t.column() + " IN (?, ?) "
                + "AND l.event_id IN (SELECT event_id FROM " + t.name() + " WHERE " + t.column() + " = ?) "
                + "ORDER BY l.event_id, l.ordinal";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, entry);
            ps.setLong(2, other);
            ps.setLong(3, entry);
            return rows(ps);
        }
    }

    void replace(String kind, List<LinkRow> before, List<LinkRow> after, Map<String, Long> entryIds) throws SQLException {
        Table t = Table.of(kind);
        Map<String, Long> events = eventIds(before, after);
        String entries = json(entryIds.values());
        String eventList = json(events.values());
        List<LinkRow> now;
        try (PreparedStatement ps = c.prepareStatement("SELECT e.key, x.name, " + t.role() + ", l.ordinal FROM " + t.name()
                + " l JOIN event e ON e.id = l.event_id JOIN " + t.entries() + " x ON x.id = l." + t.column()
                + " WHERE l." + t.column() + " IN (SELECT value FROM json_each(?)) "
                + "AND l.event_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, entries);
            ps.setString(2, eventList);
            now = rows(ps);
        }
        if (!normalised(now).equals(normalised(before))) {
            throw new ConflictException("the events' links to " + String.join(", ", quoted(entryIds.keySet()))
                    + " were changed elsewhere; nothing was saved");
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.name() + " WHERE " + t.column()
                + " IN (SELECT value FROM json_each(?)) AND event_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, entries);
            ps.setString(2, eventList);
            ps.executeUpdate();
        }
        String insert = t.roles()
                ? "INSERT INTO " + t.name() + "(event_id, " + t.column() + ", ordinal, role) VALUES (?, ?, ?, ?)"
                : "INSERT INTO " + t.name() + "(event_id, " + t.column() + ", ordinal) VALUES (?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (LinkRow r : after) {
                ps.setLong(1, events.get(r.event()));
                ps.setLong(2, entryIds.get(lower(r.entry())));
                ps.setInt(3, r.position());
                if (t.roles()) {
                    ps.setString(4, r.role());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The store ids of the events the rows name; an event no longer there is a conflict. */
    private Map<String, Long> eventIds(List<LinkRow> before, List<LinkRow> after) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        before.forEach(r -> keys.add(r.event()));
        after.forEach(r -> keys.add(r.event()));
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, id FROM event WHERE key IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, jsonStrings(keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        for (String key : keys) {
            if (!ids.containsKey(key)) {
                throw new ConflictException("event '" + key + "' was removed elsewhere; nothing was saved");
            }
        }
        return ids;
    }

    private static List<LinkRow> rows(PreparedStatement ps) throws SQLException {
        List<LinkRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LinkRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        }
        return out;
    }

    /** Rows compared as a set, entry names without regard to case (as names are matched everywhere). */
    private static Set<LinkRow> normalised(List<LinkRow> rows) {
        Set<LinkRow> out = new HashSet<>();
        rows.forEach(r -> out.add(new LinkRow(r.event(), lower(r.entry()), r.role(), r.position())));
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> quoted(Set<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    private static String json(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String jsonStrings(Set<String> keys) {
        com.fasterxml.jackson.databind.node.ArrayNode a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        keys.forEach(a::add);
        return a.toString();
    }
}
