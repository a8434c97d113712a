package org.timescope.ui;

import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.edit.EventDraft;
import org.timescope.ui.edit.Vocabulary;

/**
 * One candidate of an article under review: whether the reviewer takes it, and every field of it in the curation
 * editor's {@link EventDraft} (title, dates, precision, flags, date note, kind, summary, organisations with roles,
 * people with titles, themes, places, quotes). What is stored is {@link #event()}: the draft as the form shows it,
 * under the candidate's key. A candidate whose year the text leaves open starts with its day and month alone
 * ("4 December"): the form says the year is missing, and it cannot be imported until the reviewer types one.
 */
final class CandidateDraft {

    final ArticleExtractor.Candidate candidate;
    final BooleanProperty accepted;
    final EventDraft draft;
    private final String key;
    private final String extractedNote;

    CandidateDraft(ArticleExtractor.Candidate c, String sourceKey, Vocabulary vocabulary) {
        this.candidate = c;
        this.accepted = new SimpleBooleanProperty(c.dated());
        if (c.dated()) {
            draft = EventDraft.of(c.event(), vocabulary);
            key = c.event().key();
        } else {
            draft = EventDraft.blank(null, vocabulary);
            key = sourceKey + "-" + c.sentenceStart();
            fillUndated(c);
        }
        extractedNote = draft.dateNoteProperty().get();
        // a date the reviewer changes is theirs: the note says so (visibly, so what is stored is what is shown)
        if (c.dated()) {
            draft.startProperty().addListener((o, a, b) -> dateEdited());
            draft.endProperty().addListener((o, a, b) -> dateEdited());
        } else {
            draft.validProperty().addListener((o, a, valid) -> {
                if (valid) {
                    dateEdited();
                }
            });
        }
    }

    private void fillUndated(ArticleExtractor.Candidate c) {
        draft.titleProperty().set(c.title());
        draft.dateNoteProperty().set(c.note() == null ? "" : c.note());
        ArticleExtractor.Open open = c.open();
        if (open == null) {
            return;
        }
        draft.startProperty().set(dayMonth(open.day()));
        draft.endProperty().set(dayMonth(open.until()));
        draft.inferredProperty().set(true);
        draft.categoryProperty().set(open.category() == null ? "" : open.category());
        draft.summaryProperty().set(open.summary() == null ? "" : open.summary());
        open.organisations().forEach(r -> draft.list(Vocabulary.Kind.ORGANISATION)
                .add(new EventDraft.Entry(r.organisation(), r.role())));
        open.people().forEach(p -> draft.list(Vocabulary.Kind.PERSON).add(new EventDraft.Entry(p.name(), p.role())));
        open.themes().forEach(t -> draft.list(Vocabulary.Kind.THEME).add(new EventDraft.Entry(t, null)));
        open.places().forEach(p -> draft.list(Vocabulary.Kind.PLACE).add(new EventDraft.Entry(p, null)));
        draft.evidence().setAll(open.evidence());
    }

    /** "4 December": how a day without its year is written in the form (the form asks for the year). */
    static String dayMonth(MonthDay day) {
        return day == null ? "" : day.getDayOfMonth() + " " + Month.of(day.getMonthValue())
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private void dateEdited() {
        if (!Objects.equals(draft.dateNoteProperty().get(), extractedNote)) {
            return; // the reviewer wrote a note of their own, or this was said already
        }
        if (candidate.dated()) {
            draft.dateNoteProperty().set("date set by the reviewer");
            draft.inferredProperty().set(false);
        } else {
            draft.dateNoteProperty().set("year given by the reviewer; the article says '" + extractedNote + "'");
        }
    }

    /** The event to store, exactly as the form shows it; empty while a field is not valid (a year still open). */
    Optional<TimelineEvent> event() {
        if (!draft.validProperty().get()) {
            return Optional.empty();
        }
        TimelineEvent e = draft.toEvent();
        return Optional.of(new TimelineEvent(key, e.title(), e.summary(), e.category(), e.when(), e.approximate(),
                e.inferred(), e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence()));
    }

    /** Why the candidate cannot be imported as it stands (the first field's message), or null. */
    String problem() {
        return Stream.of(draft.titleErrorProperty().get(), draft.startErrorProperty().get(),
                draft.endErrorProperty().get()).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
