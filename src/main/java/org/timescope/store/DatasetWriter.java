package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.Dataset;
import org.timescope.model.Evidence;
import org.timescope.model.Indicator;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;

/**
 * Stores a whole {@link Dataset} in one transaction: every event and observation lands, or none does.
 * Events already stored (same id) are skipped, so importing a file twice adds nothing; organisations
 * and themes must be known (declared in the dataset or already stored); every quote must be a
 * verbatim part of its source when the source's text is stored.
 */
public final class DatasetWriter {

    /** What one write added, and how many events were already there (same id) and left as they were. */
    public record Summary(int events, int indicators, int sources, int skipped) {
    }

    private final Database database;

    public DatasetWriter(Database database) {
        this.database = database;
    }

    public Summary write(Dataset dataset) {
        return database.inTransaction(c -> {
            VocabularyWriter vocabulary = new VocabularyWriter(c);
            vocabulary.themes(dataset.themes());
            vocabulary.organisations(dataset.organisations());
            vocabulary.places(dataset.places());
            vocabulary.sources(dataset.sources());
            int added = 0;
            for (TimelineEvent event : dataset.events()) {
                if (insertEvent(c, vocabulary, event)) {
                    added++;
                }
            }
            int indicators = 0;
            for (Indicator indicator : dataset.indicators()) {
                if (insertIndicator(c, vocabulary, indicator)) {
                    indicators++;
                }
            }
            return new Summary(added, indicators, dataset.sources().size(), dataset.events().size() - added);
        });
    }

    /** Stores an event; an event whose id is already stored is left as it is (re-imports add nothing). */
    private boolean insertEvent(Connection c, VocabularyWriter vocabulary, TimelineEvent e) throws SQLException {
        String owner = "event '" + e.key() + "'";
        if (Names.byKey(c, "event", e.key()).isPresent()) {
            return false;
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event(key, title, summary, category, start_date, "
                + "end_date, precision, first_day, last_day, approximate, inferred, date_note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.key());
            ps.setString(2, e.title());
            ps.setString(3, e.summary());
            ps.setString(4, e.category());
            ps.setString(5, e.when().start().toString());
            ps.setString(6, e.when().end() == null ? null : e.when().end().toString());
            ps.setString(7, e.when().precision().label());
            ps.setLong(8, e.when().firstDay().toEpochDay());
            ps.setLong(9, e.when().lastDay().toEpochDay());
            ps.setBoolean(10, e.approximate());
            ps.setBoolean(11, e.inferred());
            ps.setString(12, e.dateNote());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        linkOrganisations(c, id, owner, e.organisations());
        linkThemes(c, id, owner, e.themes());
        linkPeople(c, vocabulary, id, e.people());
        linkPlaces(c, vocabulary, id, e.places());
        List<String> quotes = insertEvidence(c, vocabulary, id, owner, e.evidence());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, e.title());
            ps.setString(3, e.summary());
            ps.setString(4, String.join("\n", quotes));
            ps.executeUpdate();
        }
        return true;
    }

    private void linkOrganisations(Connection c, long id, String owner, List<OrganisationRole> roles)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_organisation(event_id, "
                + "organisation_id, role, ordinal) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (OrganisationRole role : roles) {
                long org = Names.organisation(c, role.organisation()).orElseThrow(() -> new StoreException(
                        owner + ": unknown organisation '" + role.organisation() + "'"));
                ps.setLong(1, id);
                ps.setLong(2, org);
                ps.setString(3, role.role() == null ? "" : role.role().strip());
                ps.setInt(4, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkThemes(Connection c, long id, String owner, List<String> themes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO event_theme(event_id, theme_id, ordinal) VALUES (?, ?, ?)")) {
            int ordinal = 0;
            for (String theme : themes) {
                long themeId = Names.byName(c, "theme", theme).orElseThrow(() -> new StoreException(
                        owner + ": unknown theme '" + theme + "' (themes are a controlled vocabulary)"));
                ps.setLong(1, id);
                ps.setLong(2, themeId);
                ps.setInt(3, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkPeople(Connection c, VocabularyWriter vocabulary, long id, List<PersonRole> people)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO event_person(event_id, person_id, "
                + "role, ordinal) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (PersonRole person : people) {
                ps.setLong(1, id);
                ps.setLong(2, vocabulary.person(person.name()));
                ps.setString(3, person.role() == null ? "" : person.role().strip());
                ps.setInt(4, ordinal++);
                ps.executeUpdate();
            }
        }
    }

    private void linkPlaces(Connection c, VocabularyWriter vocabulary, long id, List<String> places)
            throws SQLException {
        Set<Long> placeIds = new LinkedHashSet<>();
        for (String place : places) {
            placeIds.add(vocabulary.place(place));
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

    private List<String> insertEvidence(Connection c, VocabularyWriter vocabulary, long id, String owner,
                                        List<Evidence> evidence) throws SQLException {
        List<String> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence(event_id, source_id, quote, "
                + "start_offset, end_offset, ordinal) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Evidence raw : evidence) {
                long sourceId = vocabulary.sourceId(raw.sourceKey(), owner);
                Evidence located = EvidenceCheck.locate(raw, vocabulary.sourceText(raw.sourceKey()), owner);
                ps.setLong(1, id);
                ps.setLong(2, sourceId);
                ps.setString(3, located.quote());
                setOffset(ps, 4, located.start());
                setOffset(ps, 5, located.end());
                ps.setInt(6, ordinal++);
                ps.executeUpdate();
                quotes.add(located.quote());
            }
        }
        return quotes;
    }

    private boolean insertIndicator(Connection c, VocabularyWriter vocabulary, Indicator i) throws SQLException {
        String owner = "indicator '" + i.series() + "' " + i.period();
        long sourceId = vocabulary.sourceId(i.evidence().sourceKey(), owner);
        Evidence located = EvidenceCheck.locate(i.evidence(), vocabulary.sourceText(i.evidence().sourceKey()), owner);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM indicator WHERE series = ? AND period = ? "
                + "AND source_id = ? AND quote = ?")) {
            ps.setString(1, i.series());
            ps.setString(2, i.period().toString());
            ps.setLong(3, sourceId);
            ps.setString(4, located.quote());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false; // the same observation from the same source is already stored
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator(series, place, period, first_day, "
                + "last_day, value, unit, qualifier, note, source_id, quote, start_offset, end_offset) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, i.series());
            ps.setString(2, i.place());
            ps.setString(3, i.period().toString());
            ps.setLong(4, i.period().firstDay().toEpochDay());
            ps.setLong(5, i.period().lastDay().toEpochDay());
            ps.setDouble(6, i.value());
            ps.setString(7, i.unit());
            ps.setString(8, i.qualifier());
            ps.setString(9, i.note());
            ps.setLong(10, sourceId);
            ps.setString(11, located.quote());
            setOffset(ps, 12, located.start());
            setOffset(ps, 13, located.end());
            ps.executeUpdate();
        }
        return true;
    }

    private static void setOffset(PreparedStatement ps, int index, int offset) throws SQLException {
        if (offset < 0) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, offset);
        }
    }
}
