package org.timescope.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timescope.service.PreferencesFile;

/**
 * The composition root of the window: parses the arguments, restores the window state and hands the stage to
 * a {@link CollectionWindow}, which opens the collection off the FX thread and builds the main window. A
 * database that cannot be opened gets a dialog with its path and the reason; never a stack trace. An exception
 * nothing caught is logged and shown in the error dialog ({@link CrashHandler}).
 */
public final class TimescopeApp extends Application {

    private CollectionWindow collections;

    @Override
    public void init() {
        StartupReport.mark("toolkit_started");
        CrashHandler.install(Launcher.logFile());
    }

    @Override
    public void start(Stage stage) {
        StartupReport.mark("fx_start");
        AppArguments arguments;
        try {
            arguments = AppArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            CollectionWindow.message("Timescope cannot start", e.getMessage());
            Platform.exit();
            return;
        }
        String home = System.getProperty("user.home");
        WindowStateFile stateFile = new WindowStateFile(WindowStateFile.defaultFile(System.getenv(), home));
        WindowState state = stateFile.load();
        Appearance appearance = new Appearance();
        appearance.darkProperty().set(state.dark() != null ? state.dark() : Appearance.systemPrefersDark());
        // no theme yet: the loading pane holds no control (decision 0049), and the theme is loaded after the first
        // frame; the collection's window applies it before its first control if it comes first
        Scene scene = new Scene(new LoadingPane("Opening " + arguments.database() + " …", appearance.paintStyle()),
                state.width(), state.height(),
                org.timescope.ui.timeline.LoadingPicture.background(appearance.paintStyle()));
        stage.setScene(scene);
        stage.getIcons().add(new javafx.scene.image.Image(TimescopeApp.class.getResource("/assets/timescope.png").toExternalForm()));
        stage.setMaximized(state.maximized());
        collections = new CollectionWindow(stage, scene, appearance, stateFile,
                RecentCollections.beside(WindowStateFile.defaultFile(System.getenv(), home)), FileChoice.dialogs(), home,
                new PreferencesFile(PreferencesFile.defaultFile(System.getenv(), home)));
        collections.reportStartup(StartupReport.fromEnvironment(System.getenv()));
        // the read started beside the toolkit has often reached the dates by now: then the first frame shows them
        collections.start(arguments.database(), arguments.empty(), arguments.files());
        stage.show();
        StartupReport.mark("stage_shown");
        NextPulse.afterLayout(scene, () -> Platform.runLater(() -> appearance.style(scene)));
    }

    @Override
    public void stop() {
        if (collections != null) {
            collections.close();
        }
    }
}
