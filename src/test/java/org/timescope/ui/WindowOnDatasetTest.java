package org.timescope.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.timescope.service.Workspace;

/**
 * A window test's set-up: before each test the main window opens on a new collection of the bundled dataset
 * ({@link ShownWindow#onDataset}) in the test class's temporary folder; after it, the collection is closed.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowOnDatasetTest {

    @TempDir
    static Path dir;
    protected ShownWindow shown;
    protected Workspace workspace;
    protected MainWindow window;

    /** On TestFX's stage (TestFX looks for {@code @Start} only in the test class itself, not in this one). */
    @BeforeEach
    void openWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.setupStage(stage -> {
            shown = ShownWindow.onDataset(stage, dir, getClass().getSimpleName());
            workspace = shown.workspace();
            window = shown.window();
        });
    }

    @AfterEach
    void closeWindow() {
        shown.close();
    }
}
