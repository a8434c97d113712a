package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Control;
import javafx.scene.layout.Border;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Found by a walk through the window: tabbing into the table or a filter list left no trace of where the keyboard
 * was. A focused list or table is outlined in the theme's accent (AtlantaFX Primer Light's accent-emphasis, #0969da),
 * two pixels wide, and only while it has the focus.
 */
class FocusRingTest extends WindowOnDatasetTest {

    private static final Color ACCENT = Color.web("#0969da");

    private static Paint top(Control c) {
        Border b = c.getBorder();
        return b == null || b.getStrokes().isEmpty() ? null : b.getStrokes().get(0).getTopStroke();
    }

    private static double topWidth(Control c) {
        return c.getBorder().getStrokes().get(0).getWidths().getTop();
    }

    @Test
    void theTableAndAFilterListAreOutlinedWhileTheyHaveTheFocus(FxRobot robot) {
        Control table = robot.lookup("#event-table").queryAs(Control.class);
        assertThat(top(table)).isNotEqualTo(ACCENT);
        robot.clickOn("#event-table");
        ShownWindow.await(() -> table.isFocused() && ACCENT.equals(top(table)));
        assertThat(topWidth(table)).isEqualTo(2);
        // Tab from the organisations' search field goes to their list
        robot.clickOn("#search");
        ShownWindow.await(() -> !ACCENT.equals(top(table)));
        Control list = robot.lookup("#org-filter .ts-facet-list").queryAs(Control.class);
        robot.interact(list::requestFocus);
        ShownWindow.await(() -> list.isFocused() && ACCENT.equals(top(list)));
    }
}
