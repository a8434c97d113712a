package org.timescope.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.timescope.render.PaintStyle;

/**
 * The look of the window: AtlantaFX Primer light or dark as the base stylesheet, app.css on top (tokens
 * only), and the matching timeline palette. "System" reads GTK_THEME (a ":dark" variant means dark),
 * because JavaFX 21 has no API for the desktop's preference.
 */
public final class Appearance {

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    /** Whether the theme was applied once: until then a change of {@link #dark} only chooses (decision 0049). */
    private boolean applied;

    public Appearance() {
        dark.addListener((o, a, b) -> {
            if (applied) {
                apply();
            }
        });
    }

    public static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public PaintStyle paintStyle() {
        return dark.get() ? PaintStyle.DARK : PaintStyle.LIGHT;
    }

    /** Makes the base stylesheet the one of the current choice (nothing happens if it already is). */
    public void apply() {
        applied = true;
        String sheet = dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /** Applies the base stylesheet and adds app.css to a scene (once). */
    public void style(Scene scene) {
        apply();
        String css = Appearance.class.getResource("app.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
