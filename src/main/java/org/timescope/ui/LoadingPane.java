package org.timescope.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.ui.timeline.TimelineView;

/**
 * What the window shows while a database is read: a message and a progress bar, and for a large database
 * a first picture of its events drawn from their dates alone while titles and links are still being read.
 */
final class LoadingPane extends StackPane {

    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    /** The dates the picture shows, once it is there. */
    private EventIndex previewed;
    /** A picture of the dates was put in and no pulse has laid it out yet. */
    private boolean previewAwaitingPulse;

    LoadingPane(String text) {
        message.setText(text);
        message.setId("loading-message");
        progress.setPrefWidth(320);
        VBox box = new VBox(10, message, progress);
        box.setAlignment(Pos.CENTER);
        getChildren().setAll(box);
    }

    Label message() {
        return message;
    }

    ProgressBar progress() {
        return progress;
    }

    /**
     * Shows the events' dates on a timeline above the message (not interactive: there is nothing to select
     * yet), over {@code range} (start and end epoch day) if given, else over all of them.
     */
    void preview(EventIndex dates, List<String> themes, double[] range, Appearance appearance) {
        TimelineView timeline = new TimelineView();
        timeline.setId("loading-preview");
        timeline.setMouseTransparent(true);
        timeline.setFocusTraversable(false);
        timeline.themeOrderProperty().set(themes);
        timeline.paintStyleProperty().set(appearance.paintStyle());
        timeline.setIndex(dates);
        if (range != null) {
            timeline.showRange(range[0], range[1]);
        }
        progress.setPrefWidth(240);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox status = new HBox(12, message, progress);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(8, 12, 8, 12));
        BorderPane layout = new BorderPane(timeline);
        layout.setBottom(status);
        getChildren().setAll(layout);
        previewed = dates;
        previewAwaitingPulse = true;
        javafx.scene.Scene scene = getScene();
        if (scene != null) {
            // a pulse, not any layout pass: Stage.show lays the scene out to size the window without drawing a frame
            NextPulse.afterLayout(scene, () -> previewAwaitingPulse = false);
        } else {
            previewAwaitingPulse = false; // not in a scene: nothing to wait for
        }
    }

    /** Whether the picture shows these very dates already. */
    boolean previews(EventIndex dates) {
        return previewed == dates;
    }

    /** True from {@link #preview} until the next pulse has laid the scene out (the pulse whose frame shows it). */
    boolean previewAwaitingPulse() {
        return previewAwaitingPulse;
    }
}
