package org.timescope.ui;

import javafx.application.Application;

/** Starts the window. Kept apart from {@link TimescopeApp} so that Main never loads a JavaFX class itself. */
public final class Launcher {
    private Launcher() {
    }

    public static void launch(String[] args) {
        Application.launch(TimescopeApp.class, args);
    }
}
