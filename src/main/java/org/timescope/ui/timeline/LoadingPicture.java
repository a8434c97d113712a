package org.timescope.ui.timeline;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.timescope.render.PaintStyle;
import org.timescope.render.Rgb;
import org.timescope.render.Surface;
import org.timescope.render.TimelinePainter;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.Lane;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.LayoutEngine;
import org.timescope.timeline.layout.LayoutOptions;
import org.timescope.timeline.layout.TextMeasurer;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.timeline.layout.TimelineLayout;

/**
 * What a window shows while its collection is read, drawn on two canvases with no control, no text node and no
 * stylesheet (decision 0049): a message and a progress bar, and, for a large collection, a picture of its events'
 * dates above them, painted as the timeline paints them. It can be on screen before JavaFX has loaded the theme or
 * the system's font, which a start then loads after its first frame instead of before it.
 */
public final class LoadingPicture extends Region {

    private static final double STRIP_HEIGHT = 40;
    private static final double BAR_WIDTH = 240;
    private static final double CENTRED_BAR_WIDTH = 320;

    private final Canvas dates = new Canvas();
    private final Canvas status = new Canvas();
    private final FxSurface datesSurface = new FxSurface(dates.getGraphicsContext2D());
    private final FxSurface statusSurface = new FxSurface(status.getGraphicsContext2D());
    private final PaintStyle style;
    private String message = "";
    private double progress = -1;
    private EventIndex index;
    private List<String> themes = List.of();
    private double[] range;
    /** The size the dates were last painted at: a message or progress change repaints the strip alone. */
    private double paintedWidth = -1;
    private double paintedHeight = -1;

    public LoadingPicture(String message, PaintStyle style) {
        this.style = style;
        this.message = message;
        setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(background(style),
                null, null)));
        dates.setVisible(false);
        getChildren().addAll(dates, status);
    }

    /** The colour behind the picture in {@code style}: also the scene's fill, so that no other colour shows first. */
    public static javafx.scene.paint.Color background(PaintStyle style) {
        Rgb bg = style.background();
        return javafx.scene.paint.Color.rgb(bg.r(), bg.g(), bg.b());
    }

    public String message() {
        return message;
    }

    public void setMessage(String text) {
        message = text == null ? "" : text;
        paintStatus();
    }

    /** The share read, 0 to 1; negative while unknown. */
    public double progress() {
        return progress;
    }

    public void setProgress(double share) {
        progress = share;
        paintStatus();
    }

    /** Whether the picture shows events' dates (else only the message and the bar, centred). */
    public boolean showsDates() {
        return index != null;
    }

    /**
     * Shows the events' dates above the message over {@code range} (start and end epoch day) if given, else over
     * all of them: one lane, as the timeline lays them out before a lane mode is chosen.
     */
    public void setDates(EventIndex dates, List<String> themeOrder, double[] shown) {
        index = dates;
        themes = themeOrder == null ? List.of() : List.copyOf(themeOrder);
        range = shown == null ? null : shown.clone();
        paintedWidth = -1;
        this.dates.setVisible(true);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth()));
        double h = Math.max(1, snapSizeY(getHeight()));
        if (index == null) {
            double sw = Math.min(w, CENTRED_BAR_WIDTH + 40);
            status.setWidth(sw);
            status.setHeight(60);
            status.relocate(Math.round((w - sw) / 2), Math.round((h - 60) / 2));
        } else {
            double top = Math.max(1, h - STRIP_HEIGHT);
            if (w != paintedWidth || top != paintedHeight) {
                dates.setWidth(w);
                dates.setHeight(top);
                dates.relocate(0, 0);
                paintDates(w, top);
                paintedWidth = w;
                paintedHeight = top;
            }
            status.setWidth(w);
            status.setHeight(STRIP_HEIGHT);
            status.relocate(0, top);
        }
        paintStatus();
    }

    /** The dates as the timeline paints them at this size, with nothing selected, hovered or focused. */
    private void paintDates(double w, double h) {
        double axis = TimelineViewSkin.AXIS_HEIGHT;
        TimeScale scale = range != null && range[1] > range[0]
                ? new TimeScale(range[0], (range[1] - range[0]) / w, w)
                : index.size() == 0 ? TimeScale.fit(0, 3650, w, 40)
                : TimeScale.fit(index.minDay(), index.maxDay(), w, Math.min(30, w / 10), Math.min(200, w / 4));
        LayoutOptions defaults = LayoutOptions.defaults(1);
        LayoutOptions options = defaults.withMaxRows((int) ((h - axis - 8) / defaults.rowHeight()) - 1);
        LayoutEngine engine = new LayoutEngine(TextMeasurer.cached(t -> datesSurface.textWidth(t, style.label()), 50_000));
        double visible = Math.max(0, h - axis);
        TimelineLayout layout = engine.layout(index, Lane.of(index, LaneMode.NONE, themes), scale, options, -visible,
                2 * visible);
        TimelinePainter.paint(datesSurface, new TimelinePainter.Frame(layout, index, w, h, 0, axis, 0, -1, -1, false,
                style, List.of()));
    }

    /** The message, cut to fit, and the bar: centred alone, or in a strip under the dates. */
    private void paintStatus() {
        double w = status.getWidth();
        double h = status.getHeight();
        if (w < 2 || h < 2) {
            return;
        }
        statusSurface.fillRect(0, 0, w, h, index == null ? style.background() : style.headerBackground());
        Surface.Font font = style.label();
        if (index == null) {
            double barWidth = Math.min(CENTRED_BAR_WIDTH, w - 8);
            String shown = fitted(message, w - 8, font);
            statusSurface.text(shown, Math.round((w - statusSurface.textWidth(shown, font)) / 2), 22,
                    style.foreground(), font);
            bar(Math.round((w - barWidth) / 2), 36, barWidth);
        } else {
            double barWidth = Math.min(BAR_WIDTH, w / 3);
            String shown = fitted(message, w - barWidth - 36, font);
            statusSurface.text(shown, 12, Math.round(h / 2 + 4), style.foreground(), font);
            bar(w - 12 - barWidth, Math.round(h / 2 - 3), barWidth);
        }
    }

    private void bar(double x, double y, double width) {
        Rgb track = style.grid();
        statusSurface.fillRoundRect(x, y, width, 6, 6, track);
        if (progress >= 0) {
            double filled = Math.max(6, width * Math.min(1, progress));
            statusSurface.fillRoundRect(x, y, filled, 6, 6, style.accent());
        } else {
            // the share is not known yet: the track striped, still (not a third filled, which would read as a share),
            // rather than an animation that would ask for a frame on every pulse while the collection is read
            for (double sx = x + 4; sx + 8 <= x + width - 2; sx += 16) {
                statusSurface.fillRect(sx, y + 1, 8, 4, style.muted());
            }
        }
    }

    /** {@code text}, cut with an ellipsis where it would run past {@code width}. */
    private String fitted(String text, double width, Surface.Font font) {
        if (statusSurface.textWidth(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && statusSurface.textWidth(text.substring(0, end) + "…", font) > width) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
