package org.timescope.ui.timeline;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.timescope.model.TimelineEvent;
import org.timescope.render.Surface;
import org.timescope.render.TimelinePainter;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.HitTest;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.Reveal;
import org.timescope.timeline.layout.TextMeasurer;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * Draws a {@link TimelineView} on one Canvas. Any change only marks the picture dirty and asks for a
 * layout pass; the canvas is painted in {@link #layoutChildren}, so at most once per pulse.
 */
final class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double AXIS_HEIGHT = 44;
    static final double HEADER_WIDTH = 200;
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final Tooltip tooltip = new Tooltip();
    private final LayoutEngine engine;
    private List<Lane> lanes = List.of();
    private TimelineLayout current;
    private LayoutOptions currentOptions = LayoutOptions.defaults(3);
    /** An event to scroll the lanes to once it is laid out (after a reveal), or -1. */
    private int scrollTo = -1;
    private ClusterList openCluster;
    private int hovered = -1;
    private boolean adjusting;
    private double pressX;
    private double pressY;
    private double pressScroll;
    private TimeScale pressScale;
    private boolean dragged;
    private double pointerX = Double.NaN;

    TimelineViewSkin(TimelineView view) {
        super(view);
        engine = new LayoutEngine(measurer());
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setVisible(false);
        getChildren().addAll(canvas, scrollBar);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        view.indexProperty().addListener((o, a, b) -> rebuildLanes());
        view.laneModeProperty().addListener((o, a, b) -> rebuildLanes());
        view.themeOrderProperty().addListener((o, a, b) -> rebuildLanes());
        view.emptyTextProperty().addListener((o, a, b) -> redraw());
        view.scaleProperty().addListener((o, a, b) -> redraw());
        view.selectionProperty().addListener((o, a, b) -> redraw());
        view.markedProperty().addListener((o, a, b) -> redraw());
        view.linksProperty().addListener((o, a, b) -> redraw());
        view.paintStyleProperty().addListener((o, a, b) -> redraw());
        view.erasProperty().addListener((o, a, b) -> {
            getSkinnable().requestLayout(); // the era names may need more room to scroll
            redraw();
        });
        view.focusedProperty().addListener((o, a, b) -> redraw());
        scrollBar.valueProperty().addListener((o, a, b) -> redraw());
        rebuildLanes();

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> zoomAt(e.getX(), e.getZoomFactor()));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointerX = Double.NaN;
            setHovered(-1);
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(view, this::scrollLanes, this::zoomAtPointer));
    }

    private TextMeasurer measurer() {
        return TextMeasurer.cached(t -> surface.textWidth(t, getSkinnable().paintStyleProperty().get().label()), 50_000);
    }

    private void rebuildLanes() {
        TimelineView view = getSkinnable();
        lanes = Lane.of(view.getIndex(), view.getLaneMode(), view.themeOrderProperty().get());
        scrollBar.setValue(0);
        redraw();
    }

    private void redraw() {
        if (!adjusting) {
            getSkinnable().requestLayout();
        }
    }

    double headerWidth() {
        return getSkinnable().getLaneMode() == LaneMode.NONE ? 0 : HEADER_WIDTH;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        adjusting = true;
        try {
            TimelineView view = getSkinnable();
            double barWidth = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
            double canvasWidth = Math.max(1, w - barWidth);
            canvas.setWidth(canvasWidth);
            canvas.setHeight(Math.max(1, h));
            canvas.relocate(x, y);
            double timeWidth = Math.max(1, canvasWidth - headerWidth());
            view.setScale(scaleFor(view, timeWidth));
            currentOptions = options(h);
            double scroll = scrollBar.getValue();
            current = layoutAround(scroll, h);
            updateScrollBar(x, y, w, h);
            scrollToPending(h);
            if (scrollBar.getValue() != scroll) {
                current = layoutAround(scrollBar.getValue(), h); // clamped or scrolled to an event
            }
            paint();
        } finally {
            adjusting = false;
        }
    }

    /**
     * The lanes the view shows at this scroll position, plus a view's height above and below (a wheel step
     * or a short drag stays inside), laid out one by one; the others only counted (decision 0038).
     */
    private TimelineLayout layoutAround(double scroll, double h) {
        TimelineView view = getSkinnable();
        double visible = Math.max(0, h - AXIS_HEIGHT);
        return engine.layout(view.getIndex(), lanes, view.getScale(), currentOptions, scroll - visible,
                scroll + 2 * visible);
    }

    private TimeScale scaleFor(TimelineView view, double timeWidth) {
        EventIndex index = view.getIndex();
        TimeScale scale = view.getScale();
        double[] range = view.takePendingRange();
        if (range != null && range[1] > range[0]) {
            return new TimeScale(range[0], (range[1] - range[0]) / timeWidth, timeWidth);
        }
        if (view.fitPendingProperty().get() || scale == null) {
            view.fitPendingProperty().set(false);
            if (index.size() == 0) {
                return scale == null ? TimeScale.fit(0, 3650, timeWidth, 40) : scale.withWidth(timeWidth);
            }
            // labels run to the right of their events: leave room for them on the right
            return TimeScale.fit(index.minDay(), index.maxDay(), timeWidth, Math.min(30, timeWidth / 10),
                    Math.min(200, timeWidth / 4));
        }
        return Math.abs(scale.width() - timeWidth) > 0.5 ? scale.withWidth(timeWidth) : scale;
    }

    /**
     * As many rows as the timeline's height holds: in one lane, and in each lane of a lane mode (at least
     * three), which the vertical scrollbar then pages through. More events than that are counted.
     */
    private LayoutOptions options(double h) {
        LayoutOptions defaults = LayoutOptions.defaults(1);
        // the era names' strip takes its rows off the bottom: a last row under it would be cut
        double eras = getSkinnable().getScale() == null ? 0 : org.timescope.render.EraPainter.labelsHeight(
                eraBands(getSkinnable().getScale()));
        int fit = (int) ((h - AXIS_HEIGHT - 8 - eras) / defaults.rowHeight()) - 1;
        if (getSkinnable().getLaneMode() == LaneMode.NONE) {
            return defaults.withMaxRows(fit);
        }
        return defaults.withMaxRows(Math.max(3, fit)).withMinLaneHeight(44);
    }

    /**
     * Brings an event into view drawn one by one, out of any cluster, in each of its lanes: the window pans
     * and zooms in only as far as needed, then the lanes scroll to it.
     */
    void reveal(TimelineEvent event) {
        TimelineView view = getSkinnable();
        int at = event == null ? -1 : view.getIndex().indexOf(event.key());
        if (at < 0 || view.getScale() == null) {
            return;
        }
        view.setScale(new Reveal(engine, view.getIndex(), lanes, currentOptions).showing(at, view.getScale()));
        scrollTo = at;
        view.requestLayout();
    }

    private void scrollToPending(double h) {
        int event = scrollTo;
        scrollTo = -1;
        if (event < 0 || !scrollBar.isVisible()) {
            return;
        }
        double visible = h - AXIS_HEIGHT - eraLabelsHeight();
        // the event's lane may be outside the lanes laid out for the old scroll position: look in all of them once
        TimelineLayout all = engine.layout(getSkinnable().getIndex(), lanes, getSkinnable().getScale(), currentOptions);
        all.items().stream().filter(i -> i.event() == event).findFirst().ifPresent(item -> {
            double top = item.y() - 4;
            double bottom = item.y() + all.rowHeight() + 4;
            double value = scrollBar.getValue();
            if (top < value) {
                value = top;
            } else if (bottom > value + visible) {
                value = bottom - visible;
            }
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), value)));
        });
    }

    private void updateScrollBar(double x, double y, double w, double h) {
        double visible = h - AXIS_HEIGHT;
        // the era names' strip takes the view's foot when the lanes scroll (EraBands.strip)
        double content = current.contentHeight() + eraLabelsHeight();
        boolean needed = content > visible + 1;
        if (needed != scrollBar.isVisible()) {
            scrollBar.setVisible(needed);
            getSkinnable().requestLayout();
        }
        scrollBar.setMax(Math.max(0, content - visible));
        scrollBar.setVisibleAmount(visible);
        scrollBar.setUnitIncrement(current.rowHeight());
        scrollBar.setBlockIncrement(visible * 0.8);
        if (scrollBar.getValue() > scrollBar.getMax()) {
            scrollBar.setValue(scrollBar.getMax());
        }
        double bw = scrollBar.prefWidth(-1);
        scrollBar.resizeRelocate(x + w - bw, y + AXIS_HEIGHT, bw, Math.max(0, h - AXIS_HEIGHT));
    }

    private java.util.List<org.timescope.timeline.layout.EraBands.Band> eraBands() {
        return current == null ? java.util.List.of() : eraBands(current.scale());
    }

    private java.util.List<org.timescope.timeline.layout.EraBands.Band> eraBands(TimeScale scale) {
        if (getSkinnable().getEras().isEmpty() || getSkinnable().paintStyleProperty().get() == null) {
            return java.util.List.of();
        }
        return org.timescope.timeline.layout.EraBands.layout(shownEras(), scale,
                t -> surface.textWidth(t, getSkinnable().paintStyleProperty().get().small()));
    }

    /** The eras drawn over the lanes shown: one whose own lane a filter emptied is left out. */
    private java.util.List<org.timescope.model.Era> shownEras() {
        return org.timescope.timeline.layout.EraBands.over(getSkinnable().getEras(), getSkinnable().getLaneMode(),
                lanes);
    }

    private double eraLabelsHeight() {
        return org.timescope.render.EraPainter.labelsHeight(eraBands());
    }

    /** Where the lanes end on the canvas: the era names' strip (if any) is below, and nothing there is an event. */
    private double lanesBottom() {
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        java.util.List<org.timescope.timeline.layout.EraBands.Band> bands = eraBands();
        return bands.isEmpty() ? canvas.getHeight() : org.timescope.timeline.layout.EraBands.strip(bands,
                AXIS_HEIGHT - scroll + current.contentHeight(), canvas.getHeight()).top();
    }

    private void paint() {
        TimelineView view = getSkinnable();
        TimelineEvent sel = view.getSelection();
        int selected = sel == null ? -1 : view.getIndex().indexOf(sel.key());
        TimelinePainter.paint(surface, new TimelinePainter.Frame(current, view.getIndex(), canvas.getWidth(),
                canvas.getHeight(), headerWidth(), AXIS_HEIGHT, scrollBar.isVisible() ? scrollBar.getValue() : 0,
                selected, hovered, view.isFocused(), view.paintStyleProperty().get(), shownEras()));
        paintMarked(view.markedProperty().get());
        String empty = view.emptyTextProperty().get();
        if (view.getIndex().size() == 0 && empty != null && !empty.isEmpty()) { // not a blank: say why
            org.timescope.render.PaintStyle st = view.paintStyleProperty().get();
            double w = surface.textWidth(empty, st.label());
            surface.text(empty, headerWidth() + Math.max(8, (canvas.getWidth() - headerWidth() - w) / 2),
                    AXIS_HEIGHT + Math.max(24, (canvas.getHeight() - AXIS_HEIGHT) / 2), st.muted(), st.label());
        }
        linksDrawn = ConnectorHook.paint(surface, current, view, sel, selected, new org.timescope.render.LinkConnectors.Plot(
                headerWidth(), AXIS_HEIGHT, canvas.getWidth() - headerWidth(), canvas.getHeight() - AXIS_HEIGHT,
                scrollBar.isVisible() ? scrollBar.getValue() : 0));
    }

    private volatile org.timescope.render.LinkConnectors.Drawn linksDrawn = org.timescope.render.LinkConnectors.Drawn.NONE;

    org.timescope.render.LinkConnectors.Drawn linksDrawn() {
        return linksDrawn;
    }

    /**
     * The events selected together: a tint and an outline in the accent colour over each (the one selection last
     * clicked keeps the painter's stronger outline), in every lane they appear in.
     */
    private void paintMarked(java.util.BitSet marked) {
        if (marked == null || marked.isEmpty() || current == null) {
            return;
        }
        org.timescope.render.PaintStyle st = getSkinnable().paintStyleProperty().get();
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        surface.pushClip(headerWidth(), AXIS_HEIGHT, canvas.getWidth() - headerWidth(), canvas.getHeight() - AXIS_HEIGHT);
        for (org.timescope.timeline.layout.TimelineLayout.Item item : current.items()) {
            if (item.event() < marked.length() && marked.get(item.event())) {
                double x = headerWidth() + item.x() - 3;
                double y = AXIS_HEIGHT + item.y() - scroll - 2;
                double w = Math.max(item.barWidth(), item.labelX() - item.x() + item.labelWidth()) + 6;
                double h = current.rowHeight() - 1;
                surface.fillRoundRect(x, y, w, h, 6, st.accent().withAlpha(0.16));
                surface.strokeRoundRect(x, y, w, h, 6, st.accent(), 1.5);
            }
        }
        surface.popClip();
    }

    /** The layout last painted, for tests and for the snapshot of what is on screen. */
    TimelineLayout currentLayout() {
        return current;
    }

    java.util.Optional<javafx.geometry.Point2D> locate(TimelineEvent event) {
        if (current == null || event == null) {
            return Optional.empty();
        }
        int at = getSkinnable().getIndex().indexOf(event.key());
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        return current.items().stream().filter(i -> i.event() == at).findFirst()
                .map(i -> new javafx.geometry.Point2D(headerWidth() + i.x() + Math.min(4, i.barWidth() / 2),
                        AXIS_HEIGHT + i.y() - scroll + 18))
                .filter(p -> p.getX() >= headerWidth() && p.getX() < canvas.getWidth()
                        && p.getY() > AXIS_HEIGHT && p.getY() < lanesBottom());
    }

    /** The middle of a cluster's badge in this control's coordinates, if it is in the visible part. */
    Optional<javafx.geometry.Point2D> locate(TimelineLayout.Cluster c) {
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        javafx.geometry.Point2D p = new javafx.geometry.Point2D(headerWidth() + c.x() + c.width() / 2,
                AXIS_HEIGHT + c.y() - scroll + current.rowHeight() / 2);
        return p.getX() >= headerWidth() && p.getX() < canvas.getWidth() && p.getY() > AXIS_HEIGHT
                && p.getY() < lanesBottom() ? Optional.of(p) : Optional.empty();
    }

    Surface surface() {
        return surface;
    }

    private void zoomAt(double canvasX, double factor) {
        TimeScale s = getSkinnable().getScale();
        if (s != null && canvasX >= headerWidth()) {
            getSkinnable().setScale(s.zoomAt(canvasX - headerWidth(), factor));
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.isShiftDown() || e.isControlDown()) {
            scrollLanes(-(e.getDeltaY() + e.getDeltaX()));
        } else if (e.getDeltaY() != 0) {
            zoomAt(e.getX(), Math.pow(TimelineView.ZOOM_STEP, e.getDeltaY() / 40));
        }
        e.consume();
    }

    private void scrollLanes(double dy) {
        if (scrollBar.isVisible()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() + dy)));
        }
    }

    private void onPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressScale = getSkinnable().getScale();
        pressScroll = scrollBar.getValue();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (pressScale == null) {
            return;
        }
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        getSkinnable().setScale(pressScale.panBy(pressX - e.getX()));
        if (scrollBar.isVisible()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), pressScroll - (e.getY() - pressY))));
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragged || current == null) {
            return;
        }
        Optional<HitTest.Hit> hit = hitAt(e.getX(), e.getY());
        TimelineView view = getSkinnable();
        if (hit.isEmpty()) {
            view.selectAlone(null);
        } else if (hit.get() instanceof HitTest.ItemHit item && (e.isShiftDown() || e.isShortcutDown())) {
            view.extendSelection(view.getIndex().event(item.item().event()),
                    e.isShiftDown() ? TimelineView.Extend.ADD : TimelineView.Extend.TOGGLE);
        } else if (hit.get() instanceof HitTest.ItemHit item) {
            view.selectAlone(view.getIndex().event(item.item().event()));
            if (e.getClickCount() == 2) {
                view.activateSelection();
            }
        } else if (hit.get() instanceof HitTest.ClusterHit cluster) {
            open(cluster.cluster(), e.getScreenX(), e.getScreenY());
        }
    }

    /**
     * Opens a cluster: lists its events under the pointer and zooms so that they separate. Choosing one
     * selects it and brings it out of any cluster.
     */
    void open(TimelineLayout.Cluster cluster, double screenX, double screenY) {
        TimelineView view = getSkinnable();
        if (openCluster != null) {
            openCluster.hide();
        }
        EventIndex index = view.getIndex();
        String lane = view.getLaneMode() == LaneMode.NONE ? null : lanes.get(cluster.lane()).label();
        openCluster = new ClusterList(index, cluster.events(), lane, event -> {
            view.select(index.event(event));
            view.revealSelection();
        });
        view.setScale(new Reveal(engine, index, lanes, currentOptions).separating(cluster, view.getScale()));
        openCluster.show(canvas, screenX, screenY);
    }

    double dayAt(double x) {
        TimeScale s = getSkinnable().getScale();
        return s == null ? Double.NaN : s.day(x - canvas.getLayoutX() - headerWidth());
    }

    Optional<HitTest.Hit> hitAt(double canvasX, double canvasY) {
        if (current == null || canvasY < AXIS_HEIGHT || canvasX < headerWidth() || canvasY >= lanesBottom()) {
            return Optional.empty();
        }
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        return HitTest.at(current, canvasX - headerWidth(), canvasY - AXIS_HEIGHT + scroll);
    }

    /** + and − zoom around the pointer when it is over the timeline, else around the centre. */
    private void zoomAtPointer(double factor) {
        TimeScale s = getSkinnable().getScale();
        if (s == null) {
            return;
        }
        double x = pointerX - headerWidth();
        getSkinnable().setScale(s.zoomAt(Double.isNaN(x) || x < 0 || x > s.width() ? s.width() / 2 : x, factor));
    }

    private void onMoved(MouseEvent e) {
        pointerX = e.getX();
        Optional<HitTest.Hit> hit = hitAt(e.getX(), e.getY());
        if (hit.isPresent() && hit.get() instanceof HitTest.ItemHit item) {
            setHovered(item.item().event());
            EventIndex index = getSkinnable().getIndex();
            int i = item.item().event();
            tooltip.setText(index.title(i) + "\n" + EventText.date(index.when(i), index.approximate(i), index.inferred(i)));
            Tooltip.install(canvas, tooltip);
        } else if (hit.isPresent() && hit.get() instanceof HitTest.ClusterHit c) {
            setHovered(-1);
            tooltip.setText(c.cluster().count() + " events — click to list them and zoom in");
            Tooltip.install(canvas, tooltip);
        } else {
            setHovered(-1);
            Tooltip.uninstall(canvas, tooltip);
        }
    }

    private void setHovered(int event) {
        if (hovered != event) {
            hovered = event;
            redraw();
        }
    }
}
