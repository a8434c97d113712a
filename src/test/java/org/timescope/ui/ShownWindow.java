package org.timescope.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.timescope.service.Workspace;

/**
 * The main window as the window tests open it: a new collection holding the bundled dataset (its 23 events, 19
 * observations and 2 eras), in a 1500×950 scene on TestFX's stage, light appearance. {@link #close()} ends its
 * editing session and closes the collection.
 */
record ShownWindow(Path file, Workspace workspace, MainWindow window, Appearance appearance) implements AutoCloseable {

    static ShownWindow onDataset(Stage stage, Path dir, String name) {
        Path file = dir.resolve(name + "-" + System.nanoTime() + ".db");
        Workspace workspace = Workspace.open(file, false);
        Appearance appearance = new Appearance();
        MainWindow window = new MainWindow(workspace, appearance);
        Scene scene = new Scene(window, 1500, 950);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
        return new ShownWindow(file, workspace, window, appearance);
    }

    @Override
    public void close() {
        window.curation().close();
        workspace.close();
    }

    /** Waits for the window to reach a state; a timeout fails the test there (the stack trace says which wait). */
    static void await(BooleanSupplier condition) {
        try {
            // read on the FX thread: a lookup from the test thread walks the scene graph while the FX thread changes
            // it (an IndexOutOfBoundsException in CI, from the test itself)
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) { // a node not there yet: not the state awaited
                    return false;
                }
            }).get(20, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not reach the awaited state within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
