package org.timescope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.timescope.model.EventFilter;
import org.timescope.service.storage.SearchText;

/**
 * Translates an {@link EventFilter} into a WHERE clause over {@code event e}: OR within a facet (one
 * IN list), AND across facets, organisations and places with their descendants, dates by overlap of the
 * whole intervals, text through FTS5. Names are resolved first, and an unknown one is an error that
 * names it, never an empty result.
 */
final class FilterSql {

    record Clause(String sql, List<Object> params) {
    }

    private FilterSql() {
    }

    static Clause where(Connection c, EventFilter filter) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!filter.organisations().isEmpty()) {
            Set<Long> roots = new LinkedHashSet<>();
            for (String name : filter.organisations()) {
                roots.add(Names.organisation(c, name).orElseThrow(() -> unknown("organisation", name)));
            }
            parts.add("e.id IN (SELECT event_id FROM event_organisation WHERE organisation_id IN "
                    + "(SELECT value FROM json_each(?)))");
            params.add(Names.withDescendants(c, "organisation", roots).toString());
        }
        if (!filter.themes().isEmpty()) {
            parts.add("e.id IN (SELECT event_id FROM event_theme WHERE theme_id IN (SELECT value FROM json_each(?)))");
            params.add(ids(c, "theme", "theme", filter.themes()).toString());
        }
        if (!filter.people().isEmpty()) {
            parts.add("e.id IN (SELECT event_id FROM event_person WHERE person_id IN (SELECT value FROM json_each(?)))");
            params.add(ids(c, "person", "person", filter.people()).toString());
        }
        if (!filter.places().isEmpty()) {
            parts.add("e.id IN (SELECT event_id FROM event_place WHERE place_id IN (SELECT value FROM json_each(?)))");
            params.add(placeIds(c, filter).toString());
        }
        if (filter.from() != null) {
            parts.add("e.last_day >= ?");
            params.add(filter.from().firstDay().toEpochDay());
        }
        if (filter.to() != null) {
            parts.add("e.first_day <= ?");
            params.add(filter.to().lastDay().toEpochDay());
        }
        if (filter.text() != null) {
            parts.add("e.id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)");
            params.add(ftsQuery(filter.text()));
        }
        return new Clause(parts.isEmpty() ? "1" : String.join(" AND ", parts), params);
    }

    /** The filter's places and every place inside them. */
    static List<Long> placeIds(Connection c, EventFilter filter) throws SQLException {
        return Names.withDescendants(c, "place", new LinkedHashSet<>(ids(c, "place", "place", filter.places())));
    }

    private static List<Long> ids(Connection c, String table, String what, Set<String> names) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(Names.byName(c, table, name).orElseThrow(() -> unknown(what, name)));
        }
        return ids;
    }

    private static StoreException unknown(String what, String name) {
        return new StoreException("unknown " + what + " '" + name + "'");
    }

    /**
     * Makes user text safe for FTS5: every word becomes a quoted phrase (so AND, OR, NEAR and
     * punctuation are plain words), all words must match, and a trailing '*' keeps prefix search.
     */
    static String ftsQuery(String text) {
        // a word given twice adds nothing to "every word" (a query of one word typed 300 times is that word)
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        for (String word : text.strip().split("\\s+")) {
            boolean prefix = word.endsWith("*") && word.length() > 1;
            // a run of ideographs or kana is cut as the index cuts it, and so looked for as a phrase (decision 0054)
            String bare = SearchText.words(prefix ? word.substring(0, word.length() - 1) : word).strip();
            String quoted = "\"" + bare.replace("\"", "\"\"") + "\"";
            terms.add(prefix ? quoted + "*" : quoted);
        }
        return String.join(" ", terms);
    }
}
