package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.timescope.model.Change;

/** Appends one group to the change log (never updates or deletes a logged row). */
final class ChangeWriter {
    private ChangeWriter() {
    }

    static long log(Connection c, String author, String action, String summary, long undoes, List<Change> changes)
            throws SQLException {
        long group;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_group(at, author, action, summary, undoes) "
                + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            ps.setString(2, author);
            ps.setString(3, action);
            ps.setString(4, summary);
            if (undoes > 0) {
                ps.setLong(5, undoes);
            } else {
                ps.setNull(5, java.sql.Types.INTEGER);
            }
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                group = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change(group_id, entity, entity_key, field, "
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Change ch : changes) {
                ps.setLong(1, group);
                ps.setString(2, ch.entity());
                ps.setString(3, ch.key());
                ps.setString(4, ch.field());
                ps.setString(5, ch.before());
                ps.setString(6, ch.after());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return group;
    }
}
