package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;
import org.timescope.service.storage.FacetLinks;

/** Reads events and indicator observations that match a filter, in date order. */
public final class EventRepository implements org.timescope.service.storage.EventStore {

    private static final String ORDER = " ORDER BY e.first_day, e.last_day, e.title, e.id";

    private final Database database;
    private final TimelineColumns columns;

    /** Waits for a column cache file being written, if any (tests, the bench). */
    @Override
    public void awaitBackgroundWork() throws InterruptedException {
        columns.awaitCacheWritten();
    }

    @Override
    public void prepareNextOpening() {
        try {
            columns.refreshCache();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing goes on: the next opening reads the rows instead
        }
    }

    @Override
    public void prepareOpening() throws InterruptedException {
        columns.prepareCache();
    }

    public EventRepository(Database database) {
        this.database = database;
        this.columns = new TimelineColumns(database);
    }

    /** The matching events, ordered by first day, then last day, then title. */
    @Override
    public List<TimelineEvent> find(EventFilter filter) {
        return database.read(c -> {
            FilterSql.Clause where = FilterSql.where(c, filter);
            Map<Long, EventRow> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.key, e.title, e.summary, e.category, "
                    + "e.start_date, e.end_date, e.approximate, e.inferred, e.date_note FROM event e WHERE "
                    + where.sql() + ORDER)) {
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), EventRow.read(rs));
                    }
                }
            }
            return assemble(c, rows);
        });
    }

    /** As {@link #timelineRows()}, telling {@code progress} the share read so far (0 to 1) as it goes. */
    @Override
    public TimelineRows timelineRows(java.util.function.DoubleConsumer progress) {
        return columns.read(progress);
    }

    /**
     * The dates of every event in date order, for a first picture of a large store while {@link #timelineRows}
     * reads the rest. From the database: the dates alone (ties by id; no keys, titles or links: empty strings and
     * lists). From a current column cache (decisions 0037, 0043): its dates section alone, in the full read's order
     * (ties by key), and {@link #timelineRows} then reads only the file's rest. When the columns were read since the
     * last write: every column, which {@link #timelineRows} returns without reading again.
     */
    @Override
    public TimelineRows timelineDates() {
        return columns.readDates();
    }

    /** The ids of the events that match, without loading them. */
    @Override
    public long[] ids(EventFilter filter) {
        return database.read(c -> {
            FilterSql.Clause where = FilterSql.where(c, filter);
            // text alone: the full-text index's rowids are the event ids; going through the event table
            // costs a lookup per match (50 ms instead of under 10 for 80,000 matches of a million)
            boolean textOnly = filter.text() != null && filter.withText(null).isEmpty();
            if (textOnly) {
                return matchingRowids(c, where);
            }
            String sql = "SELECT e.id FROM event e WHERE " + where.sql();
            long[] out = new long[1024];
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == out.length) {
                            out = java.util.Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = rs.getLong(1);
                    }
                }
            }
            return java.util.Arrays.copyOf(out, n);
        });
    }

    /**
     * The full-text matches' rowids (the event ids) as one text, parsed here: stepping through 90,000 result rows
     * cost a driver call per row and per value, 21–25 ms of CPU at a million events against 9–14 ms for the
     * one value (issue 16). The text is taken as its bytes (ASCII digits and commas): no string is decoded, and
     * the loop reads an array rather than calling {@code charAt}, which matters while it still runs uncompiled
     * (a session's first searches).
     */
    private static long[] matchingRowids(Connection c, FilterSql.Clause where) throws SQLException {
        byte[] all;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT group_concat(rowid) FROM event_fts WHERE event_fts MATCH ?")) {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                all = rs.next() ? rs.getBytes(1) : null;
            }
        }
        if (all == null || all.length == 0) {
            return new long[0];
        }
        int commas = 0;
        for (byte b : all) {
            if (b == ',') {
                commas++;
            }
        }
        long[] out = new long[commas + 1];
        int n = 0;
        long value = 0;
        for (byte b : all) {
            if (b == ',') {
                out[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (b - '0');
            }
        }
        out[n] = value;
        return out;
    }

    /**
     * Events related to one: those sharing most of its organisations, then the nearest in time; at most
     * {@code max}, found by the store (no event list is loaded).
     */
    @Override
    public List<TimelineEvent> related(String key, int max) {
        List<String> keys = database.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.key FROM event e JOIN event_organisation eo "
                    + "ON eo.event_id = e.id JOIN event_organisation other ON other.organisation_id = eo.organisation_id "
                    + "JOIN event o ON o.id = other.event_id WHERE e.key = ? AND o.id <> e.id GROUP BY o.id "
                    + "ORDER BY count(DISTINCT other.organisation_id) DESC, abs(o.first_day - e.first_day), o.key LIMIT ?")) {
                ps.setString(1, key);
                ps.setInt(2, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        List<TimelineEvent> out = new ArrayList<>();
        for (String k : keys) {
            TimelineEvent e = byKey(k);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The distinct sources (publisher, else title) the matching events cite. */
    @Override
    public List<String> sourceNames(EventFilter filter) {
        return database.read(c -> {
            FilterSql.Clause where = FilterSql.where(c, filter);
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(s.publisher, s.title) FROM source s "
                    + "WHERE s.id IN (SELECT ev.source_id FROM evidence ev JOIN event e ON e.id = ev.event_id WHERE "
                    + where.sql() + ") ORDER BY s.id")) {
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<TimelineEvent> byIds(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        return database.read(c -> {
            Map<Long, EventRow> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.key, e.title, e.summary, e.category, "
                    + "e.start_date, e.end_date, e.approximate, e.inferred, e.date_note FROM event e "
                    + "WHERE e.id IN (SELECT value FROM json_each(?))" + ORDER)) {
                ps.setString(1, java.util.Arrays.toString(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), EventRow.read(rs));
                    }
                }
            }
            return assemble(c, rows);
        });
    }

    @Override
    public long idOf(String key) {
        return database.read(c -> Names.byKey(c, "event", key).orElse(-1L));
    }

    /** One event in full, by its key, or null. */
    @Override
    public TimelineEvent byKey(String key) {
        return database.read(c -> byKey(c, key));
    }

    /** One event in full on this connection (inside an edit's transaction), or null. */
    TimelineEvent byKey(Connection c, String key) throws SQLException {
        {
            Map<Long, EventRow> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.key, e.title, e.summary, e.category, "
                    + "e.start_date, e.end_date, e.approximate, e.inferred, e.date_note FROM event e WHERE e.key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), EventRow.read(rs));
                    }
                }
            }
            List<TimelineEvent> found = assemble(c, rows);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /** The links of people ({@code "person"}) or places ({@code "place"}) to events: one scan. */
    @Override
    public FacetLinks links(String facet) {
        String sql = facet.equals("person")
                ? "SELECT ep.event_id, n.name FROM event_person ep JOIN person n ON n.id = ep.person_id"
                : "SELECT ep.event_id, n.name FROM event_place ep JOIN place n ON n.id = ep.place_id";
        return database.read(c -> {
            List<Long> events = new ArrayList<>();
            List<String> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                    values.add(rs.getString(2));
                }
            }
            return new FacetLinks(events.stream().mapToLong(Long::longValue).toArray(), values.toArray(String[]::new));
        });
    }

    /** How many events match. */
    @Override
    public int count(EventFilter filter) {
        return database.read(c -> {
            FilterSql.Clause where = FilterSql.where(c, filter);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM event e WHERE " + where.sql())) {
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * Indicator observations in the filter's date range and places. Observations have no organisations,
     * themes, people or text of their own, so a filter on any of those matches none.
     */
    @Override
    public List<Indicator> indicators(EventFilter filter) {
        if (!filter.appliesToIndicators()) {
            return List.of();
        }
        return database.read(c -> {
            StringBuilder sql = new StringBuilder("SELECT i.series, i.place, i.period, i.value, i.unit, i.qualifier, "
                    + "i.note, s.key, i.quote, i.start_offset FROM indicator i JOIN source s ON s.id = i.source_id WHERE 1");
            List<Object> params = new ArrayList<>();
            if (filter.from() != null) {
                sql.append(" AND i.last_day >= ?");
                params.add(filter.from().firstDay().toEpochDay());
            }
            if (filter.to() != null) {
                sql.append(" AND i.first_day <= ?");
                params.add(filter.to().lastDay().toEpochDay());
            }
            if (!filter.places().isEmpty()) {
                sql.append(" AND i.place IN (SELECT name FROM place WHERE id IN (SELECT value FROM json_each(?)))");
                params.add(FilterSql.placeIds(c, filter).toString());
            }
            sql.append(" ORDER BY i.series, i.first_day, i.id");
            List<Indicator> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Indicator(rs.getString(1), rs.getString(2), PartialDate.parse(rs.getString(3)),
                                rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                Evidence.at(rs.getString(8), rs.getString(9), offset(rs, 10))));
                    }
                }
            }
            return result;
        });
    }

    private static List<TimelineEvent> assemble(Connection c, Map<Long, EventRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.keySet().toString();
        Map<Long, List<OrganisationRole>> orgs = new HashMap<>();
        each(c, "SELECT eo.event_id, o.name, eo.role FROM event_organisation eo JOIN organisation o "
                + "ON o.id = eo.organisation_id WHERE eo.event_id IN (SELECT value FROM json_each(?)) "
                + "ORDER BY eo.event_id, eo.ordinal", ids,
                rs -> list(orgs, rs).add(new OrganisationRole(rs.getString(2), emptyToNull(rs.getString(3)))));
        Map<Long, List<String>> themes = new HashMap<>();
        each(c, "SELECT et.event_id, t.name FROM event_theme et JOIN theme t ON t.id = et.theme_id "
                + "WHERE et.event_id IN (SELECT value FROM json_each(?)) ORDER BY et.event_id, et.ordinal", ids,
                rs -> list(themes, rs).add(rs.getString(2)));
        Map<Long, List<PersonRole>> people = new HashMap<>();
        each(c, "SELECT ep.event_id, p.name, ep.role FROM event_person ep JOIN person p ON p.id = ep.person_id "
                + "WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, ep.ordinal", ids,
                rs -> list(people, rs).add(new PersonRole(rs.getString(2), emptyToNull(rs.getString(3)))));
        Map<Long, List<String>> places = new HashMap<>();
        each(c, "SELECT ep.event_id, p.name FROM event_place ep JOIN place p ON p.id = ep.place_id "
                + "WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, ep.ordinal", ids,
                rs -> list(places, rs).add(rs.getString(2)));
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        each(c, "SELECT ev.event_id, s.key, ev.quote, ev.start_offset FROM evidence ev JOIN source s "
                + "ON s.id = ev.source_id WHERE ev.event_id IN (SELECT value FROM json_each(?)) "
                + "ORDER BY ev.event_id, ev.ordinal", ids,
                rs -> list(evidence, rs).add(Evidence.at(rs.getString(2), rs.getString(3), offset(rs, 4))));
        List<TimelineEvent> result = new ArrayList<>(rows.size());
        rows.forEach((id, r) -> result.add(new TimelineEvent(r.key, r.title, r.summary, r.category, r.when,
                r.approximate, r.inferred, r.dateNote, places.getOrDefault(id, List.of()),
                orgs.getOrDefault(id, List.of()), themes.getOrDefault(id, List.of()),
                people.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()))));
        return result;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String sql, String ids, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        }
    }

    private static <T> List<T> list(Map<Long, List<T>> map, ResultSet rs) throws SQLException {
        return map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static int offset(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? -1 : value;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private record EventRow(String key, String title, String summary, String category, DateSpan when,
                            boolean approximate, boolean inferred, String dateNote) {
        static EventRow read(ResultSet rs) throws SQLException {
            return new EventRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    DateSpan.parse(rs.getString(6), rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9),
                    rs.getString(10));
        }
    }
}
