package org.timescope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How the window asks for a collection's file: native dialogs in the app, a fixed answer in tests. */
interface FileChoice {

    /** An existing collection to open, or empty if the user cancelled. */
    Optional<Path> collectionToOpen(Window owner);

    /** Where to make a new collection, or empty if the user cancelled. */
    Optional<Path> collectionToCreate(Window owner);

    /** The platform's file dialogs. */
    static FileChoice dialogs() {
        return new FileChoice() {
            @Override
            public Optional<Path> collectionToOpen(Window owner) {
                FileChooser chooser = chooser("Open collection");
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> collectionToCreate(Window owner) {
                FileChooser chooser = chooser("New collection");
                chooser.setInitialFileName("collection.db");
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                        .map(p -> p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".db"));
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Timescope collections", "*.db", "*.sqlite", "*.timescope"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
                return chooser;
            }
        };
    }
}
