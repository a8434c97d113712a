package org.timescope.timeline.layout;

/** How the timeline splits into horizontal lanes. */
public enum LaneMode {
    NONE("No lanes"), ORGANISATION("By organisation"), THEME("By theme");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
