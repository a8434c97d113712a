package org.timescope.ui.timeline;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.timescope.model.TimelineEvent;
import org.timescope.render.PaintStyle;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.TimeScale;

/**
 * A zoomable timeline of events. Holds what is shown (the index of filtered events, the theme order
 * for colours, the lane mode), the time window ({@link #scaleProperty()}: changes when the user zooms or
 * pans, and can be set from outside) and the selection. The skin draws it on one Canvas.
 */
public final class TimelineView extends Control {

    /** Zoom factor of one key press or wheel notch. */
    public static final double ZOOM_STEP = 1.25;

    private final ObjectProperty<EventIndex> index = new SimpleObjectProperty<>(this, "index", EventIndex.empty());
    private final ObjectProperty<List<String>> themeOrder = new SimpleObjectProperty<>(this, "themeOrder", List.of());
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.NONE);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<TimelineEvent> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<PaintStyle> paintStyle = new SimpleObjectProperty<>(this, "paintStyle", PaintStyle.LIGHT);
    private final BooleanProperty fitPending = new SimpleBooleanProperty(this, "fitPending", true);
    /** Said in the middle of the timeline when it shows no event (e.g. "No events match the filters"), or null. */
    private final javafx.beans.property.StringProperty emptyText =
            new javafx.beans.property.SimpleStringProperty(this, "emptyText");

    private final ObjectProperty<java.util.BitSet> marked = new SimpleObjectProperty<>(this, "marked", new java.util.BitSet());
    private final ObjectProperty<java.util.function.BiConsumer<TimelineEvent, Extend>> onExtend =
            new SimpleObjectProperty<>(this, "onExtend");

    /** How a click with a modifier changes a selection of several events. */
    public enum Extend {
        /** Shift-click: the event joins the selection. */
        ADD,
        /** Ctrl-click (Cmd on a Mac): the event joins the selection, or leaves it if it was in it. */
        TOGGLE
    }

    /**
     * The events selected together (index positions in {@link #getIndex()}), drawn with a tint and an outline;
     * empty when one event (or none) is selected. The window keeps it in step with the table's selected rows.
     */
    public ObjectProperty<java.util.BitSet> markedProperty() {
        return marked;
    }

    /**
     * What Shift-click and Ctrl-click on an event do (the window adds it to or toggles it in the selection of
     * several); without one they select the event alone.
     */
    public ObjectProperty<java.util.function.BiConsumer<TimelineEvent, Extend>> onExtendProperty() {
        return onExtend;
    }

    /** A plain click: this event (or none) alone, ending a selection of several. */
    void selectAlone(TimelineEvent event) {
        if (!marked.get().isEmpty()) {
            marked.set(new java.util.BitSet());
        }
        select(event);
    }

    /** A click with Shift or Ctrl on an event. */
    void extendSelection(TimelineEvent event, Extend how) {
        if (onExtend.get() != null) {
            onExtend.get().accept(event, how);
        } else {
            select(event);
        }
    }

    private final ObjectProperty<java.util.function.Consumer<TimelineEvent>> onActivate =
            new SimpleObjectProperty<>(this, "onActivate");

    /**
     * What Enter or a double-click on an event does (the window opens it for editing); without one they zoom
     * to the event.
     */
    public ObjectProperty<java.util.function.Consumer<TimelineEvent>> onActivateProperty() {
        return onActivate;
    }

    /** Enter or a double-click on the selected event: brought out of any cluster, then opened. */
    public void activateSelection() {
        revealSelection();
        if (onActivate.get() != null && getSelection() != null) {
            onActivate.get().accept(getSelection());
        } else {
            zoomToSelection();
        }
    }

    /** The day under x (in this control's coordinates), or NaN before the first layout. */
    public double dayAt(double x) {
        return getSkin() instanceof TimelineViewSkin skin ? skin.dayAt(x) : Double.NaN;
    }

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setId("timeline");
        setMinSize(200, 120);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    public ObjectProperty<EventIndex> indexProperty() {
        return index;
    }

    public EventIndex getIndex() {
        return index.get();
    }

    public void setIndex(EventIndex value) {
        index.set(value);
    }

    public ObjectProperty<List<String>> themeOrderProperty() {
        return themeOrder;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode);
    }

    /** The visible time window; null until the control has a width (then it fits all events). */
    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public TimeScale getScale() {
        return scale.get();
    }

    public void setScale(TimeScale value) {
        scale.set(value);
    }

    public ObjectProperty<TimelineEvent> selectionProperty() {
        return selection;
    }

    public TimelineEvent getSelection() {
        return selection.get();
    }

    public void select(TimelineEvent event) {
        selection.set(event);
    }

    public javafx.beans.property.StringProperty emptyTextProperty() {
        return emptyText;
    }

    public ObjectProperty<PaintStyle> paintStyleProperty() {
        return paintStyle;
    }

    private final ObjectProperty<List<org.timescope.model.Era>> eras = new SimpleObjectProperty<>(this, "eras", List.of());

    /** The eras drawn behind the events (and on the overview band), in date order. */
    public ObjectProperty<List<org.timescope.model.Era>> erasProperty() {
        return eras;
    }

    public List<org.timescope.model.Era> getEras() {
        return eras.get() == null ? List.of() : eras.get();
    }

    private final ObjectProperty<List<org.timescope.model.EventLink>> links =
            new SimpleObjectProperty<>(this, "links", List.of());

    /**
     * The selected event's links (decision 0032): drawn as connectors while that event is selected; links that do
     * not touch the selection are ignored, so a stale list never draws.
     */
    public ObjectProperty<List<org.timescope.model.EventLink>> linksProperty() {
        return links;
    }

    /** What the last paint drew of the selection's links: connectors and edge markers (for tests). */
    public org.timescope.render.LinkConnectors.Drawn linksDrawn() {
        return getSkin() instanceof TimelineViewSkin s ? s.linksDrawn() : org.timescope.render.LinkConnectors.Drawn.NONE;
    }

    /** When true, the next layout fits the scale to all events (set after a new index, cleared by the skin). */
    public BooleanProperty fitPendingProperty() {
        return fitPending;
    }

    /** Zooms in around the centre of the visible window. */
    public void zoomIn() {
        zoomAtCentre(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAtCentre(1 / ZOOM_STEP);
    }

    private void zoomAtCentre(double factor) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.zoomAt(s.width() / 2, factor));
        }
    }

    private double[] pendingRange;

    /** Shows [startDay, endDay) across the width (now, or at the first layout if there is no width yet). */
    public void showRange(double startDay, double endDay) {
        TimeScale s = getScale();
        if (s != null && !fitPending.get()) {
            setScale(new TimeScale(startDay, (endDay - startDay) / s.width(), s.width()));
        } else {
            pendingRange = new double[] {startDay, endDay};
            fitPending.set(false);
            requestLayout();
        }
    }

    /** The range asked for before the control had a width, once; null if none. */
    double[] takePendingRange() {
        double[] r = pendingRange;
        pendingRange = null;
        return r;
    }

    /** Shows every event. */
    public void zoomToFit() {
        pendingRange = null;
        fitPending.set(true);
        requestLayout();
    }

    /**
     * Shows the selected event across most of the width: a long one fits with a small margin each side (it is
     * never drawn at half the width, which zoomed out from a view it nearly filled); a day or a short span of days
     * gets at least three weeks around it; an event with a time of day fits its own hours or minutes (down to the
     * closest zoom, where a minute is 60 px wide).
     */
    public void zoomToSelection() {
        TimelineEvent e = getSelection();
        TimeScale s = getScale();
        if (e == null || s == null) {
            return;
        }
        double from = e.when().from();
        double to = e.when().until();
        double span = e.when().start().timed() ? to - from : Math.max(to - from, 20);
        setScale(TimeScale.fit((from + to - span) / 2, (from + to + span) / 2, s.width(), s.width() * 0.06));
    }

    /** Selects the next event in date order (the first if none is selected), keeping it in view. */
    public void selectNext() {
        step(1);
    }

    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        EventIndex idx = getIndex();
        if (idx.size() == 0) {
            return;
        }
        int at = getSelection() == null ? -1 : idx.indexOf(getSelection().key());
        int next = at < 0 ? (direction > 0 ? 0 : idx.size() - 1) : Math.max(0, Math.min(idx.size() - 1, at + direction));
        select(idx.event(next));
        revealSelection();
    }

    /**
     * Brings the selected event into view, drawn one by one and not counted in a cluster: pans to it and
     * zooms in only as far as needed, and scrolls the lanes to it. Before the control has a skin it only pans.
     */
    public void revealSelection() {
        TimelineEvent e = getSelection();
        TimeScale s = getScale();
        if (e == null || s == null) {
            return;
        }
        if (getSkin() instanceof TimelineViewSkin skin) {
            skin.reveal(e);
            return;
        }
        double first = e.when().firstDay().toEpochDay();
        double end = e.when().lastDay().toEpochDay() + 1;
        if (s.x(end) < 0 || s.x(first) > s.width() - 40) {
            setScale(s.centredOn((first + end) / 2));
        }
    }

    /**
     * Where the event is drawn, in this control's coordinates (a point on its marker or bar), if it is
     * laid out in the visible part; used by tests and by anything that anchors to an event.
     */
    public java.util.Optional<javafx.geometry.Point2D> locate(TimelineEvent event) {
        return getSkin() instanceof TimelineViewSkin skin ? skin.locate(event) : java.util.Optional.empty();
    }

    /** Where a cluster of the current layout is drawn (the middle of its badge), if it is in the visible part. */
    public java.util.Optional<javafx.geometry.Point2D> locate(org.timescope.timeline.layout.TimelineLayout.Cluster c) {
        return getSkin() instanceof TimelineViewSkin skin ? skin.locate(c) : java.util.Optional.empty();
    }

    /** The layout last drawn (what is on screen now), or null before the first paint. */
    public org.timescope.timeline.layout.TimelineLayout currentLayout() {
        return getSkin() instanceof TimelineViewSkin skin ? skin.currentLayout() : null;
    }

    /** Moves the window by a fraction of its width (positive: later). */
    public void panByFraction(double fraction) {
        TimeScale s = getScale();
        if (s != null) {
            setScale(s.panBy(s.width() * fraction));
        }
    }
}
