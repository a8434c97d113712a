package org.timescope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.timescope.model.Change;
import org.timescope.model.Era;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.storage.EditSession;
import org.timescope.service.storage.ImportMarks;

/**
 * The SQLite edit session: whole records written inside the transaction that {@link SqliteStorage#edit} opened.
 * It writes events (through the one {@link EventWriter}), takes imports back and appends to the change log; the
 * catalogue's entries are {@link CatalogRows}'.
 */
final class SqliteEditSession extends SessionRows implements EditSession {

    private final EventRepository reader;
    private final EventWriter events;
    private final CatalogRows catalogue;

    SqliteEditSession(Connection connection, EventRepository reader) {
        super(connection);
        this.reader = reader;
        this.events = new EventWriter(connection, new Existing());
        this.catalogue = new CatalogRows(connection);
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

    @Override
    public Optional<Era> era(String key) {
        try {
            return EraRows.byKey(c, key);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public List<Era> eras() {
        try {
            return EraRows.all(c);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createEra(Era era, long id) {
        try {
            if (Names.byKey(c, "era", era.key()).isPresent()) {
                throw new StoreException("era '" + era.key() + "' already exists");
            }
            return EraRows.insert(c, new Existing(), era, id);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void updateEra(Era after) {
        try {
            EraRows.replace(c, new Existing(), require("era", idOf("era", after.key()), after.key()), after);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void deleteEra(String key) {
        try {
            EraRows.delete(c, require("era", idOf("era", key), key));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public Optional<org.timescope.model.EventLink> link(String from, org.timescope.model.LinkKind kind, String to) {
        try {
            return EventLinkRows.one(c, from, kind, to);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public List<org.timescope.model.EventLink> linksOf(String eventKey) {
        try {
            return EventLinkRows.of(c, eventKey);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public long createLink(org.timescope.model.EventLink link, long id) {
        try {
            return EventLinkRows.insert(c, new Existing(), link, id);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void updateLink(org.timescope.model.EventLink after) {
        try {
            EventLinkRows.replace(c, new Existing(), require("link", idOf("link", after.key()), after.key()), after);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void deleteLink(String from, org.timescope.model.LinkKind kind, String to) {
        String key = org.timescope.model.EventLink.key(from, kind, to);
        try {
            EventLinkRows.delete(c, require("link", idOf("link", key), key));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void removeImported(ImportMarks m) {
        try {
            // the session's write lock raised the generation: its triggers need not raise it again for each of the
            // import's rows (a million events delete four to five million rows); back before the session commits
            java.util.List<String> triggers = GenerationTriggers.drop(c);
            removeImportedRows(m);
            GenerationTriggers.restore(c, triggers);
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    private void removeImportedRows(ImportMarks m) {
        try {
            if (m.events() > 0) {
                update("DELETE FROM event_fts WHERE rowid BETWEEN ? AND ?", m.firstEvent(), m.lastEvent());
                update("DELETE FROM event WHERE id BETWEEN ? AND ?", m.firstEvent(), m.lastEvent());
            }
            update("DELETE FROM indicator WHERE id > ?", m.before().getOrDefault("indicator", Long.MAX_VALUE));
            update("DELETE FROM era WHERE id > ?", m.before().getOrDefault("era", Long.MAX_VALUE));
            update("DELETE FROM event_link WHERE id > ?", m.before().getOrDefault("event_link", Long.MAX_VALUE));
            removeUnused("theme", "id NOT IN (SELECT theme_id FROM event_theme) "
                    + "AND id NOT IN (SELECT theme_id FROM era WHERE theme_id IS NOT NULL)", m);
            removeUnused("person", "id NOT IN (SELECT person_id FROM event_person)", m);
            removeUnused("source", "id NOT IN (SELECT source_id FROM evidence) AND id NOT IN "
                    + "(SELECT source_id FROM indicator) AND id NOT IN (SELECT source_id FROM era_evidence)", m);
            // children first: repeat while a round removes something
            while (removeUnused("organisation", "id NOT IN (SELECT organisation_id FROM event_organisation) "
                    + "AND id NOT IN (SELECT organisation_id FROM era WHERE organisation_id IS NOT NULL) "
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

    // ---- the catalogue, written by CatalogRows

    @Override
    public Optional<Organisation> organisation(String name) {
        return catalogue.organisation(name);
    }

    @Override
    public long createOrganisation(Organisation o, long id) {
        return catalogue.createOrganisation(o, id);
    }

    @Override
    public void updateOrganisation(String name, Organisation after) {
        catalogue.updateOrganisation(name, after);
    }

    @Override
    public void deleteOrganisation(String name) {
        catalogue.deleteOrganisation(name);
    }

    @Override
    public Optional<Theme> theme(String name) {
        return catalogue.theme(name);
    }

    @Override
    public long createTheme(Theme t, long id) {
        return catalogue.createTheme(t, id);
    }

    @Override
    public void updateTheme(String name, Theme after) {
        catalogue.updateTheme(name, after);
    }

    @Override
    public void deleteTheme(String name) {
        catalogue.deleteTheme(name);
    }

    @Override
    public Optional<Place> place(String name) {
        return catalogue.place(name);
    }

    @Override
    public long createPlace(Place p, long id) {
        return catalogue.createPlace(p, id);
    }

    @Override
    public void updatePlace(String name, Place after) {
        catalogue.updatePlace(name, after);
    }

    @Override
    public void deletePlace(String name) {
        catalogue.deletePlace(name);
    }

    @Override
    public Optional<String> person(String name) {
        return catalogue.person(name);
    }

    @Override
    public long createPerson(String name, long id) {
        return catalogue.createPerson(name, id);
    }

    @Override
    public void renamePerson(String name, String newName) {
        catalogue.renamePerson(name, newName);
    }

    @Override
    public void deletePerson(String name) {
        catalogue.deletePerson(name);
    }

    @Override
    public Optional<Source> source(String key) {
        return catalogue.source(key);
    }

    @Override
    public long createSource(Source s, long id) {
        return catalogue.createSource(s, id);
    }

    @Override
    public void updateSource(String key, Source after) {
        catalogue.updateSource(key, after);
    }

    @Override
    public void deleteSource(String key) {
        catalogue.deleteSource(key);
    }

    // ---- links moved by a merge, and back by its undo

    @Override
    public List<org.timescope.service.storage.LinkRow> links(String kind, String entry, String other) {
        try {
            return new LinkRows(c).links(kind, require(kind, idOf(kind, entry), entry), require(kind, idOf(kind, other), other));
        } catch (SQLException e) {
            throw sql(e);
        }
    }

    @Override
    public void replaceLinks(String kind, List<org.timescope.service.storage.LinkRow> before,
                             List<org.timescope.service.storage.LinkRow> after) {
        java.util.Map<String, Long> entries = new java.util.LinkedHashMap<>();
        for (List<org.timescope.service.storage.LinkRow> rows : List.of(before, after)) {
            for (org.timescope.service.storage.LinkRow r : rows) {
                String name = LinkRows.lower(r.entry());
                if (!entries.containsKey(name)) {
                    long id = idOf(kind, r.entry());
                    if (id < 0) {
                        throw new org.timescope.service.storage.ConflictException(kind + " '" + r.entry()
                                + "' was removed or renamed elsewhere; nothing was saved");
                    }
                    entries.put(name, id);
                }
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        try {
            new LinkRows(c).replace(kind, before, after, entries);
        } catch (SQLException e) {
            throw sql(e);
        }
    }
}
