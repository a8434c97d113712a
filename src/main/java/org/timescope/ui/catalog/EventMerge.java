package org.timescope.ui.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EventEdits;

/**
 * Two events that are one, field by field: which side each field is taken from (lists may take both: their
 * union, left first), the event that results, and the command that merges them. The left event is kept (its
 * key stays), the right one is removed; every quote of both is kept.
 */
public final class EventMerge {

    /** The rows of the merge dialog. */
    public enum Field {
        TITLE("Title", false), SUMMARY("Summary", false), CATEGORY("Category", false), DATES("Dates", false),
        FLAGS("Date flags", false), DATE_NOTE("Date note", false), ORGANISATIONS("Organisations", true),
        THEMES("Themes", true), PEOPLE("People", true), PLACES("Places", true);

        private final String label;
        private final boolean list;

        Field(String label, boolean list) {
            this.label = label;
            this.list = list;
        }

        public String label() {
            return label;
        }

        /** Lists can take both sides. */
        public boolean isList() {
            return list;
        }
    }

    public enum Pick { LEFT, RIGHT, BOTH }

    private final TimelineEvent left;
    private final TimelineEvent right;
    private final Map<Field, Pick> picks = new EnumMap<>(Field.class);

    /**
     * By default every field is the left one's, unless only the right has a value; a list that differs takes
     * both (merging duplicates should lose no link unless asked to). The date flags and the date note describe
     * the dates, so they come from the side the dates come from (a month of one event with the other's note that
     * explains a year would contradict itself); they can still be picked apart afterwards.
     */
    public EventMerge(TimelineEvent left, TimelineEvent right) {
        if (left.key().equals(right.key())) {
            throw new IllegalArgumentException("an event is not merged with itself");
        }
        this.left = left;
        this.right = right;
        for (Field f : Field.values()) {
            String l = text(f, left);
            String r = text(f, right);
            Pick pick = l.isEmpty() && !r.isEmpty() ? Pick.RIGHT : Pick.LEFT;
            if (f.isList() && !l.isEmpty() && !r.isEmpty() && !l.equals(r)) {
                pick = Pick.BOTH;
            }
            picks.put(f, pick);
        }
        followDates(picks.get(Field.DATES));
    }

    private void followDates(Pick dates) {
        picks.put(Field.FLAGS, dates);
        picks.put(Field.DATE_NOTE, dates);
    }

    public TimelineEvent left() {
        return left;
    }

    public TimelineEvent right() {
        return right;
    }

    public Pick pick(Field field) {
        return picks.get(field);
    }

    public void pick(Field field, Pick pick) {
        if (pick == Pick.BOTH && !field.isList()) {
            throw new IllegalArgumentException(field.label() + " is taken from one side");
        }
        picks.put(field, Objects.requireNonNull(pick));
        if (field == Field.DATES) {
            followDates(pick); // the flags and the note go with the dates they describe
        }
    }

    /** True when both sides have the same value (the row needs no choice). */
    public boolean same(Field field) {
        return text(field, left).equals(text(field, right));
    }

    /** The event the merge makes: the left one's key, each field from the side picked, the quotes of both. */
    public TimelineEvent merged() {
        TimelineEvent dates = side(Field.DATES);
        TimelineEvent flags = side(Field.FLAGS);
        return new TimelineEvent(left.key(), side(Field.TITLE).title(), side(Field.SUMMARY).summary(),
                side(Field.CATEGORY).category(), dates.when(), flags.approximate(), flags.inferred(),
                side(Field.DATE_NOTE).dateNote(), list(Field.PLACES, TimelineEvent::places, s -> s),
                list(Field.ORGANISATIONS, TimelineEvent::organisations, OrganisationRole::organisation),
                list(Field.THEMES, TimelineEvent::themes, s -> s), list(Field.PEOPLE, TimelineEvent::people, PersonRole::name),
                quotes());
    }

    /** Every quote of both events, each once. */
    public List<Evidence> quotes() {
        Set<Evidence> all = new LinkedHashSet<>(left.evidence());
        all.addAll(right.evidence());
        return new ArrayList<>(all);
    }

    /** "all quotes are kept (5)". */
    public String quotesText() {
        return "all quotes are kept (" + quotes().size() + ")";
    }

    /** The merge as one undoable command. */
    public EditCommand command() {
        return EventEdits.merge(left, right, merged());
    }

    /** The resulting event in a few lines, for the preview. */
    public String preview() {
        TimelineEvent m = merged();
        StringBuilder sb = new StringBuilder(m.title()).append('\n');
        sb.append(text(Field.DATES, m));
        String flags = text(Field.FLAGS, m);
        sb.append(flags.isEmpty() ? "" : " · " + flags).append('\n');
        for (Field f : List.of(Field.ORGANISATIONS, Field.THEMES, Field.PEOPLE, Field.PLACES)) {
            String t = text(f, m);
            if (!t.isEmpty()) {
                sb.append(f.label()).append(": ").append(t).append('\n');
            }
        }
        sb.append("Evidence: ").append(quotesText()).append('\n');
        sb.append("Kept as ").append(left.key()).append("; ").append(right.key()).append(" is removed.");
        return sb.toString();
    }

    /** A field's value as the dialog shows it; empty when the event has none. */
    public static String text(Field field, TimelineEvent e) {
        return switch (field) {
            case TITLE -> e.title();
            case SUMMARY -> orEmpty(e.summary());
            case CATEGORY -> orEmpty(e.category());
            case DATES -> e.when().display() + " (" + e.when().precision().label() + ")";
            case FLAGS -> e.approximate() && e.inferred() ? "approximate, inferred"
                    : e.approximate() ? "approximate" : e.inferred() ? "inferred" : "neither";
            case DATE_NOTE -> orEmpty(e.dateNote());
            case ORGANISATIONS -> String.join("; ", e.organisations().stream()
                    .map(o -> o.role() == null ? o.organisation() : o.organisation() + " (" + o.role() + ")").toList());
            case THEMES -> String.join("; ", e.themes());
            case PEOPLE -> String.join("; ", e.people().stream()
                    .map(p -> p.role() == null ? p.name() : p.name() + " (" + p.role() + ")").toList());
            case PLACES -> String.join("; ", e.places());
        };
    }

    private TimelineEvent side(Field field) {
        return picks.get(field) == Pick.RIGHT ? right : left;
    }

    /** The list from the side picked, or both: the left's, then the right's entries whose name it lacks. */
    private <T> List<T> list(Field field, Function<TimelineEvent, List<T>> get, Function<T, String> name) {
        Pick pick = picks.get(field);
        if (pick != Pick.BOTH) {
            return get.apply(side(field));
        }
        List<T> out = new ArrayList<>(get.apply(left));
        for (T t : get.apply(right)) {
            if (out.stream().noneMatch(o -> name.apply(o).equalsIgnoreCase(name.apply(t)))) {
                out.add(t);
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
