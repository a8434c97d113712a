package org.timescope.ui.edit;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.service.edit.DateText;

/**
 * The era form's state, outside the scene graph: the texts typed, checked as they change (dates read by
 * {@link DateText}, as in the event editor), and the era they make. The scope is "" for all, or
 * "Theme: NAME" / "Organisation: NAME"; the key of an era being edited is kept.
 */
public final class EraDraft {

    public static final String ALL = "All events";

    private final String key;
    private final List<org.timescope.model.Evidence> evidence;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final DateFields dates = new DateFields(this);
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", ALL);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final ReadOnlyStringWrapper colourError = new ReadOnlyStringWrapper(this, "colourError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    private EraDraft(String key, List<org.timescope.model.Evidence> evidence) {
        this.key = key;
        this.evidence = List.copyOf(evidence);
        for (StringProperty p : List.of(name, dates.start(), dates.end(), colour, scope, notes)) {
            p.addListener((o, a, b) -> check());
        }
        check();
    }

    /** A new era; its key is made from the name when saved. */
    public static EraDraft blank() {
        return new EraDraft(null, List.of());
    }

    public static EraDraft of(Era era) {
        EraDraft d = new EraDraft(era.key(), era.evidence());
        d.name.set(era.name());
        d.dates.set(era.when());
        d.colour.set(era.colour() == null ? "" : era.colour());
        d.scope.set(era.theme() != null ? "Theme: " + era.theme()
                : era.organisation() != null ? "Organisation: " + era.organisation() : ALL);
        d.notes.set(era.notes() == null ? "" : era.notes());
        return d;
    }

    private void check() {
        dates.check();
        String c = colour.get().strip();
        // each under its own field (one message under Notes said "A name is needed" far from the name)
        nameError.set(name.get().isBlank() ? "A name is needed" : null);
        colourError.set(!c.isEmpty() && !c.matches("#[0-9a-fA-F]{6}") ? "The colour is written #rrggbb (e.g. #8c6d1f)"
                : null);
        valid.set(dates.ok() && nameError.get() == null && colourError.get() == null);
    }

    /** The era typed; call only when {@link #validProperty()} is true. */
    public Era toEra() {
        DateSpan when = dates.span();
        String s = scope.get() == null ? ALL : scope.get();
        String theme = s.startsWith("Theme: ") ? s.substring(7) : null;
        String organisation = s.startsWith("Organisation: ") ? s.substring(14) : null;
        String k = key != null ? key : "era-" + name.get().strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + "-" + when.start();
        return new Era(k, name.get().strip(), when,
                colour.get().isBlank() ? null : colour.get().strip().toLowerCase(java.util.Locale.ROOT), organisation,
                theme, notes.get().isBlank() ? null : notes.get().strip(), evidence);
    }

    public boolean isNew() {
        return key == null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty startProperty() {
        return dates.start();
    }

    public StringProperty endProperty() {
        return dates.end();
    }

    public StringProperty colourProperty() {
        return colour;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty notesProperty() {
        return notes;
    }

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

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty colourErrorProperty() {
        return colourError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
