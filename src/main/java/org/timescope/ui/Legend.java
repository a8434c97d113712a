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
        getChildren().add(new Label("·  solid: date as stated   hatched: inferred   pale, dashed: approximate"
                + "   ◆ a day   bar: a month, year or range   ● counted cluster (click to list its events)"));
    }
}
