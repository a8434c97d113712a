package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timescope.model.ChangeGroup;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.EventEdits;
import org.timescope.ui.browse.BrowserModel;

/**
 * The window's editing actions — edit, create, duplicate, delete, bulk edit, undo, redo — and what follows each:
 * the write on the session's worker, then the window updated through {@link BrowserModel#applyEdit} only, and a
 * line in the status bar. A refused write leaves the window as it was and says why in one line.
 */
public final class EditActions {

    /** What the actions need of the window. */
    public interface Host {
        BrowserModel model();

        /** The selected events: the table's rows when several are selected, else the one selection (or none). */
        List<TimelineEvent> selected();

        /** Selects these events in the table again (after a bulk edit). */
        void select(List<String> keys);

        /** Shows a form in place of the detail pane; null shows the detail pane again. */
        void showSide(Node side);

        void status(String text);

        Window owner();

        /** Brings the selected row into the table's view (an edit that moved it left it out of sight). */
        default void revealSelection() {
        }
    }

    private final Curation curation;
    private final Host host;
    private EventForm form;

    public EditActions(Curation curation, Host host) {
        this.curation = curation;
        this.host = host;
        host.model().setReader(curation.executor());
    }

    public Curation curation() {
        return curation;
    }

    private Vocabulary vocabulary() {
        BrowserModel m = host.model();
        return new Vocabulary(m.organisations(), m.people(), m.themes(), m.places());
    }

    /** Enter, double-click, "Edit…": the form for one event, the bulk editor for several. */
    public void edit() {
        List<TimelineEvent> selected = host.selected();
        if (selected.size() == 1) {
            openForm(EventDraft.of(selected.get(0), vocabulary()));
        } else if (selected.size() > 1) {
            showBulk(selected);
        }
    }

    /** A new event, its start filled in with {@code start} when given (the day clicked on the timeline). */
    public void create(PartialDate start) {
        openForm(EventDraft.blank(start, vocabulary()));
    }

    private void openForm(EventDraft draft) {
        form = new EventForm(draft, this::save, this::closeSide,
                owner -> org.timescope.ui.evidence.EvidenceDialog.ask(owner,
                        List.copyOf(host.model().sources().values())));
        host.showSide(form);
        form.focusFirst();
    }

    /** Whether the event form is open (its keys come first). */
    public boolean formOpen() {
        return form != null;
    }

    /** Back to the detail pane, dropping what the form held. */
    public void closeSide() {
        form = null;
        host.showSide(null);
    }

    private void save(EventDraft draft) {
        EventForm saving = form;
        saving.saving(true);
        EditCommand command = draft.isCreation() ? EventEdits.create(draft.toEvent(), draft.newSources())
                : EventEdits.edit(draft.original(), draft.toEvent(), draft.newSources());
        curation.run(command, r -> {
            if (form == saving) {
                closeSide();
            }
            apply(r, r.group() == 0 ? "Nothing to save: the event is as it was" : r.summary() + " — saved");
        }, reason -> {
            saving.refused(reason);
            host.status("Not saved: " + reason);
        });
    }

    public void duplicate() {
        List<TimelineEvent> selected = host.selected();
        if (selected.size() == 1) {
            run(EventEdits.duplicate(selected.get(0)));
        }
    }

    /** Deletes the selected events after a confirmation that names them. */
    public void delete() {
        List<TimelineEvent> selected = host.selected();
        if (selected.isEmpty()) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Undo (Ctrl+Z) brings "
                + (selected.size() == 1 ? "it" : "them") + " back.", delete, ButtonType.CANCEL);
        ask.initOwner(host.owner());
        ask.setTitle("Delete");
        ask.setHeaderText(EditTexts.deleteQuestion(selected.stream().map(TimelineEvent::title).toList()));
        ask.getDialogPane().setId("delete-confirmation");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == delete) {
            closeSide();
            run(EventEdits.delete(selected));
        }
    }

    private void showBulk(List<TimelineEvent> events) {
        form = null;
        host.showSide(new BulkPane(new BulkDraft(events), vocabulary(), command -> {
            List<String> keys = events.stream().map(TimelineEvent::key).toList();
            curation.run(command, r -> apply(r, r.group() == 0 ? "Nothing to change: all " + keys.size()
                    + " events have it already" : r.summary() + " — saved").thenRun(() -> reopenBulk(keys)),
                    this::refused);
        }));
    }

    /** The bulk editor again on the same events as they are now (read off the FX thread). */
    private void reopenBulk(List<String> keys) {
        host.select(keys);
        curation.read(() -> {
            List<TimelineEvent> fresh = new ArrayList<>();
            for (String k : keys) {
                TimelineEvent e = curation.workspace().events().byKey(k);
                if (e != null) {
                    fresh.add(e);
                }
            }
            return fresh;
        }, fresh -> {
            if (fresh.size() > 1) {
                showBulk(fresh);
            }
        }, this::refused);
    }

    public void undo() {
        curation.undo(r -> apply(r, r.summary()), this::refused);
    }

    public void redo() {
        curation.redo(r -> apply(r, r.summary()), this::refused);
    }

    private void run(EditCommand command) {
        curation.run(command, r -> apply(r, r.summary() + " — saved"), this::refused);
    }

    private void refused(String reason) {
        host.status("Not saved: " + reason);
    }

    /**
     * An edit run elsewhere on this window's undo stack (the catalogue, a merge of two events) is shown as the
     * window's own are: the filters, the time window and the selection kept, and {@code done} in the status bar.
     */
    public void applied(EditResult r, String done) {
        apply(r, done);
    }

    /** Every edit's result reaches the window here, and through the model's one seam. */
    private java.util.concurrent.CompletableFuture<Void> apply(EditResult r, String done) {
        return host.model().applyEdit(r).whenComplete((v, failure) -> {
            if (failure != null) {
                host.status(done + ", but the window could not be updated: " + Curation.message(failure));
            } else {
                host.status(done + hidden(r));
                host.revealSelection();
            }
        });
    }

    /** When a created event does not pass the filters, say so (it is saved, just not shown). */
    private String hidden(EditResult r) {
        boolean created = r.changes().stream().anyMatch(c -> c.entity().equals("event") && c.whole() && c.before() == null);
        TimelineEvent selected = host.model().selectionProperty().get();
        return created && selected == null ? " (not shown: it does not match the filters)" : "";
    }

    /** Groups another program wrote: the window catches up through the same seam and says what changed. */
    public void external(List<ChangeGroup> groups) {
        List<org.timescope.model.Change> changes = new ArrayList<>();
        groups.forEach(g -> changes.addAll(g.changes()));
        ChangeGroup last = groups.get(groups.size() - 1);
        EditResult r = new EditResult(last.id(), "external", last.summary(), changes);
        String formNote = form != null && !form.draft().isCreation()
                && r.eventKeys().contains(form.draft().original().key())
                ? " — the event being edited changed too: saving keeps the other program's changes of the fields you did not touch"
                : "";
        curation.read(() -> EditTexts.external(groups, key -> {
            TimelineEvent e = curation.workspace().events().byKey(key);
            return e == null ? null : e.title();
        }), text -> apply(r, text + formNote), this::refused);
    }

    /** The Links section and the History section for the detail pane. */
    public Node footer(TimelineEvent event, java.util.function.Function<org.timescope.model.Evidence, Node> quote,
                       java.util.function.Consumer<List<org.timescope.model.EventLink>> shown) {
        return new javafx.scene.layout.VBox(8, new LinksSection(event, curation, new LinksSection.Actions() {
            @Override
            public void add(TimelineEvent here) {
                askLink(here, null, null);
            }

            @Override
            public void edit(TimelineEvent here, org.timescope.model.EventLink link, TimelineEvent other) {
                askLink(here, link, other);
            }

            @Override
            public void remove(org.timescope.model.EventLink link) {
                run(org.timescope.service.edit.LinkEdits.delete(link, titles()));
            }

            @Override
            public void select(TimelineEvent other) {
                host.model().selectionProperty().set(other);
            }
        }, quote, shown), history(event));
    }

    /**
     * Edit → Suggest series links…: events whose titles differ only by an ordinal or a year, not yet linked. The
     * ones left ticked are created as one undoable edit; unticked ones are dismissed (until asked again).
     */
    public void suggestSeries() {
        org.timescope.timeline.layout.EventIndex all = host.model().all();
        List<org.timescope.service.edit.SeriesSuggestions.Edition> editions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            editions.add(new org.timescope.service.edit.SeriesSuggestions.Edition(all.key(i), all.title(i),
                    (long) Math.floor(all.first(i))));
        }
        curation.read(() -> {
            List<org.timescope.model.EventLink> existing = curation.workspace().links().all();
            return org.timescope.service.edit.SeriesSuggestions.among(editions, l -> existing.stream()
                    .anyMatch(x -> x.sameAs(l.from(), l.to(), l.kind())));
        }, suggestions -> {
            if (suggestions.isEmpty()) {
                host.status("No series to suggest: no two titles differ only by an ordinal or a year");
                return;
            }
            List<org.timescope.model.EventLink> accepted = SeriesDialog.ask(host.owner(), suggestions);
            if (!accepted.isEmpty()) {
                run(org.timescope.service.edit.LinkEdits.createAll(accepted));
            }
        }, this::refused);
    }

    /** An event's title by its key, as the window knows it (the key itself for an event it does not show). */
    private java.util.function.UnaryOperator<String> titles() {
        org.timescope.timeline.layout.EventIndex all = host.model().all();
        return key -> {
            int i = all.indexOf(key);
            return i < 0 ? key : all.title(i);
        };
    }

    /** The link dialog; what it gives is one undoable edit (a new link, or the change of one). */
    private void askLink(TimelineEvent here, org.timescope.model.EventLink link, TimelineEvent other) {
        askLink(here, link, link, other, null);
    }

    /**
     * The dialog filled with {@code draft}; when the store refuses what was typed (already linked, an event deleted
     * meanwhile), it opens again with what was typed and the reason, instead of losing it to the status bar.
     */
    private void askLink(TimelineEvent here, org.timescope.model.EventLink link, org.timescope.model.EventLink draft,
                         TimelineEvent other, String problem) {
        org.timescope.model.EventLink typed = LinkDialog.ask(host.owner(), here, link, draft, other, host.model().all(),
                host.model().sources(), problem);
        if (typed == null) {
            return;
        }
        curation.run(link == null ? org.timescope.service.edit.LinkEdits.create(typed, titles())
                : org.timescope.service.edit.LinkEdits.change(link, typed, titles()), r -> apply(r, r.summary() + " — saved"),
                reason -> askLink(here, link, typed, other, reason));
    }

    /** The History section for the detail pane. */
    public Node history(TimelineEvent event) {
        return new HistorySection(event, curation);
    }
}
