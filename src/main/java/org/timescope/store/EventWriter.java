package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.storage.SearchText;

/**
 * The one writer of an event's rows — the event itself, its links, its evidence and its full-text row —
 * for dataset imports and for edits alike (bulk loads batch the same rows and share {@link #searchEvidence}).
 * Names are resolved through a {@link Resolver}: imports create people and places on first mention, edits
 * only link what the catalogue has (the edit creates the entry first, so the change log records it).
 */
final class EventWriter {

    /** How names and source keys become ids. */
    interface Resolver {
        long organisation(String name, String owner) throws SQLException;

        long theme(String name, String owner) throws SQLException;

        long person(String name, String owner) throws SQLException;

        long place(String name, String owner) throws SQLException;

        long source(String key, String owner) throws SQLException;

        /** The stored text of a source (null when it has none), for checking quotes. */
        String sourceText(String key) throws SQLException;
    }

    private final Connection c;
    private final Resolver names;

    EventWriter(Connection connection, Resolver names) {
        this.c = connection;
        this.names = names;
    }

    /** Inserts an event with its links; {@code id} 0 lets SQLite choose. Returns the id. */
    long insert(TimelineEvent e, long id) throws SQLException {
        String owner = "event '" + e.key() + "'";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event(id, key, title, summary, category, "
                + "start_date, end_date, precision, first_day, last_day, approximate, inferred, date_note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (id > 0) {
                ps.setLong(1, id);
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setString(2, e.key());
            bindRow(ps, 3, e);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        writeLinks(id, owner, e);
        return id;
    }

    /** Rewrites the stored event {@code id} as {@code e}: its row, links, evidence and search text. */
    void replace(long id, TimelineEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event SET title = ?, summary = ?, category = ?, "
                + "start_date = ?, end_date = ?, precision = ?, first_day = ?, last_day = ?, approximate = ?, "
                + "inferred = ?, date_note = ? WHERE id = ?")) {
            bindRow(ps, 1, e);
            ps.setLong(12, id);
            ps.executeUpdate();
        }
        deleteLinks(id);
        writeLinks(id, "event '" + e.key() + "'", e);
    }

    void delete(long id) throws SQLException {
        deleteLinks(id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void bindRow(PreparedStatement ps, int at, TimelineEvent e) throws SQLException {
        ps.setString(at, e.title());
        ps.setString(at + 1, e.summary());
        ps.setString(at + 2, e.category());
        ps.setString(at + 3, e.when().start().toString());
        ps.setString(at + 4, e.when().end() == null ? null : e.when().end().toString());
        ps.setString(at + 5, e.when().precision().calendar().label());
        ps.setLong(at + 6, e.when().firstDay().toEpochDay());
        ps.setLong(at + 7, e.when().lastDay().toEpochDay());
        ps.setBoolean(at + 8, e.approximate());
        ps.setBoolean(at + 9, e.inferred());
        ps.setString(at + 10, e.dateNote());
    }

    private void deleteLinks(long id) throws SQLException {
        for (String table : List.of("event_organisation", "event_theme", "event_person", "event_place", "evidence")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE event_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void writeLinks(long id, String owner, TimelineEvent e) throws SQLException {
        linkOrganisations(id, owner, e.organisations());
        linkThemes(id, owner, e.themes());
        linkPeople(id, owner, e.people());
        linkPlaces(id, owner, e.places());
        List<String> quotes = OwnedEvidence.EVENT.insert(c, names, id, e.evidence(), owner);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, SearchText.words(e.title()));
            ps.setString(3, SearchText.words(e.summary()));
            ps.setString(4, SearchText.words(searchEvidence(e.title(), quotes)));
            ps.executeUpdate();
        }
    }

    /** The evidence text the full-text index keeps: the quotes, one a line, leaving out a quote that is the title. */
    static String searchEvidence(String title, List<String> quotes) {
        StringBuilder text = new StringBuilder();
        for (String q : quotes) {
            if (!q.equals(title)) {
                text.append(text.length() == 0 ? "" : "\n").append(q);
            }
        }
        return text.toString();
    }

    private void linkOrganisations(long id, String owner, List<OrganisationRole> roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_organisation(event_id, "
                + "organisation_id, role, ordinal) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (OrganisationRole role : roles) {
                ps.setLong(1, id);
                ps.setLong(2, names.organisation(role.organisation(), owner));
                ps.setString(3, role.role() == null ? "" : role.role().strip());
                ps.setInt(4, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkThemes(long id, String owner, List<String> themes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO event_theme(event_id, theme_id, ordinal) VALUES (?, ?, ?)")) {
            int ordinal = 0;
            for (String theme : themes) {
                ps.setLong(1, id);
                ps.setLong(2, names.theme(theme, owner));
                ps.setInt(3, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkPeople(long id, String owner, List<PersonRole> people) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_person(event_id, person_id, "
                + "role, ordinal) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (PersonRole person : people) {
                ps.setLong(1, id);
                ps.setLong(2, names.person(person.name(), owner));
                ps.setString(3, person.role() == null ? "" : person.role().strip());
                ps.setInt(4, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkPlaces(long id, String owner, List<String> places) throws SQLException {
        Set<Long> placeIds = new LinkedHashSet<>();
        for (String place : places) {
            placeIds.add(names.place(place, owner));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_place(event_id, place_id, ordinal) VALUES (?, ?, ?)")) {
            int ordinal = 0;
            for (long placeId : placeIds) {
                ps.setLong(1, id);
                ps.setLong(2, placeId);
                ps.setInt(3, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    static void offset(PreparedStatement ps, int index, int offset) throws SQLException {
        if (offset < 0) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, offset);
        }
    }
}
