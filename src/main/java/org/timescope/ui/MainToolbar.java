package org.timescope.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.timeline.TimelineView;

/**
 * The toolbar: the search field (its text is the filter's text), "New event", the lane mode (bound to the
 * timeline's) and the zoom buttons.
 */
final class MainToolbar {
    private final TextField search = new TextField();
    private final ComboBox<LaneMode> lanes = new ComboBox<>(FXCollections.observableArrayList(LaneMode.values()));
    private final ToolBar bar;

    MainToolbar(BrowserModel model, TimelineView timeline, Runnable createEvent) {
        search.setId("search");
        search.setPromptText("Search titles, summaries and quotes");
        search.setPrefColumnCount(26);
        // the words are matched whole (FilterSql.ftsQuery): say how to match a word's beginnings
        search.setTooltip(new javafx.scene.control.Tooltip("Every word must appear, matched whole (accents ignored);"
                + "\nend a word with * to match its beginnings: patent* finds patents and patented;"
                + "\nChinese and Japanese words are found inside longer runs: 论坛 finds 上海知识产权论坛"));
        // a search runs when typing pauses (or at once on Enter, or when the field is emptied): one query for a
        // word typed, not one per key — a long query pasted or typed key by key never queues searches behind it
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> apply(model));
        search.textProperty().addListener((o, a, text) -> {
            if (text == null || text.isBlank()) {
                typing.stop();
                apply(model);
            } else {
                typing.playFromStart();
            }
        });
        search.setOnAction(e -> {
            typing.stop();
            apply(model);
        });
        lanes.setId("lane-mode");
        lanes.setValue(LaneMode.NONE);
        lanes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LaneMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public LaneMode fromString(String s) {
                return null;
            }
        });
        lanes.valueProperty().bindBidirectional(timeline.laneModeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lanesLabel = new Label("Lanes");
        Button create = new Button("New event", new FontIcon("mdi2p-plus"));
        create.setId("new-event");
        create.getStyleClass().add("flat");
        create.setTooltip(new Tooltip("A new event (Ctrl+N)"));
        create.setOnAction(e -> createEvent.run());
        bar = new ToolBar(new FontIcon("mdi2m-magnify"), search, create, spacer, lanesLabel, lanes,
                iconButton("zoom-in", "mdi2m-magnify-plus-outline", "Zoom in (+)", timeline::zoomIn),
                iconButton("zoom-out", "mdi2m-magnify-minus-outline", "Zoom out (−)", timeline::zoomOut),
                iconButton("zoom-fit", "mdi2a-arrow-expand-horizontal", "Zoom to fit all events (Ctrl+0)",
                        timeline::zoomToFit),
                iconButton("zoom-selection", "mdi2t-target", "Zoom to the selected event (Ctrl+E)",
                        timeline::zoomToSelection));
    }

    /** How long typing pauses before the search runs: shorter than a glance, longer than between two keys. */
    static final javafx.util.Duration TYPING_PAUSE = javafx.util.Duration.millis(180);

    /** The field's text becomes the filter's, unless it already is (the filter set it, or nothing changed). */
    private void apply(BrowserModel model) {
        String text = search.getText();
        String wanted = text == null || text.isBlank() ? null : text;
        String now = model.getFilter().text();
        if (!java.util.Objects.equals(wanted == null ? null : wanted.strip(), now == null ? null : now.strip())) {
            model.update(f -> f.withText(text));
        }
    }

    private static Button iconButton(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    ToolBar bar() {
        return bar;
    }

    TextField search() {
        return search;
    }
}
