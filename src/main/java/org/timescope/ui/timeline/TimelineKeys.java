package org.timescope.ui.timeline;

import java.util.function.DoubleConsumer;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard use of the timeline: + and - zoom (around the pointer when it is over the timeline), Left/Right select the previous/next event, Shift+Left/Right
 * pan, Up/Down scroll the lanes, Home fits all, Enter zooms to the selection, Escape clears it.
 */
final class TimelineKeys implements EventHandler<KeyEvent> {
    private final TimelineView view;
    private final DoubleConsumer scrollLanes;
    private final DoubleConsumer zoom;

    TimelineKeys(TimelineView view, DoubleConsumer scrollLanes, DoubleConsumer zoom) {
        this.view = view;
        this.scrollLanes = scrollLanes;
        this.zoom = zoom;
    }

    @Override
    public void handle(KeyEvent e) {
        boolean handled = true;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom.accept(TimelineView.ZOOM_STEP);
            case MINUS, SUBTRACT -> zoom.accept(1 / TimelineView.ZOOM_STEP);
            case LEFT -> {
                if (e.isShiftDown()) {
                    view.panByFraction(-0.2);
                } else {
                    view.selectPrevious();
                }
            }
            case RIGHT -> {
                if (e.isShiftDown()) {
                    view.panByFraction(0.2);
                } else {
                    view.selectNext();
                }
            }
            case UP -> scrollLanes.accept(-52);
            case DOWN -> scrollLanes.accept(52);
            case HOME -> view.zoomToFit();
            case ENTER -> view.activateSelection();
            case ESCAPE -> view.select(null);
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
