package org.timescope.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import org.timescope.model.Counts;
import org.timescope.model.PartialDate;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.timeline.TimelineView;

/**
 * The status bar: how many events are shown of how many, the active filters, the time window shown and the
 * filter's problem if any, after the note of the last action (an edit saved or refused) until the view changes.
 */
final class StatusLine {
    private final Label label = new Label();
    private final BrowserModel model;
    private final TimelineView timeline;
    private String note;

    StatusLine(BrowserModel model, TimelineView timeline) {
        this.model = model;
        this.timeline = timeline;
        label.getStyleClass().add(Styles.STATUS_BAR);
        label.setId("status");
        label.setMaxWidth(Double.MAX_VALUE);
        // as wide as the window gives, ending in "…": a long search must not widen the window's content
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setPadding(new Insets(4, 10, 4, 10));
    }

    Label label() {
        return label;
    }

    /** Says what was done (or why not) before the counts, until {@link #clearNote()}. */
    void note(String text) {
        note = text;
        update();
    }

    void clearNote() {
        note = null;
    }

    /** Shows a message in place of the counts (the next update replaces it). */
    void show(String text) {
        label.setText(text);
    }

    void update() {
        StringBuilder sb = new StringBuilder();
        sb.append(Counts.ofTotal(model.getEvents().size(), model.total()));
        String active = model.getFilter().describe();
        sb.append(active.isEmpty() ? " · no filters" : " · " + active);
        TimeScale s = timeline.getScale();
        if (s != null) {
            sb.append(" · showing ").append(PartialDate.of(java.time.LocalDate.ofEpochDay((long) Math.floor(s.startDay()))).display())
                    .append(" – ").append(PartialDate.of(java.time.LocalDate.ofEpochDay((long) Math.floor(s.endDay()))).display());
        }
        if (model.problemProperty().get() != null) {
            sb.append(" · ").append(model.problemProperty().get());
        }
        sb.append("   ·   ~ approximate  * inferred");
        label.setText(note == null ? sb.toString() : note + "   ·   " + sb);
    }
}
