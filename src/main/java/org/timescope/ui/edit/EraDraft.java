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
import org.timescope.model.PartialDate;
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
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");
    private final StringProperty scope = new SimpleStringProperty(this, "scope", ALL);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper startInfo = new ReadOnlyStringWrapper(this, "startInfo");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError");
    private final ReadOnlyStringWrapper endInfo = new ReadOnlyStringWrapper(this, "endInfo");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper(this, "endError");
    private final ReadOnlyStringWrapper otherError = new ReadOnlyStringWrapper(this, "otherError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    private EraDraft(String key, List<org.timescope.model.Evidence> evidence) {
        this.key = key;
        this.evidence = List.copyOf(evidence);
        for (StringProperty p : List.of(name, start, end, colour, scope, notes)) {
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
        d.start.set(era.when().start().toString());
        d.end.set(era.when().end() == null ? "" : era.when().end().toString());
        d.colour.set(era.colour() == null ? "" : era.colour());
        d.scope.set(era.theme() != null ? "Theme: " + era.theme()
                : era.organisation() != null ? "Organisation: " + era.organisation() : ALL);
        d.notes.set(era.notes() == null ? "" : era.notes());
        return d;
    }

    private void check() {
        DateText.Result s = DateText.parse(start.get());
        DateText.Result e = DateText.parse(end.get());
        startError.set(s.blank() ? "A start date is needed" : s.error());
        startInfo.set(s.ok() ? "→ " + DateText.describe(s.date()) : null);
        String endProblem = e.error();
        if (endProblem == null && s.ok() && e.ok()) {
            try {
                new DateSpan(s.date(), e.date());
            } catch (IllegalArgumentException x) {
                endProblem = "The end is before the start";
            }
        }
        endError.set(endProblem);
        endInfo.set(e.ok() && endProblem == null ? "→ " + DateText.describe(e.date()) : null);
        String c = colour.get().strip();
        otherError.set(name.get().isBlank() ? "A name is needed"
                : !c.isEmpty() && !c.matches("#[0-9a-fA-F]{6}") ? "The colour is written #rrggbb (e.g. #8c6d1f)" : null);
        valid.set(startError.get() == null && endError.get() == null && otherError.get() == null);
    }

    /** The era typed; call only when {@link #validProperty()} is true. */
    public Era toEra() {
        PartialDate from = DateText.date(start.get());
        PartialDate to = end.get().isBlank() ? null : DateText.date(end.get());
        String s = scope.get() == null ? ALL : scope.get();
        String theme = s.startsWith("Theme: ") ? s.substring(7) : null;
        String organisation = s.startsWith("Organisation: ") ? s.substring(14) : null;
        String k = key != null ? key : "era-" + name.get().strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + "-" + from;
        return new Era(k, name.get().strip(), new DateSpan(from, to == null || to.equals(from) ? null : to),
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
        return start;
    }

    public StringProperty endProperty() {
        return end;
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
        return startInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endInfoProperty() {
        return endInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty otherErrorProperty() {
        return otherError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
