package org.timescope.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.timescope.service.Workspace;

/**
 * The composition root of the window: parses the arguments, opens the workspace off the FX thread and
 * hands it to the main window. Failures are shown as a one-paragraph dialog, never a stack trace.
 */
public final class TimescopeApp extends Application {

    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        AppArguments arguments;
        try {
            arguments = AppArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Appearance appearance = new Appearance();
        appearance.darkProperty().set(Appearance.systemPrefersDark());
        javafx.scene.control.Label loading = new javafx.scene.control.Label("Opening " + arguments.database() + " …");
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(loading);
        Scene scene = new Scene(root, 1440, 900);
        appearance.style(scene);
        stage.setScene(scene);
        stage.setTitle("Timescope — " + arguments.database().getFileName());
        stage.show();

        Task<Workspace> open = new Task<>() {
            @Override
            protected Workspace call() {
                return Workspace.open(arguments.database(), arguments.empty());
            }
        };
        open.setOnSucceeded(e -> {
            workspace = open.getValue();
            stage.setTitle("Timescope — " + workspace.file());
            scene.setRoot(new MainWindow(workspace, appearance));
        });
        open.setOnFailed(e -> fail(UiErrors.message(open.getException())));
        Thread thread = new Thread(open, "open-database");
        thread.setDaemon(true);
        thread.start();
    }

    private void fail(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Timescope cannot open the database");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
