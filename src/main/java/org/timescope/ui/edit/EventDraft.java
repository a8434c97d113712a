package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;

/**
 * The state of the event form, without a scene graph: every field as a property, the dates as typed with
 * what they read as ("→ June 2021 · month precision") or why they cannot be read, a message per invalid
 * field, {@link #validProperty()} for the Save button and {@link #toEvent()} for the command. Tested
 * without a toolkit.
 */
public final class EventDraft {

    /** One row of a list: a catalogue name and, for organisations and people, the role or title at the event. */
    public static final class Entry {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty role = new SimpleStringProperty(this, "role", "");

        public Entry(String name, String role) {
            this.name.set(name == null ? "" : name);
            this.role.set(role == null ? "" : role);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty roleProperty() {
            return role;
        }

        String cleanName() {
            return name.get() == null ? "" : name.get().strip();
        }

        String cleanRole() {
            String r = role.get() == null ? "" : role.get().strip();
            return r.isEmpty() ? null : r;
        }
    }

    private final TimelineEvent original;
    private final Vocabulary vocabulary;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final DateFields dates = new DateFields(this);
    private final StringProperty dateNote = new SimpleStringProperty(this, "dateNote", "");
    private final BooleanProperty approximate = new SimpleBooleanProperty(this, "approximate");
    private final BooleanProperty inferred = new SimpleBooleanProperty(this, "inferred");
    private final ObservableList<Entry> organisations = entries();
    private final ObservableList<Entry> people = entries();
    private final ObservableList<Entry> themes = entries();
    private final ObservableList<Entry> places = entries();
    private final ObservableList<org.timescope.model.Evidence> evidence = FXCollections.observableArrayList();
    private final List<org.timescope.model.Source> newSources = new ArrayList<>();
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");

    private EventDraft(TimelineEvent original, Vocabulary vocabulary) {
        this.original = original;
        this.vocabulary = vocabulary;
        for (Observable o : List.of(title, summary, category, dates.start(), dates.end(), dateNote, approximate, inferred,
                organisations, people, themes, places, evidence)) {
            o.addListener(x -> validate());
        }
    }

    private static ObservableList<Entry> entries() {
        return FXCollections.observableArrayList(e -> new Observable[] {e.name, e.role});
    }

    /** A form for an existing event, filled with its values. */
    public static EventDraft of(TimelineEvent event, Vocabulary vocabulary) {
        EventDraft d = new EventDraft(event, vocabulary);
        d.title.set(event.title());
        d.summary.set(nz(event.summary()));
        d.category.set(nz(event.category()));
        d.dates.set(event.when());
        d.dateNote.set(nz(event.dateNote()));
        d.approximate.set(event.approximate());
        d.inferred.set(event.inferred());
        event.organisations().forEach(o -> d.organisations.add(new Entry(o.organisation(), o.role())));
        event.people().forEach(p -> d.people.add(new Entry(p.name(), p.role())));
        event.themes().forEach(t -> d.themes.add(new Entry(t, null)));
        event.places().forEach(p -> d.places.add(new Entry(p, null)));
        d.evidence.setAll(event.evidence());
        d.validate();
        return d;
    }

    /** A form for a new event, its start filled in when known (the day clicked on the timeline). */
    public static EventDraft blank(PartialDate start, Vocabulary vocabulary) {
        EventDraft d = new EventDraft(null, vocabulary);
        d.dates.start().set(start == null ? "" : start.display());
        d.validate();
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void validate() {
        titleError.set(title.get() == null || title.get().isBlank() ? "A title is needed" : null);
        dates.check();
        valid.set(titleError.get() == null && dates.ok());
        changed.set(valid.get() && (original == null || !toEvent().equals(original)));
    }

    /**
     * The event the form describes (the original's key kept, the quotes as the form holds them; a new event has an empty key, which
     * the create command replaces by one made from its year and title).
     *
     * @throws IllegalStateException when the form is not valid
     */
    public TimelineEvent toEvent() {
        if (titleError.get() != null || !dates.ok()) {
            throw new IllegalStateException("the form is not valid");
        }
        DateSpan when = dates.span();
        List<OrganisationRole> orgs = distinct(organisations, en -> new OrganisationRole(en.cleanName(), en.cleanRole()));
        List<PersonRole> persons = distinct(people, en -> new PersonRole(en.cleanName(), en.cleanRole()));
        List<String> themeNames = distinct(themes, Entry::cleanName);
        List<String> placeNames = distinct(places, Entry::cleanName);
        return new TimelineEvent(original == null ? "" : original.key(), title.get().strip(), blankToNull(summary.get()),
                blankToNull(category.get()), when, approximate.get(), inferred.get(), blankToNull(dateNote.get()),
                placeNames, orgs, themeNames, persons, List.copyOf(evidence));
    }

    /** The event's quotes, in order: removed or added in the form (a quote is cut from its source, so verbatim). */
    public ObservableList<org.timescope.model.Evidence> evidence() {
        return evidence;
    }

    /** Adds a quote; {@code newSource} (or null) is a source added with it, stored before the event. */
    public void addQuote(org.timescope.model.Evidence quote, org.timescope.model.Source newSource) {
        if (newSource != null) {
            newSources.add(newSource);
        }
        if (!evidence.contains(quote)) {
            evidence.add(quote);
        }
    }

    /** The sources added in this form that the save must store (those its quotes still cite). */
    public List<org.timescope.model.Source> newSources() {
        return newSources.stream().filter(s -> evidence.stream().anyMatch(e -> e.sourceKey().equals(s.key()))).toList();
    }

    /** The rows with a name, each name once (the first row wins). */
    private static <T> List<T> distinct(List<Entry> rows, Function<Entry, T> as) {
        Set<String> seen = new LinkedHashSet<>();
        List<T> out = new ArrayList<>();
        for (Entry e : rows) {
            if (!e.cleanName().isEmpty() && seen.add(e.cleanName().toLowerCase(Locale.ROOT))) {
                out.add(as.apply(e));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The event as it was when the form was opened; null for a new one. */
    public TimelineEvent original() {
        return original;
    }

    public boolean isCreation() {
        return original == null;
    }

    /** Whether a name typed in a list is not in the catalogue (saving creates it: the form says "new"). */
    public boolean isNew(Vocabulary.Kind kind, String name) {
        return vocabulary.isNew(kind, name);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public ObservableList<Entry> list(Vocabulary.Kind kind) {
        return switch (kind) {
            case ORGANISATION -> organisations;
            case PERSON -> people;
            case THEME -> themes;
            case PLACE -> places;
        };
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty startProperty() {
        return dates.start();
    }

    public StringProperty endProperty() {
        return dates.end();
    }

    public StringProperty dateNoteProperty() {
        return dateNote;
    }

    public BooleanProperty approximateProperty() {
        return approximate;
    }

    public BooleanProperty inferredProperty() {
        return inferred;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    /** What the start reads as: "→ June 2021 · month precision", or null. */
    public ReadOnlyStringProperty startInfoProperty() {
        return dates.startInfo();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return dates.startError();
    }

    public ReadOnlyStringProperty endInfoProperty() {
        return dates.endInfo();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return dates.endError();
    }

    /** True when every field is valid (Save is enabled). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True when the form is valid and differs from the event as opened (always for a new event). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
