package org.timescope.ui.edit;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A name in a narrow column: it wraps between words while every word fits on a line, and otherwise stays on one
 * line ending in "…" with the whole name in its tooltip — it never breaks inside a word ("industrialisatio n").
 */
final class NameLabel extends Label {

    NameLabel(String text) {
        super(text);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setEllipsisString("…");
        setTooltip(new Tooltip(text));
        setWrapText(true);
    }

    /** Whether the longest word of the text fits in the width the text gets. */
    boolean everyWordFits() {
        Insets in = getInsets();
        double room = getWidth() - in.getLeft() - in.getRight() - getLabelPadding().getLeft() - getLabelPadding().getRight();
        return longestWord() <= room;
    }

    private double longestWord() {
        Text probe = new Text();
        probe.setFont(getFont());
        double widest = 0;
        for (String word : getText().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    @Override
    protected void layoutChildren() {
        boolean wrap = everyWordFits();
        if (wrap != isWrapText()) {
            setWrapText(wrap);
        }
        super.layoutChildren();
    }
}
