package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;
import org.timescope.service.storage.ChangeLog;

/** Reads the change log tables (written by {@link ChangeWriter}). */
final class SqliteChangeLog implements ChangeLog {

    private static final String GROUP = "SELECT g.id, g.at, g.author, g.action, g.summary, coalesce(g.undoes, 0) "
            + "FROM change_group g ";

    private final Database database;

    SqliteChangeLog(Database database) {
        this.database = database;
    }

    @Override
    public List<ChangeGroup> groups(String entity, String key, Instant since, int limit) {
        StringBuilder sql = new StringBuilder(GROUP).append("WHERE 1");
        List<Object> params = new ArrayList<>();
        if (entity != null && key != null) {
            sql.append(" AND g.id IN (SELECT group_id FROM change WHERE entity = ? AND entity_key = ?)");
            params.add(entity);
            params.add(key);
        }
        if (since != null) {
            sql.append(" AND g.at >= ?");
            params.add(since.toString());
        }
        sql.append(" ORDER BY g.id DESC LIMIT ?");
        params.add(limit);
        return database.read(c -> read(c, sql.toString(), params));
    }

    @Override
    public Optional<ChangeGroup> group(long id) {
        return database.read(c -> read(c, GROUP + "WHERE g.id = ?", List.of(id))).stream().findFirst();
    }

    @Override
    public long lastGroupId() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM change_group");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<ChangeGroup> lastUndoable() {
        long id = database.read(c -> {
            // newest first by the primary key, stopping at the first group no later undo cancelled: the rows read
            // are the groups undone at the top of the log, not the log
            java.util.Set<Long> cancelled = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, action, undoes FROM change_group ORDER BY id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long group = rs.getLong(1);
                    if (cancelled.contains(group)) {
                        continue;
                    }
                    if ("undo".equals(rs.getString(2))) {
                        cancelled.add(rs.getLong(3));
                        continue;
                    }
                    return group;
                }
            }
            return 0L;
        });
        return id == 0 ? Optional.empty() : group(id);
    }

    @Override
    public List<ChangeGroup> after(long id) {
        List<ChangeGroup> newestFirst = database.read(c -> read(c, GROUP + "WHERE g.id > ? ORDER BY g.id DESC",
                List.of(id)));
        List<ChangeGroup> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<ChangeGroup> read(Connection c, String sql, List<Object> params) throws SQLException {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            EventRepository.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                }
            }
        }
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        if (!heads.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_id, entity, entity_key, field, old_value, "
                    + "new_value FROM change WHERE group_id IN (SELECT value FROM json_each(?)) ORDER BY id")) {
                ps.setString(1, heads.keySet().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Change(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
        }
        List<ChangeGroup> out = new ArrayList<>();
        heads.forEach((id, h) -> out.add(new ChangeGroup(id, Instant.parse(h[0]), h[1], h[2], h[3],
                Long.parseLong(h[4]), changes.getOrDefault(id, List.of()))));
        return out;
    }
}
