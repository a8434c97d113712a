package org.timescope.ui.edit;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.timescope.model.DateSpan;
import org.timescope.model.PartialDate;
import org.timescope.service.edit.DateText;

/**
 * The start and end fields of a form that edits a dated record (an event, an era): the text typed, what each
 * reads as ("→ June 2021 · month precision") or why it does not, and the span they make. One set of rules and
 * messages for every editor (decision 0031: the era form's date fields are the event form's).
 */
final class DateFields {

    private final StringProperty start;
    private final StringProperty end;
    private final ReadOnlyStringWrapper startInfo;
    private final ReadOnlyStringWrapper startError;
    private final ReadOnlyStringWrapper endInfo;
    private final ReadOnlyStringWrapper endError;

    /** @param bean the draft the properties belong to (their bean, as a form's bindings see it) */
    DateFields(Object bean) {
        start = new SimpleStringProperty(bean, "start", "");
        end = new SimpleStringProperty(bean, "end", "");
        startInfo = new ReadOnlyStringWrapper(bean, "startInfo");
        startError = new ReadOnlyStringWrapper(bean, "startError");
        endInfo = new ReadOnlyStringWrapper(bean, "endInfo");
        endError = new ReadOnlyStringWrapper(bean, "endError");
    }

    /** Fills the fields from a span, as the form shows it. */
    void set(DateSpan when) {
        start.set(when.start().display());
        end.set(when.end() == null ? "" : when.end().display());
    }

    /**
     * Reads the fields again and sets what each reads as or what is wrong with it: a start is needed, an end is
     * optional and may not lie before the start (by the span's own order, so a time before the start on the
     * same day is caught too).
     */
    void check() {
        DateText.Result s = DateText.parse(start.get());
        DateText.Result e = DateText.parse(end.get());
        startError.set(s.blank() ? "A start date is needed" : s.error());
        startInfo.set(s.ok() ? "→ " + DateText.describe(s.date()) : null);
        String endProblem = e.error();
        if (endProblem == null && s.ok() && e.ok()) {
            try {
                new DateSpan(s.date(), e.date());
            } catch (IllegalArgumentException x) {
                endProblem = "The end (" + e.date().display() + ") is before the start (" + s.date().display() + ")";
            }
        }
        endError.set(endProblem);
        endInfo.set(e.ok() && endProblem == null ? "→ " + DateText.describe(e.date()) : null);
    }

    /** Whether both fields read as a span. */
    boolean ok() {
        return startError.get() == null && endError.get() == null;
    }

    /** The span typed; call only when {@link #ok()}. An end equal to the start is no end. */
    DateSpan span() {
        PartialDate from = DateText.parse(start.get()).date();
        PartialDate to = end.get().isBlank() ? null : DateText.parse(end.get()).date();
        return new DateSpan(from, to == null || to.equals(from) ? null : to);
    }

    StringProperty start() {
        return start;
    }

    StringProperty end() {
        return end;
    }

    ReadOnlyStringProperty startInfo() {
        return startInfo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty startError() {
        return startError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty endInfo() {
        return endInfo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty endError() {
        return endError.getReadOnlyProperty();
    }
}
