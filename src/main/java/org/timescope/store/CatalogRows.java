package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;

/**
 * The catalogue's rows in an edit session: organisations (with aliases and parents), themes, places, people and
 * sources — read, created with a given id, replaced (renamed), and deleted only when nothing uses them.
 */
final class CatalogRows extends SessionRows {

    CatalogRows(Connection connection) {
        super(connection);
    }

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

    public void deleteOrganisation(String name) {
        deleteEntry("organisation", name);
    }

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

    public long createTheme(Theme t, long id) {
        try {
            return insert("INSERT INTO theme(id, name, description, colour) VALUES (?, ?, ?, ?)", id, t.name().strip(),
                    t.description(), t.colour());
        } catch (SQLException e) {
            throw constraint(e, "theme", t.name());
        }
    }

    public void updateTheme(String name, Theme after) {
        try {
            long id = require("theme", idOf("theme", name), name);
            update("UPDATE theme SET name = ?, description = ?, colour = ? WHERE id = ?", after.name().strip(),
                    after.description(), after.colour(), id);
        } catch (SQLException e) {
            throw constraint(e, "theme", after.name());
        }
    }

    public void deleteTheme(String name) {
        deleteEntry("theme", name);
    }

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

    public long createPlace(Place p, long id) {
        try {
            long created = insert("INSERT INTO place(id, name, kind) VALUES (?, ?, ?)", id, p.name().strip(), p.kind());
            placeParent(created, p);
            return created;
        } catch (SQLException e) {
            throw constraint(e, "place", p.name());
        }
    }

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

    public void deletePlace(String name) {
        deleteEntry("place", name);
    }

    public Optional<String> person(String name) {
        try {
            return Optional.ofNullable(text("SELECT name FROM person WHERE name = ?", name.strip()));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    public long createPerson(String name, long id) {
        try {
            return insert("INSERT INTO person(id, name) VALUES (?, ?)", id, name.strip());
        } catch (SQLException e) {
            throw constraint(e, "person", name);
        }
    }

    public void renamePerson(String name, String newName) {
        try {
            update("UPDATE person SET name = ? WHERE id = ?", newName.strip(),
                    require("person", idOf("person", name), name));
        } catch (SQLException e) {
            throw constraint(e, "person", newName);
        }
    }

    public void deletePerson(String name) {
        deleteEntry("person", name);
    }

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

    public void deleteSource(String key) {
        deleteEntry("source", key);
    }

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

    private void setParent(String table, long id, long parent, String name) throws SQLException {
        Set<Long> seen = new HashSet<>();
        for (long at = parent; at > 0; at = count("SELECT coalesce(parent_id, 0) FROM " + table + " WHERE id = ?", at)) {
            if (at == id || !seen.add(at)) {
                throw new StoreException(table + " '" + name + "': its parent chain loops back to itself");
            }
        }
        update("UPDATE " + table + " SET parent_id = ? WHERE id = ?", parent, id);
    }
}
