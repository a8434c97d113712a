package org.timescope.ui;

/** A sentence for the user from any failure: known failures carry their own message. */
final class UiErrors {
    private UiErrors() {
    }

    static String message(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "unexpected " + e.getClass().getSimpleName() : m;
    }
}
