package org.timescope.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The collection window as the app shows it, on TestFX's stage, light appearance, its settings in {@code config}; the
 * file dialogs replaced by {@code chosen} (what the researcher would pick, or null for Cancel). Not yet started.
 */
final class ShownCollections {
    private ShownCollections() {
    }

    static CollectionWindow on(Stage stage, Path config, String home, Supplier<Path> chosen, double width, double height) {
        FileChoice choice = new FileChoice() {
            @Override
            public Optional<Path> collectionToOpen(Window owner) {
                return Optional.ofNullable(chosen.get());
            }

            @Override
            public Optional<Path> collectionToCreate(Window owner) {
                return Optional.ofNullable(chosen.get());
            }
        };
        Appearance appearance = new Appearance();
        Scene scene = new Scene(new LoadingPane("Opening …"), width, height);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        return new CollectionWindow(stage, scene, appearance, new WindowStateFile(config.resolve("window.json")),
                new RecentCollections(config.resolve("recent.json")), choice, home);
    }
}
