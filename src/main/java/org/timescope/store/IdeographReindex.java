package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.timescope.service.storage.SearchText;

/**
 * Schema 8's step (V008__ideographs_searchable.sql): the events written before it whose text holds an ideograph
 * or a kana are indexed again, cut as {@link SearchText} cuts, inside the migration's transaction. The events are
 * found in SQLite first — a character at or above U+2E80 anywhere in the title, the summary or a quote, a GLOB
 * that reads no row into Java — so a collection of Latin text, at any size, is upgraded without reading its rows.
 */
final class IdeographReindex {

    /** Any character from CJK Radicals (U+2E80) to the last code point: wider than {@link SearchText} cuts. */
    private static final String ABOVE = "*[\u2E80-\uDBFF\uDFFF]*";

    private IdeographReindex() {
    }

    /** Indexes the candidates again; returns how many events were indexed again. */
    static int run(Connection c) throws SQLException {
        List<Object[]> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.title, e.summary FROM event e"
                + " WHERE e.title GLOB ?1 OR e.summary GLOB ?1"
                + " OR EXISTS (SELECT 1 FROM evidence q WHERE q.event_id = e.id AND q.quote GLOB ?1)")) {
            ps.setString(1, ABOVE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        int done = 0;
        try (PreparedStatement quotes = c.prepareStatement(
                "SELECT quote FROM evidence WHERE event_id = ? ORDER BY ordinal, id");
             PreparedStatement delete = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?, ?, ?, ?)")) {
            for (Object[] row : candidates) {
                long id = (Long) row[0];
                String title = (String) row[1];
                String summary = (String) row[2];
                List<String> quoted = new ArrayList<>();
                quotes.setLong(1, id);
                try (ResultSet rs = quotes.executeQuery()) {
                    while (rs.next()) {
                        quoted.add(rs.getString(1));
                    }
                }
                String evidence = EventWriter.searchEvidence(title, quoted);
                if (SearchText.words(title).equals(title) && same(summary) && SearchText.words(evidence).equals(evidence)) {
                    continue; // a character above U+2E80 that is not cut (a symbol, an emoji): indexed as it was
                }
                delete.setLong(1, id);
                delete.executeUpdate();
                insert.setLong(1, id);
                insert.setString(2, SearchText.words(title));
                insert.setString(3, SearchText.words(summary));
                insert.setString(4, SearchText.words(evidence));
                insert.executeUpdate();
                done++;
            }
        }
        return done;
    }

    private static boolean same(String text) {
        return text == null || SearchText.words(text).equals(text);
    }
}
