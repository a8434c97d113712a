package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Looks names up in the store: organisations by name, acronym or alias; themes, people, places by name. */
final class Names {
    private Names() {
    }

    /**
     * The organisation a name stands for, if any.
     *
     * @throws StoreException when the name is an acronym or alias of more than one organisation
     */
    static Optional<Long> organisation(Connection c, String name) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(ids(c, "SELECT id FROM organisation WHERE name = ?", name));
        if (!ids.isEmpty()) {
            return Optional.of(ids.iterator().next());
        }
        ids.addAll(ids(c, "SELECT id FROM organisation WHERE acronym = ?", name));
        ids.addAll(ids(c, "SELECT organisation_id FROM organisation_alias WHERE alias = ?", name));
        if (ids.size() > 1) {
            throw new StoreException("organisation '" + name + "' is ambiguous: it names " + ids.size()
                    + " organisations; use the full name");
        }
        return ids.stream().findFirst();
    }

    static Optional<Long> byKey(Connection c, String table, String key) throws SQLException {
        return ids(c, "SELECT id FROM " + table + " WHERE key = ?", key).stream().findFirst();
    }

    static Optional<Long> byName(Connection c, String table, String name) throws SQLException {
        return ids(c, "SELECT id FROM " + table + " WHERE name = ?", name).stream().findFirst();
    }

    /** The ids of the given rows and of all rows below them in a parent_id hierarchy. */
    static List<Long> withDescendants(Connection c, String table, Set<Long> roots) throws SQLException {
        if (roots.isEmpty()) {
            return List.of();
        }
        String sql = "WITH RECURSIVE tree(id) AS (SELECT value FROM json_each(?) UNION "
                + "SELECT t.id FROM " + table + " t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree";
        List<Long> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, roots.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    private static List<Long> ids(Connection c, String sql, String value) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value.strip());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }
}
