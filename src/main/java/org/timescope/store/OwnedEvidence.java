package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.Evidence;

/**
 * The quotes that back a row (an event, an era, a link between events): a table of evidence rows that belong to
 * their owner by an id column, in the order they were given, each placed in its source's text.
 */
enum OwnedEvidence {
    EVENT("evidence", "event_id"),
    ERA("era_evidence", "era_id"),
    LINK("event_link_evidence", "link_id");

    private final String table;
    private final String owner;

    OwnedEvidence(String table, String ownerColumn) {
        this.table = table;
        this.owner = ownerColumn;
    }

    /** Evidence per owner id: of one owner, or of all when {@code ownerId} is null. */
    Map<Long, List<Evidence>> read(Connection c, Long ownerId) throws SQLException {
        Map<Long, List<Evidence>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v." + owner + ", s.key, v.quote, v.start_offset, "
                + "v.end_offset FROM " + table + " v JOIN source s ON s.id = v.source_id"
                + (ownerId == null ? "" : " WHERE v." + owner + " = ?") + " ORDER BY v." + owner + ", v.ordinal")) {
            if (ownerId != null) {
                ps.setLong(1, ownerId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getObject(4) == null ? -1 : rs.getInt(4);
                    int end = rs.getObject(5) == null ? -1 : rs.getInt(5);
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Evidence(rs.getString(2), rs.getString(3), start, end));
                }
            }
        }
        return result;
    }

    /**
     * Stores the quotes of the owner with this id, each placed in its source (refused, naming {@code who}, if not
     * found); returns the quotes as stored.
     */
    List<String> insert(Connection c, EventWriter.Resolver names, long ownerId, List<Evidence> evidence, String who)
            throws SQLException {
        List<String> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(" + owner + ", source_id, quote, "
                + "start_offset, end_offset, ordinal) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Evidence raw : evidence) {
                long sourceId = names.source(raw.sourceKey(), who);
                Evidence located = EvidenceCheck.locate(raw, names.sourceText(raw.sourceKey()), who);
                ps.setLong(1, ownerId);
                ps.setLong(2, sourceId);
                ps.setString(3, located.quote());
                EventWriter.offset(ps, 4, located.start());
                EventWriter.offset(ps, 5, located.end());
                ps.setInt(6, ordinal++);
                ps.executeUpdate();
                quotes.add(located.quote());
            }
        }
        return quotes;
    }

    /** Replaces the owner's quotes with these. */
    void replace(Connection c, EventWriter.Resolver names, long ownerId, List<Evidence> evidence, String who)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + owner + " = ?")) {
            ps.setLong(1, ownerId);
            ps.executeUpdate();
        }
        insert(c, names, ownerId, evidence, who);
    }
}
