package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an edit session's writes share: the transaction's connection, lookups of entries by kind and name, the
 * events that use an entry, and small statement helpers. {@link SqliteEditSession} writes events and the log,
 * {@link CatalogRows} the catalogue's entries.
 */
abstract class SessionRows {

    protected final Connection c;

    SessionRows(Connection connection) {
        this.c = connection;
    }

    static StoreException unknown(String owner, String kind, String name) {
        return new StoreException(owner + ": unknown " + kind + " '" + name + "'");
    }

    static StoreException sql(SQLException e) {
        return new StoreException("cannot save the change: " + e.getMessage(), e);
    }

    static long require(String kind, long id, String name) {
        if (id < 0) {
            throw new StoreException(kind + " '" + name + "' does not exist (another program may have removed it)");
        }
        return id;
    }

    public List<String> eventsUsing(String kind, String name) {
        String sql = switch (kind) {
            case "organisation" -> "SELECT DISTINCT e.key, e.id FROM event e JOIN event_organisation l ON l.event_id = e.id "
                    + "WHERE l.organisation_id = ?";
            case "theme" -> "SELECT e.key, e.id FROM event e JOIN event_theme l ON l.event_id = e.id WHERE l.theme_id = ?";
            case "person" -> "SELECT DISTINCT e.key, e.id FROM event e JOIN event_person l ON l.event_id = e.id "
                    + "WHERE l.person_id = ?";
            case "place" -> "SELECT e.key, e.id FROM event e JOIN event_place l ON l.event_id = e.id WHERE l.place_id = ?";
            case "source" -> "SELECT DISTINCT e.key, e.id FROM event e JOIN evidence l ON l.event_id = e.id "
                    + "WHERE l.source_id = ?";
            default -> throw new IllegalArgumentException("unknown catalogue list '" + kind + "'");
        };
        return strings(sql + " ORDER BY e.id", idOf(kind, name));
    }

    public List<String> children(String kind, String name) {
        return strings("SELECT name FROM " + table(kind, "organisation", "place") + " WHERE parent_id = ? ORDER BY id",
                idOf(kind, name));
    }

    public long idOf(String kind, String name) {
        try {
            Optional<Long> id = switch (kind) {
                case "event", "source", "era" -> Names.byKey(c, kind, name);
                case "link" -> {
                    String[] p = org.timescope.model.EventLink.parts(name);
                    yield EventLinkRows.id(c, p[0], org.timescope.model.LinkKind.parse(p[1]), p[2]);
                }
                case "organisation", "theme", "person", "place" -> Names.byName(c, kind, name);
                default -> throw new IllegalArgumentException("unknown catalogue list '" + kind + "'");
            };
            return id.orElse(-1L);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    static String table(String kind, String... allowed) {
        if (!List.of(allowed).contains(kind)) {
            throw new IllegalArgumentException(kind + " has no " + String.join("/", allowed));
        }
        return kind;
    }

    StoreException constraint(SQLException e, String kind, String name) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("UNIQUE")) {
            return new StoreException(kind + " '" + name + "' already exists");
        }
        return sql(e);
    }

    long insert(String sql, long id, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            if (id > 0) {
                ps.setLong(1, id);
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 2, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    long count(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    String text(String sql, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    List<String> strings(String sql, long id) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw sql(e);
        }
        return out;
    }
}
