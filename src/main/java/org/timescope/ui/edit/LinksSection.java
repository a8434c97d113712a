package org.timescope.ui.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.Styles;

/**
 * The "Links" of the selected event in the detail pane (decision 0032): each link in words from this event's side
 * ("follows from: …", "part of: …", "edition of the same series as: …"), a click selecting and revealing the other
 * event, its note and evidence (opening the article like other evidence), with edit and remove buttons and "Add
 * link…". The links are read off the FX thread; the timeline is given them for its connectors.
 */
public final class LinksSection extends VBox {

    /** What the section asks of the window. */
    public interface Actions {
        void add(TimelineEvent event);

        void edit(TimelineEvent event, EventLink link, TimelineEvent other);

        void remove(EventLink link);

        void select(TimelineEvent other);
    }

    private final TimelineEvent event;
    private final Actions actions;
    private final Function<Evidence, Node> quote;

    /** The links read for one event, and the other ends' events by key. */
    record Read(List<EventLink> links, Map<String, TimelineEvent> others) {
    }

    public LinksSection(TimelineEvent event, Curation curation, Actions actions, Function<Evidence, Node> quote,
                        Consumer<List<EventLink>> shown) {
        super(4);
        this.event = event;
        this.actions = actions;
        this.quote = quote;
        setId("links");
        Label heading = new Label("Links");
        heading.getStyleClass().add(Styles.DETAIL_HEADING);
        getChildren().add(heading);
        curation.read(() -> {
            List<EventLink> links = curation.workspace().links().of(event.key());
            Map<String, TimelineEvent> others = new HashMap<>();
            for (EventLink l : links) {
                String other = l.other(event.key());
                others.computeIfAbsent(other, k -> curation.workspace().events().byKey(k));
            }
            return new Read(links, others);
        }, read -> {
            shown.accept(read.links());
            show(read);
        }, reason -> getChildren().add(muted("The links could not be read: " + reason)));
    }

    private void show(Read read) {
        int n = 0;
        for (EventLink l : read.links()) {
            TimelineEvent other = read.others().get(l.other(event.key()));
            getChildren().add(row(l, other, n++));
        }
        if (read.links().isEmpty()) {
            getChildren().add(muted("No links to other events."));
        }
        Button add = new Button("Add link…", new FontIcon("mdi2l-link-plus"));
        add.setId("link-add");
        add.getStyleClass().addAll("flat", "small");
        add.setTooltip(new Tooltip("Link this event to another one (follows from, part of, implements, series, related)"));
        add.setOnAction(x -> actions.add(event));
        getChildren().add(add);
    }

    private Node row(EventLink l, TimelineEvent other, int n) {
        boolean fromHere = l.from().equals(event.key());
        String title = other == null ? l.other(event.key()) : other.when().display() + " — " + other.title();
        Hyperlink go = new Hyperlink(l.kind().words(fromHere) + ": " + title);
        go.setId("link-" + n);
        go.setWrapText(true);
        go.setMinWidth(0);
        go.getStyleClass().add("ts-related");
        go.setTooltip(new Tooltip("Select and show this event"));
        go.setDisable(other == null);
        go.setOnAction(x -> actions.select(other));
        Button edit = small("mdi2p-pencil-outline", "Edit this link (kind, note, evidence)");
        edit.setOnAction(x -> actions.edit(event, l, other));
        Button remove = small("mdi2l-link-off", "Remove this link (Ctrl+Z brings it back)");
        remove.setId("link-remove-" + n);
        remove.setOnAction(x -> actions.remove(l));
        HBox.setHgrow(go, Priority.ALWAYS);
        go.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(2, go, edit, remove);
        VBox box = new VBox(2, line);
        if (l.note() != null) {
            box.getChildren().add(muted(l.note()));
        }
        for (Evidence e : l.evidence()) {
            box.getChildren().add(quote.apply(e));
        }
        box.getStyleClass().add("ts-link");
        return box;
    }

    private static Button small(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
