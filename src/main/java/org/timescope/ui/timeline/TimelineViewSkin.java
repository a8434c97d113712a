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
    private int hovered = -1;
    private boolean adjusting;
    private double pressX;
    private double pressY;
    private double pressScroll;
    private TimeScale pressScale;
    private boolean dragged;

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
        view.scaleProperty().addListener((o, a, b) -> redraw());
        view.selectionProperty().addListener((o, a, b) -> redraw());
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
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(-1));
        view.addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(view, this::scrollLanes));
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
            current = engine.layout(view.getIndex(), lanes, view.getScale(), options(h));
            updateScrollBar(x, y, w, h);
            paint();
        } finally {
            adjusting = false;
        }
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

    private LayoutOptions options(double h) {
        LayoutOptions defaults = LayoutOptions.defaults(1);
        if (getSkinnable().getLaneMode() == LaneMode.NONE) {
            return defaults.withMaxRows((int) ((h - AXIS_HEIGHT - 8) / defaults.rowHeight()) - 1);
        }
        return defaults.withMaxRows(3).withMinLaneHeight(44);
    }

    private void updateScrollBar(double x, double y, double w, double h) {
        double visible = h - AXIS_HEIGHT;
        // room under the last lane for the era names, so scrolling down never leaves one over an event
        double content = current.contentHeight() + (getSkinnable().getEras().isEmpty() ? 0
                : org.timescope.render.EraPainter.labelsHeight(org.timescope.timeline.layout.EraBands.layout(
                        getSkinnable().getEras(), current.scale(),
                        t -> surface.textWidth(t, getSkinnable().paintStyleProperty().get().small()))));
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

    private void paint() {
        TimelineView view = getSkinnable();
        TimelineEvent sel = view.getSelection();
        int selected = sel == null ? -1 : view.getIndex().indexOf(sel.key());
        TimelinePainter.paint(surface, new TimelinePainter.Frame(current, view.getIndex(), canvas.getWidth(),
                canvas.getHeight(), headerWidth(), AXIS_HEIGHT, scrollBar.isVisible() ? scrollBar.getValue() : 0,
                selected, hovered, view.isFocused(), view.paintStyleProperty().get(), view.getEras()));
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
                        && p.getY() > AXIS_HEIGHT && p.getY() < canvas.getHeight());
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
            view.select(null);
        } else if (hit.get() instanceof HitTest.ItemHit item) {
            view.select(view.getIndex().event(item.item().event()));
            if (e.getClickCount() == 2) {
                view.activateSelection();
            }
        } else if (hit.get() instanceof HitTest.ClusterHit cluster) {
            double span = cluster.cluster().toDay() - cluster.cluster().fromDay();
            double margin = Math.max(span * 0.1, 1);
            view.setScale(TimeScale.fit(cluster.cluster().fromDay() - margin, cluster.cluster().toDay() + margin,
                    view.getScale().width(), 40));
        }
    }

    double dayAt(double x) {
        TimeScale s = getSkinnable().getScale();
        return s == null ? Double.NaN : s.day(x - canvas.getLayoutX() - headerWidth());
    }

    Optional<HitTest.Hit> hitAt(double canvasX, double canvasY) {
        if (current == null || canvasY < AXIS_HEIGHT || canvasX < headerWidth()) {
            return Optional.empty();
        }
        double scroll = scrollBar.isVisible() ? scrollBar.getValue() : 0;
        return HitTest.at(current, canvasX - headerWidth(), canvasY - AXIS_HEIGHT + scroll);
    }

    private void onMoved(MouseEvent e) {
        Optional<HitTest.Hit> hit = hitAt(e.getX(), e.getY());
        if (hit.isPresent() && hit.get() instanceof HitTest.ItemHit item) {
            setHovered(item.item().event());
            EventIndex index = getSkinnable().getIndex();
            int i = item.item().event();
            tooltip.setText(index.title(i) + "\n" + EventText.date(index.when(i), index.approximate(i), index.inferred(i)));
            Tooltip.install(canvas, tooltip);
        } else if (hit.isPresent() && hit.get() instanceof HitTest.ClusterHit c) {
            setHovered(-1);
            tooltip.setText(c.cluster().count() + " events — click to zoom in");
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
