package org.timescope.ui;

/** Style-class names used in app.css, in one place. */
public final class Styles {
    public static final String MAIN_WINDOW = "ts-main-window";
    public static final String STATUS_BAR = "ts-status-bar";
    public static final String DETAIL = "ts-detail";
    public static final String DETAIL_TITLE = "ts-detail-title";
    public static final String DETAIL_HEADING = "ts-detail-heading";
    public static final String DETAIL_DATE = "ts-detail-date";
    public static final String QUOTE = "ts-quote";
    public static final String QUOTE_SOURCE = "ts-quote-source";
    public static final String MUTED = "ts-muted";

    private Styles() {
    }
}
