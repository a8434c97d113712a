package org.timescope.ui.catalog;

import javafx.collections.ObservableList;
import javafx.stage.Window;

/** The stylesheets of the curation windows: the owner's (app.css) and catalog.css. */
final class Looks {
    private static final String CSS = Looks.class.getResource("catalog.css").toExternalForm();

    private Looks() {
    }

    static void style(ObservableList<String> sheets, Window owner) {
        if (owner != null && owner.getScene() != null) {
            sheets.addAll(owner.getScene().getStylesheets().stream().filter(s -> !sheets.contains(s)).toList());
        }
        if (!sheets.contains(CSS)) {
            sheets.add(CSS);
        }
    }

}
