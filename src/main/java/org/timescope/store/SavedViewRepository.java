package org.timescope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Named views stored with the data, as opaque text (their JSON form is the exchange ring's business). */
public final class SavedViewRepository implements org.timescope.service.storage.SavedViewStore {

    private final Database database;

    public SavedViewRepository(Database database) {
        this.database = database;
    }

    /** Stores or replaces the view called {@code name}. */
    @Override
    public void save(String name, String spec) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_view(name, spec, updated) "
                    + "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(name) DO UPDATE SET "
                    + "name = excluded.name, spec = excluded.spec, updated = excluded.updated")) {
                ps.setString(1, name.strip());
                ps.setString(2, spec);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> find(String name) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT spec FROM saved_view WHERE name = ?")) {
                ps.setString(1, name.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The views' names, alphabetically. */
    @Override
    public List<String> names() {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM saved_view ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /** Renames a view; refuses when the new name is taken by another view. */
    @Override
    public void rename(String from, String to, String newSpec) {
        database.inTransaction(c -> {
            if (!from.equalsIgnoreCase(to.strip()) && find(to).isPresent()) {
                throw new StoreException("a view called '" + to.strip() + "' already exists");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE saved_view SET name = ?, spec = ?, "
                    + "updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE name = ?")) {
                ps.setString(1, to.strip());
                ps.setString(2, newSpec);
                ps.setString(3, from.strip());
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("unknown view '" + from + "'");
                }
            }
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_view WHERE name = ?")) {
                ps.setString(1, name.strip());
                return ps.executeUpdate() > 0;
            }
        });
    }
}
