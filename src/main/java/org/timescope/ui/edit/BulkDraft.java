package org.timescope.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.timescope.model.TimelineEvent;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EventEdits;
import org.timescope.service.edit.EventEdits.BulkChange;

/**
 * What several selected events have in common and what is mixed among them — each theme, organisation and
 * place with how many of them have it, and the approximate and inferred flags as yes, no or mixed — and the
 * bulk commands that change them all at once. No scene graph.
 */
public final class BulkDraft {

    /** A name and how many of the selected events have it. */
    public record Usage(String name, int count, int of) {
        public boolean mixed() {
            return count < of;
        }

        /** "Copyright" when all have it, "Copyright (1 of 2)" when mixed. */
        public String text() {
            return mixed() ? name + " (" + count + " of " + of + ")" : name;
        }
    }

    /** A flag across the selection. */
    public enum Mixed {
        YES, NO, MIXED
    }

    private final List<TimelineEvent> events;

    public BulkDraft(List<TimelineEvent> events) {
        this.events = List.copyOf(events);
    }

    public List<TimelineEvent> events() {
        return events;
    }

    /** "2 events selected". */
    public String heading() {
        return events.size() + (events.size() == 1 ? " event selected" : " events selected");
    }

    public List<Usage> usage(Vocabulary.Kind kind) {
        return switch (kind) {
            case THEME -> count(TimelineEvent::themes);
            case ORGANISATION -> count(TimelineEvent::organisationNames);
            case PLACE -> count(TimelineEvent::places);
            case PERSON -> count(e -> e.people().stream().map(p -> p.name()).toList());
        };
    }

    private List<Usage> count(Function<TimelineEvent, List<String>> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TimelineEvent e : events) {
            names.apply(e).stream().distinct().forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream().map(x -> new Usage(x.getKey(), x.getValue(), events.size())).toList();
    }

    public Mixed approximate() {
        return flag(TimelineEvent::approximate);
    }

    public Mixed inferred() {
        return flag(TimelineEvent::inferred);
    }

    private Mixed flag(Predicate<TimelineEvent> flag) {
        long yes = events.stream().filter(flag).count();
        return yes == events.size() ? Mixed.YES : yes == 0 ? Mixed.NO : Mixed.MIXED;
    }

    /** Adds ({@code add}) or removes a theme, organisation or place on every selected event: one undo step. */
    public EditCommand change(Vocabulary.Kind kind, String name, boolean add) {
        String n = name.strip();
        BulkChange change = switch (kind) {
            case THEME -> BulkChange.theme(n, add);
            case ORGANISATION -> BulkChange.organisation(n, null, add);
            case PLACE -> BulkChange.place(n, add);
            case PERSON -> throw new IllegalArgumentException("people are not edited in bulk");
        };
        return EventEdits.bulk(events, change);
    }

    /** Sets "approximate" or "inferred" on every selected event. */
    public EditCommand flag(String flag, boolean value) {
        return EventEdits.bulk(events, BulkChange.flag(flag, value));
    }
}
