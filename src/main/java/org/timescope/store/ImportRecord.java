package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.Change;
import org.timescope.service.storage.ImportMarks;
import org.timescope.service.storage.Storage;

/**
 * The change-log record of one import, written in the import's transaction: instead of a change row per
 * event (a million rows for a million events) one change holds the {@link ImportMarks} — the ids of the events
 * added and the highest catalogue ids before the import — from which {@link SqliteEditSession#removeImported}
 * takes the import back.
 */
final class ImportRecord {
    static final List<String> TABLES = List.of("theme", "organisation", "person", "place", "source", "indicator", "era", "event_link");

    private final Map<String, Long> before;
    private long first = -1;
    private long last = -1;
    private int events;

    private ImportRecord(Map<String, Long> before) {
        this.before = before;
    }

    static ImportRecord start(Connection c) throws SQLException {
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                before.put(table, rs.getLong(1));
            }
        }
        return new ImportRecord(before);
    }

    void event(long id) {
        first = first < 0 ? id : Math.min(first, id);
        last = Math.max(last, id);
        events++;
    }

    /** Events given as a contiguous range of ids (bulk loads assign them in order). */
    void events(long firstId, long lastId, int count) {
        if (count > 0) {
            event(firstId);
            event(lastId);
            events += count - 2;
        }
    }

    ImportMarks marks() {
        return new ImportMarks(events, first, last, before);
    }

    long log(Connection c, Storage.ImportLog log) throws SQLException {
        Change change = new Change("collection", log.file(), "import", null, json(marks()));
        return ChangeWriter.log(c, log.author(), "import", log.summary(), 0, List.of(change));
    }

    static String json(ImportMarks m) {
        StringBuilder s = new StringBuilder("{\"events\":").append(m.events()).append(",\"first\":")
                .append(m.firstEvent()).append(",\"last\":").append(m.lastEvent()).append(",\"before\":{");
        String sep = "";
        for (var e : m.before().entrySet()) {
            s.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        return s.append("}}").toString();
    }
}
