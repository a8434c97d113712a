package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.timescope.model.Change;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.storage.EditSession;
import org.timescope.service.storage.ImportMarks;

/** The SQLite edit session: whole records written inside the transaction that {@link SqliteStorage#edit} opened. */
final class SqliteEditSession implements EditSession {

    private final Connection c;
    private final EventRepository reader;
    private final EventWriter events;

    SqliteEditSession(Connection connection, EventRepository reader) {
        this.c = connection;
        this.reader = reader;
        this.events = new EventWriter(connection, new Existing());
    }

    /** Edits link only what the catalogue has: the command creates a new entry first, so the log records it. */
    private final class Existing implements EventWriter.Resolver {
        @Override
        public long organisation(String name, String owner) throws SQLException {
            return Names.organisation(c, name).orElseThrow(() -> unknown(owner, "organisation", name));
        }

        @Override
        public long theme(String name, String owner) throws SQLException {
            return Names.byName(c, "theme", name).orElseThrow(() -> unknown(owner, "theme", name));
        }

        @Override
        public long person(String name, String owner) throws SQLException {
            return Names.byName(c, "person", name).orElseThrow(() -> unknown(owner, "person", name));
        }

        @Override
        public long place(String name, String owner) throws SQLException {
            return Names.byName(c, "place", name).orElseThrow(() -> unknown(owner, "place", name));
        }

        @Override
        public long source(String key, String owner) throws SQLException {
            return Names.byKey(c, "source", key).orElseThrow(() -> unknown(owner, "source", key));
        }

        @Override
        public String sourceText(String key) throws SQLException {
            return text("SELECT body FROM source WHERE key = ?", key);
        }
    }

    private static StoreException unknown(String owner, String kind, String name) {
        return new StoreException(owner + ": unknown " + kind + " '" + name + "'");
    }

    private static StoreException sql(SQLException e) {
        return new StoreException("cannot save the change: " + e.getMessage(), e);
    }

    @Override
    public Optional<TimelineEvent> event(String key) {
        try {
            return Optional.ofNullable(reader.byKey(c, key));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long eventId(String key) {
        try {
            return Names.byKey(c, "event", key).orElse(-1L);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createEvent(TimelineEvent event, long id) {
        try {
            if (Names.byKey(c, "event", event.key()).isPresent()) {
                throw new StoreException("event '" + event.key() + "' already exists");
            }
            return events.insert(event, id);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void updateEvent(TimelineEvent after) {
        try {
            events.replace(require("event", eventId(after.key()), after.key()), after);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void deleteEvent(String key) {
        try {
            events.delete(require("event", eventId(key), key));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    private static long require(String kind, long id, String name) {
        if (id < 0) {
            throw new StoreException(kind + " '" + name + "' does not exist (another program may have removed it)");
        }
        return id;
    }

    @Override
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

    @Override
    public List<String> children(String kind, String name) {
        return strings("SELECT name FROM " + table(kind, "organisation", "place") + " WHERE parent_id = ? ORDER BY id",
                idOf(kind, name));
    }

    @Override
    public long idOf(String kind, String name) {
        try {
            Optional<Long> id = switch (kind) {
                case "event", "source" -> Names.byKey(c, kind, name);
                case "organisation", "theme", "person", "place" -> Names.byName(c, kind, name);
                default -> throw new IllegalArgumentException("unknown catalogue list '" + kind + "'");
            };
            return id.orElse(-1L);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    private static String table(String kind, String... allowed) {
        if (!List.of(allowed).contains(kind)) {
            throw new IllegalArgumentException(kind + " has no " + String.join("/", allowed));
        }
        return kind;
    }

    // ---- organisations

    @Override
    public Optional<Organisation> organisation(String name) {
        try {
            long id = Names.organisation(c, name).orElse(-1L);
            if (id < 0) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT o.name, o.acronym, p.name, o.kind, o.note "
                    + "FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id WHERE o.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(new Organisation(rs.getString(1), rs.getString(2),
                            strings("SELECT alias FROM organisation_alias WHERE organisation_id = ? ORDER BY rowid", id),
                            rs.getString(3), OrganisationKind.parse(rs.getString(4)), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createOrganisation(Organisation o, long id) {
        try {
            long created = insert("INSERT INTO organisation(id, name, acronym, kind, note) VALUES (?, ?, ?, ?, ?)", id,
                    o.name().strip(), o.acronym(), o.kind().label(), o.note());
            writeOrganisationLinks(created, o);
            return created;
        } catch (SQLException e) {
            throw constraint(e, "organisation", o.name());
        }
    }

    @Override
    public void updateOrganisation(String name, Organisation after) {
        try {
            long id = require("organisation", idOf("organisation", name), name);
            update("UPDATE organisation SET name = ?, acronym = ?, kind = ?, note = ?, parent_id = NULL WHERE id = ?",
                    after.name().strip(), after.acronym(), after.kind().label(), after.note(), id);
            update("DELETE FROM organisation_alias WHERE organisation_id = ?", id);
            writeOrganisationLinks(id, after);
        } catch (SQLException e) {
            throw constraint(e, "organisation", after.name());
        }
    }

    private void writeOrganisationLinks(long id, Organisation o) throws SQLException {
        for (String alias : o.aliases()) {
            Optional<Long> owner = Names.byName(c, "organisation", alias);
            if (owner.isPresent() && owner.get() != id) {
                throw new StoreException("organisation '" + o.name() + "': alias '" + alias
                        + "' is the name of another organisation");
            }
            update("INSERT INTO organisation_alias(alias, organisation_id) VALUES (?, ?)", alias.strip(), id);
        }
        if (o.parent() != null) {
            long parent = Names.organisation(c, o.parent()).orElseThrow(() -> new StoreException(
                    "organisation '" + o.name() + "': parent '" + o.parent() + "' is not a known organisation"));
            setParent("organisation", id, parent, o.name());
        }
    }

    @Override
    public void deleteOrganisation(String name) {
        deleteEntry("organisation", name);
    }

    // ---- themes

    @Override
    public Optional<Theme> theme(String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, description, colour FROM theme WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Theme(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createTheme(Theme t, long id) {
        try {
            return insert("INSERT INTO theme(id, name, description, colour) VALUES (?, ?, ?, ?)", id, t.name().strip(),
                    t.description(), t.colour());
        } catch (SQLException e) {
            throw constraint(e, "theme", t.name());
        }
    }

    @Override
    public void updateTheme(String name, Theme after) {
        try {
            long id = require("theme", idOf("theme", name), name);
            update("UPDATE theme SET name = ?, description = ?, colour = ? WHERE id = ?", after.name().strip(),
                    after.description(), after.colour(), id);
        } catch (SQLException e) {
            throw constraint(e, "theme", after.name());
        }
    }

    @Override
    public void deleteTheme(String name) {
        deleteEntry("theme", name);
    }

    // ---- places

    @Override
    public Optional<Place> place(String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.name, p.kind, q.name FROM place p "
                + "LEFT JOIN place q ON q.id = p.parent_id WHERE p.name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Place(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createPlace(Place p, long id) {
        try {
            long created = insert("INSERT INTO place(id, name, kind) VALUES (?, ?, ?)", id, p.name().strip(), p.kind());
            placeParent(created, p);
            return created;
        } catch (SQLException e) {
            throw constraint(e, "place", p.name());
        }
    }

    @Override
    public void updatePlace(String name, Place after) {
        try {
            long id = require("place", idOf("place", name), name);
            update("UPDATE place SET name = ?, kind = ?, parent_id = NULL WHERE id = ?", after.name().strip(),
                    after.kind(), id);
            placeParent(id, after);
        } catch (SQLException e) {
            throw constraint(e, "place", after.name());
        }
    }

    private void placeParent(long id, Place p) throws SQLException {
        if (p.parent() != null) {
            long parent = Names.byName(c, "place", p.parent()).orElseThrow(() -> new StoreException(
                    "place '" + p.name() + "': parent '" + p.parent() + "' is not a known place"));
            setParent("place", id, parent, p.name());
        }
    }

    @Override
    public void deletePlace(String name) {
        deleteEntry("place", name);
    }

    // ---- people

    @Override
    public Optional<String> person(String name) {
        try {
            return Optional.ofNullable(text("SELECT name FROM person WHERE name = ?", name.strip()));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createPerson(String name, long id) {
        try {
            return insert("INSERT INTO person(id, name) VALUES (?, ?)", id, name.strip());
        } catch (SQLException e) {
            throw constraint(e, "person", name);
        }
    }

    @Override
    public void renamePerson(String name, String newName) {
        try {
            update("UPDATE person SET name = ? WHERE id = ?", newName.strip(),
                    require("person", idOf("person", name), name));
        } catch (SQLException e) {
            throw constraint(e, "person", newName);
        }
    }

    @Override
    public void deletePerson(String name) {
        deleteEntry("person", name);
    }

    // ---- sources

    @Override
    public Optional<Source> source(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT key, title, author, publisher, url, published, "
                + "published_note, file, body FROM source WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String published = rs.getString(6);
                return Optional.of(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), published == null ? null : PartialDate.parse(published), rs.getString(7),
                        rs.getString(8), rs.getString(9)));
            }
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createSource(Source s, long id) {
        try {
            return insert("INSERT INTO source(id, key, title, author, publisher, url, published, published_note, file, "
                    + "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, s.key(), s.title(), s.author(), s.publisher(),
                    s.url(), s.published() == null ? null : s.published().toString(), s.publishedNote(), s.file(),
                    s.text());
        } catch (SQLException e) {
            throw constraint(e, "source", s.key());
        }
    }

    @Override
    public void updateSource(String key, Source after) {
        try {
            long id = require("source", idOf("source", key), key);
            String before = text("SELECT body FROM source WHERE id = ?", id);
            if (!java.util.Objects.equals(before, after.text()) && !eventsUsing("source", key).isEmpty()) {
                throw new StoreException("source '" + key + "': its text cannot change while quotes point into it");
            }
            update("UPDATE source SET key = ?, title = ?, author = ?, publisher = ?, url = ?, published = ?, "
                    + "published_note = ?, file = ?, body = ? WHERE id = ?", after.key(), after.title(), after.author(),
                    after.publisher(), after.url(), after.published() == null ? null : after.published().toString(),
                    after.publishedNote(), after.file(), after.text(), id);
        } catch (SQLException e) {
            throw constraint(e, "source", after.key());
        }
    }

    @Override
    public void deleteSource(String key) {
        deleteEntry("source", key);
    }

    // ---- shared

    private void deleteEntry(String kind, String name) {
        long id = require(kind, idOf(kind, name), name);
        int used = eventsUsing(kind, name).size();
        if (used > 0) {
            throw new StoreException(kind + " '" + name + "' is used by " + used + (used == 1 ? " event" : " events")
                    + "; merge it into another " + kind + " instead");
        }
        try {
            if (kind.equals("organisation") || kind.equals("place")) {
                List<String> children = children(kind, name);
                if (!children.isEmpty()) {
                    throw new StoreException(kind + " '" + name + "' is the parent of " + String.join(", ", children));
                }
            }
            if (kind.equals("source") && count("SELECT count(*) FROM indicator WHERE source_id = ?", id) > 0) {
                throw new StoreException("source '" + name + "' is cited by statistics");
            }
            update("DELETE FROM " + kind + " WHERE id = ?", id);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void removeImported(ImportMarks m) {
        try {
            if (m.events() > 0) {
                update("DELETE FROM event_fts WHERE rowid BETWEEN ? AND ?", m.firstEvent(), m.lastEvent());
                update("DELETE FROM event WHERE id BETWEEN ? AND ?", m.firstEvent(), m.lastEvent());
            }
            update("DELETE FROM indicator WHERE id > ?", m.before().getOrDefault("indicator", Long.MAX_VALUE));
            removeUnused("theme", "id NOT IN (SELECT theme_id FROM event_theme)", m);
            removeUnused("person", "id NOT IN (SELECT person_id FROM event_person)", m);
            removeUnused("source", "id NOT IN (SELECT source_id FROM evidence) AND id NOT IN "
                    + "(SELECT source_id FROM indicator)", m);
            // children first: repeat while a round removes something
            while (removeUnused("organisation", "id NOT IN (SELECT organisation_id FROM event_organisation) "
                    + "AND id NOT IN (SELECT parent_id FROM organisation WHERE parent_id IS NOT NULL)", m) > 0) {
                continue;
            }
            while (removeUnused("place", "id NOT IN (SELECT place_id FROM event_place) AND id NOT IN "
                    + "(SELECT parent_id FROM place WHERE parent_id IS NOT NULL)", m) > 0) {
                continue;
            }
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    private int removeUnused(String table, String unused, ImportMarks m) throws SQLException {
        return update("DELETE FROM " + table + " WHERE id > ? AND " + unused,
                m.before().getOrDefault(table, Long.MAX_VALUE));
    }

    @Override
    public long log(String author, String action, String summary, long undoes, List<Change> changes) {
        try {
            return ChangeWriter.log(c, author, action, summary, undoes, changes);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    private void setParent(String table, long id, long parent, String name) throws SQLException {
        Set<Long> seen = new HashSet<>();
        for (long at = parent; at > 0; at = count("SELECT coalesce(parent_id, 0) FROM " + table + " WHERE id = ?", at)) {
            if (at == id || !seen.add(at)) {
                throw new StoreException(table + " '" + name + "': its parent chain loops back to itself");
            }
        }
        update("UPDATE " + table + " SET parent_id = ? WHERE id = ?", parent, id);
    }

    private StoreException constraint(SQLException e, String kind, String name) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("UNIQUE")) {
            return new StoreException(kind + " '" + name + "' already exists");
        }
        return sql(e);
    }

    private long insert(String sql, long id, Object... values) throws SQLException {
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

    private int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    private long count(String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private String text(String sql, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<String> strings(String sql, long id) {
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
