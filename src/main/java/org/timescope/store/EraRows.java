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
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.Evidence;

/**
 * The era table and its evidence on one connection: whole eras read and written. Organisation, theme and source
 * names are resolved by the caller's {@link EventWriter.Resolver} (an import's vocabulary, or only what the
 * catalogue has for an edit), and quotes are checked against their source's text as an event's are.
 */
final class EraRows {

    private static final String SELECT = "SELECT e.id, e.key, e.name, e.start_date, e.end_date, e.colour, o.name, "
            + "t.name, e.notes FROM era e LEFT JOIN organisation o ON o.id = e.organisation_id "
            + "LEFT JOIN theme t ON t.id = e.theme_id ";

    private EraRows() {
    }

    static List<Era> all(Connection c) throws SQLException {
        return read(c, SELECT + "ORDER BY e.first_day, e.last_day, e.key", null);
    }

    static Optional<Era> byKey(Connection c, String key) throws SQLException {
        return read(c, SELECT + "WHERE e.key = ?", key).stream().findFirst();
    }

    private static List<Era> read(Connection c, String sql, String key) throws SQLException {
        record Row(long id, String key, String name, DateSpan when, String colour, String organisation, String theme,
                   String notes) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
                ps.setString(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            DateSpan.parse(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        Map<Long, List<Evidence>> evidence = OwnedEvidence.ERA.read(c, key == null ? null : rows.isEmpty() ? -1 : rows.get(0).id());
        List<Era> eras = new ArrayList<>();
        for (Row r : rows) {
            eras.add(new Era(r.key(), r.name(), r.when(), r.colour(), r.organisation(), r.theme(), r.notes(),
                    evidence.getOrDefault(r.id(), List.of())));
        }
        return eras;
    }

    /** Stores a new era (id 0: the store chooses); returns its id. */
    static long insert(Connection c, EventWriter.Resolver names, Era era, long id) throws SQLException {
        String owner = "era '" + era.name() + "'";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO era(id, key, name, start_date, end_date, first_day, "
                + "last_day, colour, organisation_id, theme_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            if (id > 0) {
                ps.setLong(1, id);
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setString(2, era.key());
            bind(ps, 3, names, era, owner);
            ps.executeUpdate();
            long stored;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                stored = rs.getLong(1);
            }
            OwnedEvidence.ERA.insert(c, names, stored, era.evidence(), owner);
            return stored;
        }
    }

    /**
     * Whether the collection holds this era already under another key: the same name (whatever its case) over the same
     * days. A file of this collection exported and imported again (TimelineJS gives an era no key of its own) must not
     * add its eras twice.
     */
    static boolean heldAs(Connection c, Era era) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM era WHERE lower(trim(name)) = lower(trim(?)) "
                + "AND first_day = ? AND last_day = ? LIMIT 1")) {
            ps.setString(1, era.name());
            ps.setLong(2, era.when().firstDay().toEpochDay());
            ps.setLong(3, era.when().lastDay().toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Replaces the stored era with this id (its key does not change). */
    static void replace(Connection c, EventWriter.Resolver names, long id, Era era) throws SQLException {
        String owner = "era '" + era.name() + "'";
        try (PreparedStatement ps = c.prepareStatement("UPDATE era SET name = ?, start_date = ?, end_date = ?, "
                + "first_day = ?, last_day = ?, colour = ?, organisation_id = ?, theme_id = ?, notes = ? WHERE id = ?")) {
            bind(ps, 1, names, era, owner);
            ps.setLong(10, id);
            ps.executeUpdate();
        }
        OwnedEvidence.ERA.replace(c, names, id, era.evidence(), owner);
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM era WHERE id = ?")) {
            ps.setLong(1, id); // its evidence goes with it (ON DELETE CASCADE)
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, int at, EventWriter.Resolver names, Era era, String owner)
            throws SQLException {
        ps.setString(at, era.name());
        ps.setString(at + 1, era.when().start().toString());
        ps.setString(at + 2, era.when().end() == null ? null : era.when().end().toString());
        ps.setLong(at + 3, era.when().firstDay().toEpochDay());
        ps.setLong(at + 4, era.when().lastDay().toEpochDay());
        ps.setString(at + 5, era.colour());
        if (era.organisation() != null) {
            ps.setLong(at + 6, names.organisation(era.organisation(), owner));
        } else {
            ps.setNull(at + 6, java.sql.Types.INTEGER);
        }
        if (era.theme() != null) {
            ps.setLong(at + 7, names.theme(era.theme(), owner));
        } else {
            ps.setNull(at + 7, java.sql.Types.INTEGER);
        }
        ps.setString(at + 8, era.notes());
    }
}
