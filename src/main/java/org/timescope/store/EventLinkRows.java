package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.LinkKind;

/**
 * The event_link table and its evidence on one connection: whole links read and written, events named by key.
 * One event's links are read through the unique (from_event, to_event, kind) index and the to_event index.
 * Deleting an event deletes its links (ON DELETE CASCADE); an edit that deletes one logs its links first.
 */
final class EventLinkRows {

    private static final String SELECT = "SELECT l.id, f.key, t.key, l.kind, l.note FROM event_link l "
            + "JOIN event f ON f.id = l.from_event JOIN event t ON t.id = l.to_event ";

    private EventLinkRows() {
    }

    static List<EventLink> all(Connection c) throws SQLException {
        return read(c, SELECT + "ORDER BY l.id", null, true);
    }

    /** The links from or to one event: two indexed lookups, merged in id order. */
    static List<EventLink> of(Connection c, String eventKey) throws SQLException {
        Optional<Long> id = Names.byKey(c, "event", eventKey);
        if (id.isEmpty()) {
            return List.of();
        }
        return read(c, "SELECT * FROM (" + SELECT + "WHERE l.from_event = ?1 UNION ALL " + SELECT
                + "WHERE l.to_event = ?1) ORDER BY 1", id.get(), false);
    }

    static Optional<EventLink> one(Connection c, String from, LinkKind kind, String to) throws SQLException {
        Optional<Long> id = id(c, from, kind, to);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return read(c, SELECT + "WHERE l.id = ?1", id.get(), false).stream().findFirst();
    }

    static Optional<Long> id(Connection c, String from, LinkKind kind, String to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id FROM event_link l JOIN event f ON f.id = "
                + "l.from_event JOIN event t ON t.id = l.to_event WHERE f.key = ? AND t.key = ? AND l.kind = ?")) {
            ps.setString(1, from);
            ps.setString(2, to);
            ps.setString(3, kind.label());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<EventLink> read(Connection c, String sql, Long param, boolean allEvidence) throws SQLException {
        record Row(long id, String from, String to, String kind, String note) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setLong(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        Map<Long, List<Evidence>> evidence = allEvidence ? OwnedEvidence.LINK.read(c, null) : new HashMap<>();
        if (!allEvidence) {
            for (Row r : rows) {
                evidence.putAll(OwnedEvidence.LINK.read(c, r.id()));
            }
        }
        List<EventLink> links = new ArrayList<>();
        for (Row r : rows) {
            links.add(new EventLink(r.from(), r.to(), LinkKind.parse(r.kind()), r.note(),
                    evidence.getOrDefault(r.id(), List.of())));
        }
        return links;
    }

    /** Stores a new link (id 0: the store chooses); returns its id. Both events must be stored. */
    static long insert(Connection c, EventWriter.Resolver names, EventLink link, long id) throws SQLException {
        String owner = "link '" + link.key() + "'";
        long from = event(c, link.from(), owner);
        long to = event(c, link.to(), owner);
        if (id(c, link.from(), link.kind(), link.to()).isPresent()) {
            throw new StoreException(owner + " already exists");
        }
        long stored;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_link(id, from_event, to_event, kind, note) "
                + "VALUES (?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            if (id > 0) {
                ps.setLong(1, id);
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setString(4, link.kind().label());
            ps.setString(5, link.note());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                stored = rs.getLong(1);
            }
        }
        OwnedEvidence.LINK.insert(c, names, stored, link.evidence(), owner);
        return stored;
    }

    /** Replaces the note and evidence of the link with this id. */
    static void replace(Connection c, EventWriter.Resolver names, long id, EventLink link) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_link SET note = ? WHERE id = ?")) {
            ps.setString(1, link.note());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        OwnedEvidence.LINK.replace(c, names, id, link.evidence(), "link '" + link.key() + "'");
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_link WHERE id = ?")) {
            ps.setLong(1, id); // its evidence goes with it (ON DELETE CASCADE)
            ps.executeUpdate();
        }
    }

    private static long event(Connection c, String key, String owner) throws SQLException {
        return Names.byKey(c, "event", key).orElseThrow(() -> new StoreException(owner + ": no event '" + key + "'"));
    }
}
