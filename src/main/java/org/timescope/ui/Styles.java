package org.timescope.ui;

/** Style-class names used in app.css, in one place. */
final class Styles {
    static final String MAIN_WINDOW = "ts-main-window";
    static final String STATUS_BAR = "ts-status-bar";
    static final String DETAIL = "ts-detail";
    static final String DETAIL_TITLE = "ts-detail-title";
    static final String DETAIL_HEADING = "ts-detail-heading";
    static final String DETAIL_DATE = "ts-detail-date";
    static final String QUOTE = "ts-quote";
    static final String QUOTE_SOURCE = "ts-quote-source";
    static final String MUTED = "ts-muted";

    private Styles() {
    }
}
