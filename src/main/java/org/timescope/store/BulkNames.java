package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timescope.model.OrganisationKind;
import org.timescope.model.Source;

/**
 * The ids a bulk load writes in its link rows: each name is looked up once (case-insensitively, aliases of
 * organisations included) and cached; a name not stored yet is created. Sources are those declared to the
 * load; citing another one is an error. Used on the connection of the load's transaction only.
 */
final class BulkNames {

    private final Connection c;
    private final String themeNote;
    private final VocabularyWriter vocabulary;
    private final Map<String, Long> organisations = new HashMap<>();
    private final Map<String, Long> themes = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> places = new HashMap<>();
    private final Map<String, Long> sources = new HashMap<>();
    /** Ids by the name exactly as the file wrote it, before the case-insensitive caches: no lower-casing per link. */
    private final Map<String, Long> organisationsAsWritten = new HashMap<>();
    private final Map<String, Long> themesAsWritten = new HashMap<>();
    private final Map<String, Long> peopleAsWritten = new HashMap<>();
    private final Map<String, Long> placesAsWritten = new HashMap<>();

    /** {@code themeNote} becomes the description of themes created by the load. */
    BulkNames(Connection c, String themeNote) {
        this.c = c;
        this.themeNote = themeNote;
        this.vocabulary = new VocabularyWriter(c);
    }

    /** Stores the source if new and lets events cite it. */
    void addSource(Source s) throws SQLException {
        vocabulary.sources(List.of(s));
        sources.put(s.key(), vocabulary.sourceId(s.key(), "import"));
    }

    Long source(String key) {
        Long id = sources.get(key);
        if (id == null) {
            throw new StoreException("source '" + key + "' is not defined");
        }
        return id;
    }

    Long organisation(String name) throws SQLException {
        Long id = organisationsAsWritten.get(name);
        if (id != null) {
            return id;
        }
        id = organisations.get(key(name));
        if (id == null) {
            id = Names.organisation(c, name).orElse(null);
            if (id == null) {
                id = insert("INSERT INTO organisation(name, kind) VALUES (?, '" + OrganisationKind.OTHER.label() + "')",
                        name.strip());
            }
            organisations.put(key(name), id);
        }
        organisationsAsWritten.put(name, id);
        return id;
    }

    Long theme(String name) throws SQLException {
        Long id = themesAsWritten.get(name);
        if (id != null) {
            return id;
        }
        id = themes.get(key(name));
        if (id == null) {
            id = Names.byName(c, "theme", name).orElse(null);
            if (id == null) {
                id = insert("INSERT INTO theme(name, description) VALUES (?, ?)", name.strip(), themeNote);
            }
            themes.put(key(name), id);
        }
        themesAsWritten.put(name, id);
        return id;
    }

    Long person(String name) throws SQLException {
        return named(peopleAsWritten, people, "person", name);
    }

    Long place(String name) throws SQLException {
        return named(placesAsWritten, places, "place", name);
    }

    private Long named(Map<String, Long> asWritten, Map<String, Long> cache, String table, String name) throws SQLException {
        Long id = asWritten.get(name);
        if (id != null) {
            return id;
        }
        id = cache.get(key(name));
        if (id == null) {
            id = Names.byName(c, table, name).orElse(null);
            if (id == null) {
                id = insert("INSERT INTO " + table + "(name) VALUES (?)", name.strip());
            }
            cache.put(key(name), id);
        }
        asWritten.put(name, id);
        return id;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private long insert(String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
