package org.timescope.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.timescope.render.PaintStyle;
import org.timescope.render.Rgb;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Ticks;
import org.timescope.timeline.layout.TimeScale;

/**
 * The whole date range of the shown events as a density histogram, with the timeline's current window
 * as a rectangle: drag it to pan, drag its edges to zoom, click elsewhere to centre the window there.
 */
public final class OverviewBand extends Region {

    private static final double EDGE = 6;
    private final TimelineView timeline;
    private final Canvas canvas = new Canvas();
    private double rangeStart;
    private double rangeEnd;
    private Drag drag;
    private double pressX;
    private TimeScale pressScale;

    private enum Drag { MOVE, LEFT, RIGHT }

    public OverviewBand(TimelineView timeline) {
        this.timeline = timeline;
        setId("overview");
        getStyleClass().add("ts-overview");
        setMinHeight(48);
        setPrefHeight(52);
        getChildren().add(canvas);
        timeline.indexProperty().addListener((o, a, b) -> requestLayout());
        timeline.scaleProperty().addListener((o, a, b) -> requestLayout());
        timeline.paintStyleProperty().addListener((o, a, b) -> requestLayout());
        timeline.erasProperty().addListener((o, a, b) -> requestLayout());
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(e -> drag = null);
        canvas.setOnMouseMoved(e -> setCursor(cursorAt(e.getX())));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        paint();
    }

    private double headerWidth() {
        return timeline.getLaneMode() == org.timescope.timeline.layout.LaneMode.NONE ? 0 : TimelineViewSkin.HEADER_WIDTH;
    }

    private double bandWidth() {
        return Math.max(1, canvas.getWidth() - headerWidth());
    }

    private double x(double day) {
        return headerWidth() + (day - rangeStart) / (rangeEnd - rangeStart) * bandWidth();
    }

    private double day(double x) {
        return rangeStart + (x - headerWidth()) / bandWidth() * (rangeEnd - rangeStart);
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        PaintStyle st = timeline.paintStyleProperty().get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(fx(st.headerBackground()));
        g.fillRect(0, 0, w, h);
        EventIndex index = timeline.getIndex();
        TimeScale scale = timeline.getScale();
        if (index.size() == 0 || scale == null) {
            return;
        }
        double pad = Math.max((index.maxDay() - index.minDay()) * 0.03, 30);
        rangeStart = Math.min(index.minDay() - pad, scale.startDay());
        rangeEnd = Math.max(index.maxDay() + pad, scale.endDay());
        int bins = (int) Math.max(1, bandWidth() / 4);
        int[] counts = index.histogram(rangeStart, rangeEnd, bins);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        eras(g, h);
        double binWidth = bandWidth() / bins;
        g.setFill(fx(st.muted().withAlpha(0.55)));
        for (int i = 0; i < bins; i++) {
            if (counts[i] > 0) {
                double bh = Math.max(2, (h - 18) * Math.sqrt((double) counts[i] / max));
                g.fillRect(headerWidth() + i * binWidth, h - 4 - bh, Math.max(1, binWidth - 1), bh);
            }
        }
        years(g, st, h);
        double x0 = Math.max(headerWidth(), x(scale.startDay()));
        double x1 = Math.min(w, x(scale.endDay()));
        g.setFill(fx(st.accent().withAlpha(0.16)));
        g.fillRect(x0, 1, Math.max(2, x1 - x0), h - 2);
        g.setStroke(fx(st.accent()));
        g.setLineWidth(1.5);
        g.strokeRect(x0, 1, Math.max(2, x1 - x0), h - 2);
        g.setStroke(fx(st.grid()));
        g.strokeLine(0, 0.5, w, 0.5);
    }

    /** Each era as a translucent strip over its time, edged in its colour (names are on the timeline above). */
    private void eras(GraphicsContext g, double h) {
        List<org.timescope.model.Era> eras = timeline.getEras();
        for (int i = 0; i < eras.size(); i++) {
            org.timescope.model.Era era = eras.get(i);
            double x0 = Math.max(headerWidth(), x(era.when().from()));
            double x1 = Math.min(headerWidth() + bandWidth(), x(era.when().until()));
            if (x1 <= x0) {
                continue;
            }
            org.timescope.render.Rgb c = org.timescope.render.EraPainter.colour(era, i);
            g.setFill(fx(c.withAlpha(0.18)));
            g.fillRect(x0, 1, x1 - x0, h - 2);
            g.setFill(fx(c.withAlpha(0.8)));
            g.fillRect(x0, h - 3, x1 - x0, 2);
        }
    }

    /**
     * The band's axis says where you are: the context row (years above months, month and year above days) on top,
     * the finer ticks under it — never "Jan Jul Jan" without years, nor day numbers without their month.
     */
    private void years(GraphicsContext g, PaintStyle st, double h) {
        TimeScale band = new TimeScale(rangeStart, (rangeEnd - rangeStart) / bandWidth(), bandWidth());
        Ticks.Axis axis = Ticks.axis(band, text -> text.length() * 7.0);
        List<String> drawn = new ArrayList<>();
        double minorY = 11;
        if (!axis.context().isEmpty()) {
            g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 10));
            g.setFill(fx(st.foreground()));
            for (Ticks.Tick t : axis.context()) {
                if (t.labelWidth() >= t.label().length() * 6.0) {
                    g.fillText(t.label(), headerWidth() + t.labelX(), 11);
                    drawn.add(t.label());
                }
            }
            minorY = 23;
        }
        g.setFont(javafx.scene.text.Font.font(10));
        g.setFill(fx(st.muted()));
        for (Ticks.Tick t : axis.minor()) {
            if (t.x() >= 0) {
                g.fillText(t.label(), headerWidth() + t.labelX(), minorY);
                drawn.add(t.label());
            }
        }
        labels = List.copyOf(drawn);
    }

    private List<String> labels = List.of();

    /** The axis labels drawn last (context row first), as a person reads them off the band. */
    public List<String> labels() {
        return labels;
    }

    private javafx.scene.Cursor cursorAt(double mx) {
        TimeScale scale = timeline.getScale();
        if (scale == null) {
            return javafx.scene.Cursor.DEFAULT;
        }
        double x0 = x(scale.startDay());
        double x1 = x(scale.endDay());
        if (Math.abs(mx - x0) <= EDGE || Math.abs(mx - x1) <= EDGE) {
            return javafx.scene.Cursor.H_RESIZE;
        }
        return mx > x0 && mx < x1 ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.HAND;
    }

    private void onPressed(MouseEvent e) {
        TimeScale scale = timeline.getScale();
        if (scale == null || timeline.getIndex().size() == 0) {
            return;
        }
        double x0 = x(scale.startDay());
        double x1 = x(scale.endDay());
        if (Math.abs(e.getX() - x0) <= EDGE) {
            drag = Drag.LEFT;
        } else if (Math.abs(e.getX() - x1) <= EDGE) {
            drag = Drag.RIGHT;
        } else {
            if (e.getX() < x0 || e.getX() > x1) {
                timeline.setScale(scale.centredOn(day(e.getX())));
            }
            drag = Drag.MOVE;
        }
        pressX = e.getX();
        pressScale = timeline.getScale();
    }

    private void onDragged(MouseEvent e) {
        if (drag == null || pressScale == null) {
            return;
        }
        double daysPerBandPixel = (rangeEnd - rangeStart) / bandWidth();
        double delta = (e.getX() - pressX) * daysPerBandPixel;
        double start = pressScale.startDay();
        double end = pressScale.endDay();
        switch (drag) {
            case MOVE -> timeline.setScale(pressScale.panBy(delta / pressScale.daysPerPixel()));
            case LEFT -> setWindow(Math.min(start + delta, end - 1), end);
            case RIGHT -> setWindow(start, Math.max(end + delta, start + 1));
        }
    }

    private void setWindow(double start, double end) {
        double width = pressScale.width();
        timeline.setScale(new TimeScale(start, (end - start) / width, width));
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.a());
    }
}
