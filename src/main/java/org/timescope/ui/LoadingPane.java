package org.timescope.ui;

import java.util.List;
import javafx.scene.layout.StackPane;
import org.timescope.render.PaintStyle;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.ui.timeline.LoadingPicture;

/**
 * What the window shows while a database is read: a message and a progress bar, and for a large database
 * a first picture of its events drawn from their dates alone while titles and links are still being read. It holds
 * no control and needs no stylesheet ({@link LoadingPicture}, decision 0049), so a start's first frame does not wait
 * for the theme.
 */
final class LoadingPane extends StackPane {

    private final LoadingPicture picture;
    /** The dates the picture shows, once it is there. */
    private EventIndex previewed;
    /** A picture of the dates was put in and no pulse has laid it out yet. */
    private boolean previewAwaitingPulse;

    LoadingPane(String text) {
        this(text, PaintStyle.LIGHT);
    }

    LoadingPane(String text, PaintStyle style) {
        picture = new LoadingPicture(text, style);
        picture.setId("loading-picture");
        getChildren().setAll(picture);
    }

    String message() {
        return picture.message();
    }

    void setMessage(String text) {
        picture.setMessage(text);
    }

    void setProgress(double share) {
        picture.setProgress(share);
    }

    /** Whether the pane shows the events' dates. */
    boolean showsDates() {
        return picture.showsDates();
    }

    /**
     * Shows the events' dates on a timeline above the message (not interactive: there is nothing to select
     * yet), over {@code range} (start and end epoch day) if given, else over all of them.
     */
    void preview(EventIndex dates, List<String> themes, double[] range) {
        picture.setDates(dates, themes, range);
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
