package org.timescope.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.timescope.render.Rgb;

/** The key to the timeline's colours (one per theme, by an event's first theme) and date styles. */
final class Legend extends FlowPane {

    private final java.util.function.Supplier<org.timescope.render.PaintStyle> style;

    Legend(List<String> themes, java.util.function.Supplier<org.timescope.render.PaintStyle> style,
           Appearance appearance) {
        super(12, 2);
        this.style = style;
        setId("legend");
        getStyleClass().add("ts-legend");
        setAlignment(Pos.CENTER_LEFT);
        fill(themes, appearance);
        // weakly: the appearance outlives windows (an import rebuilds the window), the legend must not pin them
        onAppearance = (o, a, b) -> fill(themes, appearance);
        appearance.darkProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onAppearance));
    }

    private final javafx.beans.value.ChangeListener<Boolean> onAppearance;

    private void fill(List<String> themes, Appearance appearance) {
        getChildren().clear();
        for (int i = 0; i < themes.size(); i++) {
            Rgb c = style.get().theme(i);
            Rectangle swatch = new Rectangle(10, 10, Color.rgb(c.r(), c.g(), c.b()));
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            Label label = new Label(themes.get(i), swatch);
            getChildren().add(label);
        }
        getChildren().addAll(dateStyles(style.get()));
    }

    /**
     * The date styles with a sample of each, drawn as the timeline draws them: solid (date as stated), hatched
     * (inferred), pale with a dashed edge (approximate), ◆ a day, a bar for a month, year or range, and a cluster.
     */
    private static List<Label> dateStyles(org.timescope.render.PaintStyle st) {
        Color c = fx(st.theme(0));
        Rectangle solid = bar(c);
        Rectangle inferred = bar(c.deriveColor(0, 1, 1, 0.35));
        javafx.scene.Group hatched = new javafx.scene.Group(inferred);
        for (int x = -7; x < 22; x += 5) {
            javafx.scene.shape.Line l = new javafx.scene.shape.Line(x, 7, x + 7, 0);
            l.setStroke(c);
            l.setStrokeWidth(1.2);
            hatched.getChildren().add(l);
        }
        hatched.setClip(new Rectangle(22, 7));
        Rectangle approximate = bar(c.deriveColor(0, 1, 1, 0.3));
        approximate.setStroke(c);
        approximate.getStrokeDashArray().setAll(3.0, 2.0);
        javafx.scene.shape.Polygon day = new javafx.scene.shape.Polygon(6, 0, 12, 6, 6, 12, 0, 6);
        day.setFill(c);
        Rectangle cluster = new Rectangle(22, 12, fx(st.clusterFill()));
        cluster.setArcWidth(6);
        cluster.setArcHeight(6);
        return List.of(key("date as stated", solid), key("inferred", hatched), key("approximate", approximate),
                key("a day", day), key("a month, year or range", bar(c)), key("counted cluster (click to list its events)", cluster));
    }

    private static Rectangle bar(Color c) {
        Rectangle r = new Rectangle(22, 7, c);
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }

    private static Label key(String text, javafx.scene.Node sample) {
        Label label = new Label(text, sample);
        label.getStyleClass().add("ts-legend-key");
        return label;
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.r(), c.g(), c.b(), c.a());
    }
}
