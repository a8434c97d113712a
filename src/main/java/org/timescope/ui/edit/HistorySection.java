package org.timescope.ui.edit;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.timescope.model.ChangeGroup;
import org.timescope.model.TimelineEvent;

/**
 * The "History" of an event in the detail pane, collapsed until opened (then it stays open for the next events
 * shown): its change groups, newest first — when, who, what the action was and each field "before → after",
 * undos included. Read from the change log off the FX thread when shown open.
 */
public final class HistorySection extends TitledPane {

    /** Whether the user left the section open: the next event's history opens too. */
    private static boolean open;
    static final int LIMIT = 50;

    private final VBox list = new VBox(6);
    private final TimelineEvent event;
    private final Curation curation;
    private boolean loaded;

    public HistorySection(TimelineEvent event, Curation curation) {
        this.event = event;
        this.curation = curation;
        setId("history");
        setText("History");
        getStyleClass().add(EditStyles.HISTORY);
        setContent(list);
        setExpanded(open);
        setAnimated(false);
        expandedProperty().addListener((o, a, now) -> {
            open = now;
            if (now) {
                load();
            }
        });
        if (open) {
            load();
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        list.getChildren().setAll(muted("Reading the change log …"));
        curation.read(() -> curation.workspace().changes().groups("event", event.key(), null, LIMIT), this::show,
                reason -> list.getChildren().setAll(muted("The history could not be read: " + reason)));
    }

    private void show(List<ChangeGroup> groups) {
        list.getChildren().clear();
        if (groups.isEmpty()) {
            list.getChildren().add(muted("No changes recorded for this event."));
            return;
        }
        for (ChangeGroup g : groups) {
            Label when = new Label(ChangeText.heading(g));
            when.getStyleClass().add(EditStyles.HISTORY_WHEN);
            Label what = wrapped(g.summary());
            what.setStyle("-fx-font-weight: bold;");
            VBox entry = new VBox(1, when, what);
            for (String line : ChangeText.lines(g, "event", event.key())) {
                entry.getChildren().add(wrapped("  " + line));
            }
            entry.getStyleClass().add("ts-history-entry");
            list.getChildren().add(entry);
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(EditStyles.HISTORY_WHEN);
        return l;
    }
}
