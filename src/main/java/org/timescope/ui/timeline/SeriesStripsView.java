package org.timescope.ui.timeline;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.timescope.model.Indicator;
import org.timescope.render.SeriesPainter;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.SeriesStrip;
import org.timescope.timeline.layout.TimeScale;

/**
 * Indicator series in strips under the timeline, on its time axis: they follow its zoom and pan. Hovering a
 * mark tells its value as the source gives it (with its hedge), period, place and the quote; a click opens the
 * evidence. Hidden when no series is chosen.
 */
public final class SeriesStripsView extends Region {

    private final TimelineView timeline;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<List<SeriesStrip>> strips = new SimpleObjectProperty<>(this, "strips", List.of());
    private final ObjectProperty<Consumer<Indicator>> onOpen = new SimpleObjectProperty<>(this, "onOpen", i -> { });
    private final Tooltip tooltip = new Tooltip();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Indicator> hovered =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "hovered");

    public SeriesStripsView(TimelineView timeline) {
        this.timeline = timeline;
        setId("series-strips");
        getStyleClass().add("ts-series-strips");
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        Tooltip.install(canvas, tooltip);
        strips.addListener((o, a, b) -> {
            boolean any = !b.isEmpty();
            setVisible(any);
            setManaged(any);
            hovered.set(null);
            requestLayout();
        });
        setVisible(false);
        setManaged(false);
        timeline.scaleProperty().addListener((o, a, b) -> requestLayout());
        timeline.laneModeProperty().addListener((o, a, b) -> requestLayout());
        timeline.paintStyleProperty().addListener((o, a, b) -> requestLayout());
        canvas.setOnMouseMoved(this::onMoved);
        canvas.setOnMouseExited(e -> hover(null));
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                at(e.getX(), e.getY()).ifPresent(i -> onOpen.get().accept(i));
            }
        });
    }

    /** The strips drawn, top to bottom; empty hides the view. */
    public ObjectProperty<List<SeriesStrip>> stripsProperty() {
        return strips;
    }

    /** The observation under the pointer (its tooltip is showing), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Indicator> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** What a click on a mark does (the window opens the observation's evidence). */
    public ObjectProperty<Consumer<Indicator>> onOpenProperty() {
        return onOpen;
    }

    @Override
    protected double computePrefHeight(double width) {
        return SeriesPainter.height(strips.get().size());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        paint();
    }

    private double headerWidth() {
        return timeline.getLaneMode() == LaneMode.NONE ? 0 : TimelineViewSkin.HEADER_WIDTH;
    }

    private void paint() {
        TimeScale scale = timeline.getScale();
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (scale == null || strips.get().isEmpty() || timeline.paintStyleProperty().get() == null) {
            return;
        }
        SeriesPainter.paint(new FxSurface(g), strips.get(), scale, headerWidth(), 0, canvas.getWidth(),
                timeline.paintStyleProperty().get(), hovered.get());
    }

    /** The observation drawn at (x, y) of this view, if any. */
    public Optional<Indicator> at(double x, double y) {
        TimeScale scale = timeline.getScale();
        int row = (int) Math.floor(y / SeriesPainter.STRIP_HEIGHT);
        if (scale == null || row < 0 || row >= strips.get().size() || x < headerWidth()) {
            return Optional.empty();
        }
        double top = row * SeriesPainter.STRIP_HEIGHT;
        return strips.get().get(row).at(scale, x - headerWidth(), SeriesPainter.levelAt(top, y), 5);
    }

    /** Where an observation's mark is drawn, in this view's coordinates (for tests and keyboard focus). */
    public Optional<Point2D> locate(Indicator observation) {
        TimeScale scale = timeline.getScale();
        for (int row = 0; row < strips.get().size() && scale != null; row++) {
            SeriesStrip strip = strips.get().get(row);
            for (SeriesStrip.Mark m : strip.place(scale)) {
                if (m.observation().equals(observation)) {
                    double top = row * SeriesPainter.STRIP_HEIGHT;
                    // a dot's centre, or half way up a bar
                    double level = strip.kind() == SeriesStrip.Kind.RANK ? m.level() : (m.level() + strip.level(0)) / 2;
                    double y = SeriesPainter.levelY(top, level);
                    return Optional.of(new Point2D(headerWidth() + m.centre(), y));
                }
            }
        }
        return Optional.empty();
    }

    private void onMoved(MouseEvent e) {
        hover(at(e.getX(), e.getY()).orElse(null));
    }

    private void hover(Indicator i) {
        if (java.util.Objects.equals(i, hovered.get())) {
            return;
        }
        hovered.set(i);
        tooltip.setText(i == null ? "" : describe(i));
        canvas.setCursor(i == null ? null : javafx.scene.Cursor.HAND);
        if (i == null) {
            tooltip.hide();
        }
        paint();
    }

    /** The tooltip's text: what a researcher would cite. */
    public static String describe(Indicator i) {
        StringBuilder sb = new StringBuilder(i.series()).append(": ").append(SeriesStrip.valueText(i));
        sb.append("\n").append(i.period().display());
        if (i.place() != null && !i.place().isBlank()) {
            sb.append(", ").append(i.place());
        }
        if (i.note() != null && !i.note().isBlank()) {
            sb.append("\n").append(i.note());
        }
        sb.append("\n\u201c").append(i.evidence().quote()).append("\u201d");
        sb.append("\nClick to open the source.");
        return sb.toString();
    }
}
