package org.timescope.ui.edit;

/** Style-class names of the editing panes (rules in app.css, AtlantaFX tokens only). */
final class EditStyles {
    static final String FORM = "ts-edit-form";
    static final String HEADING = "ts-edit-heading";
    static final String LABEL = "ts-edit-label";
    static final String INFO = "ts-edit-info";
    static final String ERROR = "ts-edit-error";
    static final String WARNING = "ts-edit-warning";
    static final String NEW = "ts-edit-new";
    static final String HISTORY = "ts-history";
    static final String HISTORY_WHEN = "ts-history-when";

    private EditStyles() {
    }
}
