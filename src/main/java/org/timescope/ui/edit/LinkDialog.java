package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.LinkKind;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.timeline.layout.EventIndex;

/**
 * A small dialog to add or edit a link of one event: how this event relates to the other ("follows from",
 * "followed by", "part of", "includes" …), the other event picked by typing words of its title, a note, and an
 * optional verbatim quote from one of the collection's sources.
 */
public final class LinkDialog {

    /** How this event relates to the other: a kind, and whether this event is the link's "from" end. */
    public record Choice(LinkKind kind, boolean fromHere) {
        public String words() {
            return kind.words(fromHere);
        }

        /** Every choice, each undirected kind once. */
        public static List<Choice> all() {
            List<Choice> all = new ArrayList<>();
            for (LinkKind k : LinkKind.values()) {
                all.add(new Choice(k, true));
                if (k.directed()) {
                    all.add(new Choice(k, false));
                }
            }
            return all;
        }

        public EventLink link(String here, String other, String note, List<Evidence> evidence) {
            return fromHere ? new EventLink(here, other, kind, note, evidence) : new EventLink(other, here, kind, note, evidence);
        }
    }

    private static final int MATCHES = 40;

    private LinkDialog() {
    }

    /** The positions of the events whose titles hold every word typed (at most 40), this event left out. */
    static List<Integer> matches(EventIndex index, String typed, String leaveOut) {
        String[] words = typed.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Integer> out = new ArrayList<>();
        if (typed.isBlank()) {
            return out;
        }
        for (int i = 0; i < index.size() && out.size() < MATCHES; i++) {
            String title = index.title(i).toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= title.contains(w);
            }
            if (all && !index.key(i).equals(leaveOut)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Shows the dialog; the link typed, or null when cancelled. {@code link} and {@code other} are null for a new one. */
    public static EventLink ask(Window owner, TimelineEvent here, EventLink link, TimelineEvent other, EventIndex index,
                                Map<String, Source> sources) {
        return ask(owner, here, link, link, other, index, sources, null);
    }

    /**
     * As {@link #ask(Window, TimelineEvent, EventLink, TimelineEvent, EventIndex, Map)}, its fields filled from
     * {@code draft} (what was typed before, or the link edited) and {@code problem} shown above them: the store refused
     * what was typed, and the dialog comes back with it so that nothing typed is lost.
     */
    public static EventLink ask(Window owner, TimelineEvent here, EventLink link, EventLink draft, TimelineEvent other,
                                EventIndex index, Map<String, Source> sources, String problem) {
        Dialog<EventLink> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(link == null ? "Add link" : "Edit link");
        Label heading = new Label("“" + here.title() + "” is …");
        heading.setId("link-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(520);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        heading.getStyleClass().add(EditStyles.HEADING);
        if (draft != null && draft != link) {
            String otherKey = draft.other(here.key());
            int at = index.indexOf(otherKey);
            other = at < 0 ? other : index.event(at);
        }
        ComboBox<Choice> kind = new ComboBox<>(FXCollections.observableArrayList(Choice.all()));
        kind.setId("link-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.words();
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setValue(draft == null ? new Choice(LinkKind.FOLLOWS, true)
                : new Choice(draft.kind(), !draft.kind().directed() || draft.from().equals(here.key())));
        TextField search = new TextField(other == null ? "" : other.title());
        search.setId("link-search");
        search.setPromptText("Words of the other event's title");
        ListView<Integer> found = new ListView<>();
        found.setId("link-matches");
        found.setPrefHeight(160);
        found.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            { // as wide as the list: a long title ends in "…" (its tooltip has it whole), no sideways scrolling
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : index.when(i).display() + " — " + index.title(i));
                setTooltip(empty || i == null ? null : new javafx.scene.control.Tooltip(getText()));
            }
        });
        search.textProperty().addListener((o, a, t) -> found.getItems().setAll(matches(index, t, here.key())));
        found.getItems().setAll(matches(index, search.getText(), here.key()));
        if (other != null) {
            int at = index.indexOf(other.key());
            if (at >= 0) {
                found.getSelectionModel().select(Integer.valueOf(at));
            }
        }
        TextArea note = new TextArea(draft == null || draft.note() == null ? "" : draft.note());
        note.setId("link-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        ComboBox<String> source = new ComboBox<>();
        source.setId("link-source");
        source.getItems().add("");
        source.getItems().addAll(sources.keySet().stream().sorted().toList());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                Source s = key == null ? null : sources.get(key);
                return s == null ? "(no evidence)" : s.title();
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        source.setMaxWidth(Double.MAX_VALUE);
        Evidence first = draft == null || draft.evidence().isEmpty() ? null : draft.evidence().get(0);
        source.setValue(first == null ? "" : first.sourceKey());
        TextArea quote = new TextArea(first == null ? "" : first.quote());
        quote.setId("link-quote");
        quote.setPrefRowCount(2);
        quote.setWrapText(true);
        quote.setPromptText("A verbatim quote from the source that supports the link");
        Label refused = message("link-problem", EditStyles.ERROR, problem == null ? null : "Not saved: " + problem);
        Label order = message("link-order", EditStyles.WARNING, null);
        Runnable checkOrder = () -> show(order, orderWarning(index, here, kind.getValue(),
                found.getSelectionModel().getSelectedItem()));
        kind.valueProperty().addListener((o, a, b) -> checkOrder.run());
        found.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> checkOrder.run());
        checkOrder.run();
        VBox form = new VBox(4, heading, refused, new Label("Kind"), kind, new Label("Other event"), search, found, order,
                new Label("Note"), note, new Label("Evidence (optional)"), source, quote);
        form.setPrefWidth(520);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.scene.control.Button ok = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(
                found.getSelectionModel().selectedItemProperty().isNull().or(kind.valueProperty().isNull()));
        // what the store would refuse is said here, with everything typed still in the dialog
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String wrong = evidenceProblem(sources, source.getValue(), quote.getText());
            if (wrong != null) {
                show(refused, wrong);
                e.consume();
            }
        });
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Evidence> evidence = new ArrayList<>();
            if (source.getValue() != null && !source.getValue().isEmpty() && !quote.getText().isBlank()) {
                evidence.add(new Evidence(source.getValue(), quote.getText().strip(), -1, -1));
            }
            if (draft != null && draft.evidence().size() > 1) {
                evidence.addAll(draft.evidence().subList(1, draft.evidence().size()));
            }
            String otherKey = index.key(found.getSelectionModel().getSelectedItem());
            return kind.getValue().link(here.key(), otherKey, note.getText(), evidence);
        });
        javafx.application.Platform.runLater(search::requestFocus);
        return dialog.showAndWait().orElse(null);
    }

    /**
     * Why the evidence typed cannot be stored, or null: a quote needs the source it is from, and must be a verbatim
     * part of that source's text when the collection holds the text (the rule the store applies to every quote).
     */
    static String evidenceProblem(Map<String, Source> sources, String sourceKey, String quote) {
        String q = quote == null ? "" : quote.strip();
        if (q.isEmpty()) {
            return null;
        }
        Source s = sourceKey == null || sourceKey.isEmpty() ? null : sources.get(sourceKey);
        if (s == null) {
            return "The quote has no source: choose the source it is from, or clear the quote.";
        }
        if (s.text() != null && !s.text().contains(q)) {
            return "The quote is not a verbatim part of “" + s.title() + "”: copy it as the source has it.";
        }
        return null;
    }

    /**
     * A warning when the kind reads against the dates: this event "follows from" or "implements" an event that lies
     * wholly after it, or is "followed by" or "implemented by" one wholly before it. Overlapping or imprecise dates
     * (a year against a day in it) are not warned about.
     */
    static String orderWarning(EventIndex index, TimelineEvent here, Choice choice, Integer other) {
        int at = index.indexOf(here.key());
        if (choice == null || other == null || at < 0 || !choice.kind().directed()
                || choice.kind() == LinkKind.PART_OF) {
            return null;
        }
        int from = choice.fromHere() ? at : other;
        int to = choice.fromHere() ? other : at;
        if (index.end(from) > index.first(to)) { // end: the day after the last
            return null;
        }
        String word = choice.kind() == LinkKind.FOLLOWS ? "follow from" : "implement";
        return "“" + index.title(from) + "” (" + index.when(from).display() + ") is dated before “" + index.title(to)
                + "” (" + index.when(to).display() + "): an event usually does not " + word + " a later one";
    }

    private static Label message(String id, String style, String text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        show(l, text);
        return l;
    }

    private static void show(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }
}
