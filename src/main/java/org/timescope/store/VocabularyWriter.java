package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;

/**
 * Writes the vocabulary part of a dataset: themes, organisations with aliases and parents, places and
 * sources. Entries that already exist under the same name are reused, so importing two files that share
 * organisations does not duplicate them; a conflicting definition is refused with the reason.
 */
final class VocabularyWriter {
    private final Connection c;
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Map<String, String> sourceTexts = new HashMap<>();

    VocabularyWriter(Connection connection) {
        this.c = connection;
    }

    /**
     * New themes are added; a theme the collection has already is left as it is. Filling its empty description or
     * colour from the file changed the catalogue outside the change log (an import that added no event made no
     * step to undo), and from CSV, iCalendar or TimelineJS what filled it was only "Imported from …".
     */
    void themes(List<Theme> themes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO theme(name, description, colour) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO NOTHING")) {
            for (Theme t : themes) {
                ps.setString(1, t.name().strip());
                ps.setString(2, t.description());
                ps.setString(3, t.colour());
                ps.executeUpdate();
            }
        }
    }

    void organisations(List<Organisation> declared) throws SQLException {
        // a declared name that is already an acronym or alias of a stored organisation means that one
        List<Organisation> organisations = new java.util.ArrayList<>();
        for (Organisation o : declared) {
            var existing = Names.organisation(c, o.name());
            if (existing.isEmpty() || Names.byName(c, "organisation", o.name()).isPresent()) {
                organisations.add(o);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation(name, acronym, kind, note) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET acronym = COALESCE(organisation.acronym, "
                + "excluded.acronym), note = COALESCE(organisation.note, excluded.note)")) {
            for (Organisation o : organisations) {
                ps.setString(1, o.name().strip());
                ps.setString(2, o.acronym());
                ps.setString(3, o.kind().label());
                ps.setString(4, o.note());
                ps.executeUpdate();
            }
        }
        for (Organisation o : organisations) {
            long id = Names.byName(c, "organisation", o.name()).orElseThrow();
            for (String alias : o.aliases()) {
                alias(id, o.name(), alias);
            }
            if (o.parent() != null) {
                long parent = Names.organisation(c, o.parent()).orElseThrow(() -> new StoreException(
                        "organisation '" + o.name() + "': parent '" + o.parent() + "' is not a known organisation"));
                setParent("organisation", id, parent, o.name());
            }
        }
    }

    private void alias(long id, String name, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation_alias(alias, organisation_id) "
                + "VALUES (?, ?) ON CONFLICT(alias) DO NOTHING")) {
            ps.setString(1, alias.strip());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        long owner = ownerOfAlias(alias);
        if (owner != id) {
            throw new StoreException("organisation '" + name + "': alias '" + alias
                    + "' already belongs to another organisation (id " + owner + ")");
        }
    }

    private long ownerOfAlias(String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT organisation_id FROM organisation_alias WHERE alias = ?")) {
            ps.setString(1, alias.strip());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void setParent(String table, long id, long parent, String name) throws SQLException {
        Set<Long> seen = new HashSet<>();
        for (Long at = parent; at != null; at = parentOf(table, at)) {
            if (at == id || !seen.add(at)) {
                throw new StoreException(table + " '" + name + "': its parent chain loops back to itself");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET parent_id = ? WHERE id = ?")) {
            ps.setLong(1, parent);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private Long parentOf(String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT parent_id FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long parent = rs.getLong(1);
                return rs.wasNull() ? null : parent;
            }
        }
    }

    void places(List<Place> places) throws SQLException {
        for (Place p : places) {
            long id = place(p.name());
            if (p.kind() != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE place SET kind = COALESCE(kind, ?) WHERE id = ?")) {
                    ps.setString(1, p.kind());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
        }
        for (Place p : places) {
            if (p.parent() != null) {
                setParent("place", place(p.name()), place(p.parent()), p.name());
            }
        }
    }

    /** The id of a place, created on first mention. */
    long place(String name) throws SQLException {
        return getOrCreate("place", name);
    }

    /** The id of a person, created on first mention. */
    long person(String name) throws SQLException {
        return getOrCreate("person", name);
    }

    private long getOrCreate(String table, String name) throws SQLException {
        var existing = Names.byName(c, table, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(name) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name.strip());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void sources(List<Source> sources) throws SQLException {
        for (Source s : sources) {
            try (PreparedStatement find = c.prepareStatement("SELECT id, body FROM source WHERE key = ?")) {
                find.setString(1, s.key());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        if (!Objects.equals(rs.getString(2), s.text())) {
                            throw new StoreException("source '" + s.key()
                                    + "' is already in the database with a different text");
                        }
                        remember(s.key(), rs.getLong(1), s.text());
                        continue;
                    }
                }
            }
            remember(s.key(), insertSource(s), s.text());
        }
    }

    private long insertSource(Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source(key, title, author, publisher, url, "
                + "published, published_note, file, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.key());
            ps.setString(2, s.title());
            ps.setString(3, s.author());
            ps.setString(4, s.publisher());
            ps.setString(5, s.url());
            ps.setString(6, s.published() == null ? null : s.published().toString());
            ps.setString(7, s.publishedNote());
            ps.setString(8, s.file());
            ps.setString(9, s.text());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void remember(String key, long id, String text) {
        sourceIds.put(key, id);
        sourceTexts.put(key, text);
    }

    /** The id of a source written or found by {@link #sources}, or of one already in the store. */
    long sourceId(String key, String owner) throws SQLException {
        Long id = sourceIds.get(key);
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, body FROM source WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(owner + ": source '" + key + "' is not defined");
                }
                remember(key, rs.getLong(1), rs.getString(2));
                return rs.getLong(1);
            }
        }
    }

    /**
     * How an import links names: organisations and themes must be known (declared or stored), people and
     * places are created on first mention.
     */
    EventWriter.Resolver importing() {
        return new EventWriter.Resolver() {
            @Override
            public long organisation(String name, String owner) throws SQLException {
                return Names.organisation(c, name).orElseThrow(() -> new StoreException(
                        owner + ": unknown organisation '" + name + "'"));
            }

            @Override
            public long theme(String name, String owner) throws SQLException {
                return Names.byName(c, "theme", name).orElseThrow(() -> new StoreException(
                        owner + ": unknown theme '" + name + "' (themes are a controlled vocabulary)"));
            }

            @Override
            public long person(String name, String owner) throws SQLException {
                return VocabularyWriter.this.person(name);
            }

            @Override
            public long place(String name, String owner) throws SQLException {
                return VocabularyWriter.this.place(name);
            }

            @Override
            public long source(String key, String owner) throws SQLException {
                return sourceId(key, owner);
            }

            @Override
            public String sourceText(String key) {
                return VocabularyWriter.this.sourceText(key);
            }
        };
    }

    /** The full text of a source looked up through {@link #sourceId}, or null if it has none. */
    String sourceText(String key) {
        return sourceTexts.get(key);
    }
}
