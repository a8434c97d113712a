package org.timescope.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look of the window: AtlantaFX as the base stylesheet, app.css on top (tokens only). */
final class Appearance {
    private Appearance() {
    }

    static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Appearance.class.getResource("app.css").toExternalForm());
    }
}
