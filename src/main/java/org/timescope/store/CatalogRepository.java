package org.timescope.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.service.storage.StoreStats;

/** Reads the vocabulary and the sources: what filters offer and what exports carry along with events. */
public final class CatalogRepository implements org.timescope.service.storage.CatalogStore {

    private final Database database;

    public CatalogRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Theme> themes() {
        return database.read(c -> {
            List<Theme> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, description, colour FROM theme ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Theme(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return result;
        });
    }

    /** Every organisation, parents before their children, each with its aliases. */
    @Override
    public List<Organisation> organisations() {
        return database.read(c -> {
            Map<Long, List<String>> aliases = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT organisation_id, alias FROM organisation_alias ORDER BY rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<Organisation> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE tree(id, depth) AS ("
                    + "SELECT id, 0 FROM organisation WHERE parent_id IS NULL UNION ALL "
                    + "SELECT o.id, depth + 1 FROM organisation o JOIN tree ON o.parent_id = tree.id) "
                    + "SELECT o.id, o.name, o.acronym, p.name, o.kind, o.note FROM tree JOIN organisation o "
                    + "ON o.id = tree.id LEFT JOIN organisation p ON p.id = o.parent_id ORDER BY tree.depth, o.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Organisation(rs.getString(2), rs.getString(3),
                            aliases.getOrDefault(rs.getLong(1), List.of()), rs.getString(4),
                            OrganisationKind.parse(rs.getString(5)), rs.getString(6)));
                }
            }
            return result;
        });
    }

    /** Every place, parents before their children. */
    @Override
    public List<Place> places() {
        return database.read(c -> {
            List<Place> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE tree(id, depth) AS ("
                    + "SELECT id, 0 FROM place WHERE parent_id IS NULL UNION ALL "
                    + "SELECT p.id, depth + 1 FROM place p JOIN tree ON p.parent_id = tree.id) "
                    + "SELECT p.name, p.kind, q.name FROM tree JOIN place p ON p.id = tree.id "
                    + "LEFT JOIN place q ON q.id = p.parent_id ORDER BY tree.depth, p.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return result;
        });
    }

    /** Every person's name, alphabetically. */
    @Override
    public List<String> people() {
        return database.read(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM person ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        });
    }

    @Override
    public List<Source> sources() {
        return database.read(c -> {
            List<Source> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, title, author, publisher, url, published, "
                    + "published_note, file, body FROM source ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(6);
                    result.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), published == null ? null : PartialDate.parse(published),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return result;
        });
    }

    /** Row counts and the date range of the whole store. */
    @Override
    public StoreStats stats() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM event), "
                    + "(SELECT count(*) FROM organisation), (SELECT count(*) FROM theme), "
                    + "(SELECT count(*) FROM person), (SELECT count(*) FROM place), (SELECT count(*) FROM source), "
                    + "(SELECT count(*) FROM evidence), (SELECT count(*) FROM indicator), "
                    + "(SELECT start_date FROM event ORDER BY first_day, last_day LIMIT 1), "
                    + "(SELECT coalesce(end_date, start_date) FROM event ORDER BY last_day DESC, first_day DESC LIMIT 1)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                String first = rs.getString(9);
                String last = rs.getString(10);
                return new StoreStats(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        first == null ? null : PartialDate.parse(first), last == null ? null : PartialDate.parse(last));
            }
        });
    }

    /** Events per theme name, for filters and statistics. */
    @Override
    public Map<String, Integer> eventsPerTheme() {
        return counts("SELECT t.name, count(et.event_id) FROM theme t LEFT JOIN event_theme et ON et.theme_id = t.id "
                + "GROUP BY t.id ORDER BY t.id");
    }

    /** Events per organisation name (the organisation's own events, children not included). */
    @Override
    public Map<String, Integer> eventsPerOrganisation() {
        return counts("SELECT o.name, count(DISTINCT eo.event_id) FROM organisation o LEFT JOIN event_organisation eo "
                + "ON eo.organisation_id = o.id GROUP BY o.id ORDER BY count(DISTINCT eo.event_id) DESC, o.name");
    }

    private Map<String, Integer> counts(String sql) {
        return database.read(c -> {
            Map<String, Integer> result = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getInt(2));
                }
            }
            return result;
        });
    }


    @Override
    public Map<String, Integer> usage(String kind) {
        return counts(switch (kind) {
            case "organisation" -> "SELECT o.name, count(DISTINCT l.event_id) FROM organisation o "
                    + "LEFT JOIN event_organisation l ON l.organisation_id = o.id GROUP BY o.id ORDER BY o.id";
            case "theme" -> "SELECT t.name, count(l.event_id) FROM theme t LEFT JOIN event_theme l ON l.theme_id = t.id "
                    + "GROUP BY t.id ORDER BY t.id";
            case "person" -> "SELECT p.name, count(DISTINCT l.event_id) FROM person p LEFT JOIN event_person l "
                    + "ON l.person_id = p.id GROUP BY p.id ORDER BY p.name COLLATE NOCASE";
            case "place" -> "SELECT p.name, count(l.event_id) FROM place p LEFT JOIN event_place l ON l.place_id = p.id "
                    + "GROUP BY p.id ORDER BY p.id";
            case "source" -> "SELECT s.key, count(DISTINCT l.event_id) FROM source s LEFT JOIN evidence l "
                    + "ON l.source_id = s.id GROUP BY s.id ORDER BY s.id";
            default -> throw new IllegalArgumentException("unknown catalogue list '" + kind + "'");
        });
    }
}
