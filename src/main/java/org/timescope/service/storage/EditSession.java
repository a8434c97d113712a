package org.timescope.service.storage;

import java.util.List;
import java.util.Optional;
import org.timescope.model.Change;
import org.timescope.model.Era;
import org.timescope.model.EventLink;
import org.timescope.model.LinkKind;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * The writes of one user action, all inside one transaction (see {@link Storage#edit}): whole records in,
 * whole records out. Ids are the engine's opaque store ids; giving one back when re-creating an entry
 * (undoing a delete) restores it where it was, so orders that follow ids (theme colours) come back too.
 * An id of 0 lets the store choose. Names and keys are matched without regard to case, as everywhere.
 */
public interface EditSession {

    Optional<TimelineEvent> event(String key);

    /** The store id of an event, or -1. */
    long eventId(String key);

    /** Stores a new event (its organisations, themes, people, places and sources must exist); returns its id. */
    long createEvent(TimelineEvent event, long id);

    /** Replaces the stored event {@code key} (whose key does not change) with {@code after}. */
    void updateEvent(TimelineEvent after);

    void deleteEvent(String key);

    Optional<Era> era(String key);

    /** Every era, in the collection's order (a few: a collection has periods, not thousands). */
    List<Era> eras();

    /** Stores a new era (its organisation or theme and its sources must exist); returns its id. */
    long createEra(Era era, long id);

    /** Replaces the stored era {@code key} (whose key does not change) with {@code after}. */
    void updateEra(Era after);

    void deleteEra(String key);

    /** The link {@code from} {@code kind} {@code to}, if stored. */
    Optional<EventLink> link(String from, LinkKind kind, String to);

    /** The links from or to an event. */
    List<EventLink> linksOf(String eventKey);

    /** Stores a new link (both events and its evidence's sources must exist); returns its id. */
    long createLink(EventLink link, long id);

    /** Replaces the note and evidence of the stored link with the same ends and kind. */
    void updateLink(EventLink after);

    void deleteLink(String from, LinkKind kind, String to);

    /** The keys of the events that use a catalogue entry ({@code kind} organisation, theme, person, place or source). */
    List<String> eventsUsing(String kind, String name);

    /**
     * The links to {@code entry} ({@code kind} organisation, theme, person or place) and, on the same events, the
     * links to {@code other}: what a merge of {@code entry} into {@code other} changes.
     */
    List<LinkRow> links(String kind, String entry, String other);

    /**
     * Replaces link rows: the rows {@code before} (which must be all the links their entries have on their events,
     * as they are now, else {@link ConflictException}) become the rows {@code after} — a merge's move of every
     * link from one entry to another in a few statements, and its exact undo with the lists swapped.
     */
    void replaceLinks(String kind, List<LinkRow> before, List<LinkRow> after);

    /** The catalogue entries whose parent is this one ({@code kind} organisation or place). */
    List<String> children(String kind, String name);

    long idOf(String kind, String name);

    /** The organisation a name stands for: its name, acronym or one of its aliases. */
    Optional<Organisation> organisation(String name);

    long createOrganisation(Organisation organisation, long id);

    /** Replaces the organisation called {@code name} (it may be renamed) with {@code after}. */
    void updateOrganisation(String name, Organisation after);

    void deleteOrganisation(String name);

    Optional<Theme> theme(String name);

    long createTheme(Theme theme, long id);

    void updateTheme(String name, Theme after);

    void deleteTheme(String name);

    Optional<Place> place(String name);

    long createPlace(Place place, long id);

    void updatePlace(String name, Place after);

    void deletePlace(String name);

    /** The person's name as stored, if the catalogue has it. */
    Optional<String> person(String name);

    long createPerson(String name, long id);

    void renamePerson(String name, String newName);

    void deletePerson(String name);

    Optional<Source> source(String key);

    long createSource(Source source, long id);

    void updateSource(String key, Source after);

    void deleteSource(String key);

    /**
     * Removes what an import stored (its marks, as {@link ImportMarks}): its events and the catalogue entries
     * and sources it created that nothing uses any more.
     */
    void removeImported(ImportMarks marks);

    /** Appends the action's record to the change log; returns the group's id. */
    long log(String author, String action, String summary, long undoes, List<Change> changes);
}
