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
        Dialog<EventLink> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(link == null ? "Add link" : "Edit link");
        dialog.setHeaderText("“" + here.title() + "” is …");
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
        kind.setValue(link == null ? new Choice(LinkKind.FOLLOWS, true)
                : new Choice(link.kind(), !link.kind().directed() || link.from().equals(here.key())));
        TextField search = new TextField(other == null ? "" : other.title());
        search.setId("link-search");
        search.setPromptText("Words of the other event's title");
        ListView<Integer> found = new ListView<>();
        found.setId("link-matches");
        found.setPrefHeight(160);
        found.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : index.when(i).display() + " — " + index.title(i));
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
        TextArea note = new TextArea(link == null || link.note() == null ? "" : link.note());
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
        Evidence first = link == null || link.evidence().isEmpty() ? null : link.evidence().get(0);
        source.setValue(first == null ? "" : first.sourceKey());
        TextArea quote = new TextArea(first == null ? "" : first.quote());
        quote.setId("link-quote");
        quote.setPrefRowCount(2);
        quote.setWrapText(true);
        quote.setPromptText("A verbatim quote from the source that supports the link");
        VBox form = new VBox(4, new Label("Kind"), kind, new Label("Other event"), search, found, new Label("Note"),
                note, new Label("Evidence (optional)"), source, quote);
        form.setPrefWidth(520);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                found.getSelectionModel().selectedItemProperty().isNull().or(kind.valueProperty().isNull()));
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Evidence> evidence = new ArrayList<>();
            if (source.getValue() != null && !source.getValue().isEmpty() && !quote.getText().isBlank()) {
                evidence.add(new Evidence(source.getValue(), quote.getText().strip(), -1, -1));
            }
            if (link != null && link.evidence().size() > 1) {
                evidence.addAll(link.evidence().subList(1, link.evidence().size()));
            }
            String otherKey = index.key(found.getSelectionModel().getSelectedItem());
            return kind.getValue().link(here.key(), otherKey, note.getText(), evidence);
        });
        javafx.application.Platform.runLater(search::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
