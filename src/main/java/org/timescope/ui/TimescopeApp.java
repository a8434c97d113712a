package org.timescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.timescope.model.Counts;
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.ui.browse.BrowserModel;

/**
 * The composition root of the window: parses the arguments, restores the window state, opens the
 * workspace off the FX thread and builds the main window. A database that cannot be opened gets a dialog
 * with its path and the reason, and an offer to set it aside and start a new one; never a stack trace.
 */
public final class TimescopeApp extends Application {

    private Workspace workspace;
    private Stage stage;
    private WindowStateFile stateFile;
    private WindowState state;
    private AppArguments arguments;
    private boolean filesImported;
    private Appearance appearance;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        try {
            arguments = AppArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            message("Timescope cannot start", e.getMessage());
            Platform.exit();
            return;
        }
        stateFile = new WindowStateFile(WindowStateFile.defaultFile(System.getenv(), System.getProperty("user.home")));
        state = stateFile.load();
        appearance = new Appearance();
        appearance.darkProperty().set(state.dark() != null ? state.dark() : Appearance.systemPrefersDark());
        Scene scene = new Scene(new LoadingPane("Opening " + arguments.database() + " …"), state.width(), state.height());
        appearance.style(scene);
        stage.setScene(scene);
        stage.setMaximized(state.maximized());
        stage.setTitle("Timescope — " + arguments.database());

        stage.show();
        open(scene, appearance, false);
    }

    private void open(Scene scene, Appearance appearance, boolean empty) {
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                Workspace opened = Workspace.open(arguments.database(), arguments.empty() || empty);
                int count = opened.events().count(EventFilter.ALL);
                updateMessage("Reading " + Counts.grouped(count) + " events from " + opened.file() + " …");
                try {
                    if (count >= PREVIEW_FROM) {
                        preview(scene, opened); // a first picture from the dates alone, in well under a second
                        updateMessage("Reading the titles, organisations and themes of " + Counts.grouped(count)
                                + " events from " + opened.file() + " …");
                    }
                    opened.events().timelineRows(done -> updateProgress(done * 0.9, 1)); // kept: the model reuses it
                    return new Opened(opened, new BrowserModel(opened)); // the columns, counts and vocabulary
                } catch (RuntimeException e) {
                    opened.close(); // the file may be set aside next: nothing of it stays open
                    throw e;
                }
            }
        };
        if (scene.getRoot() instanceof LoadingPane loading) {
            task.messageProperty().addListener((o, a, message) -> loading.message().setText(message));
            loading.progress().progressProperty().bind(task.progressProperty());
        }
        task.setOnSucceeded(e -> {
            workspace = task.getValue().workspace();
            MainWindow window = new MainWindow(workspace, task.getValue().model(), appearance);
            window.exportChoices().putAll(state.exportChoices() == null ? Map.of() : state.exportChoices());
            scene.setRoot(window);
            stage.setTitle("Timescope — " + workspace.file());
            restoreDividers(window);
            window.restore(state.views() == null ? null : state.views().get(workspace.file().toString()));
            if (!filesImported && !arguments.files().isEmpty()) {
                filesImported = true; // once, not again when the window is built on another database
                Platform.runLater(() -> window.importFiles(arguments.files()));
            }
        });
        task.setOnFailed(e -> offerNewDatabase(scene, appearance, UiErrors.message(task.getException())));
        Thread thread = new Thread(task, "open-database");
        thread.setDaemon(true);
        thread.start();
    }

    private record Opened(Workspace workspace, BrowserModel model) {
    }

    /** From this many events on, the dates are read and drawn first (below it the whole read is quick). */
    static final int PREVIEW_FROM = 50_000;

    /** Reads the dates alone (off the FX thread) and shows them on the loading pane, at the saved time window. */
    private void preview(Scene scene, Workspace opened) {
        List<String> themes = opened.catalog().themes().stream().map(t -> t.name()).toList();
        EventIndex dates = EventIndex.of(opened.events().timelineDates(), themes, key -> null);
        WindowState.View saved = state.views() == null ? null : state.views().get(opened.file().toString());
        double[] range = saved != null && saved.windowStart() != null && saved.windowEnd() != null
                ? new double[] {saved.windowStart(), saved.windowEnd()} : null;
        Platform.runLater(() -> {
            if (scene.getRoot() instanceof LoadingPane loading) {
                loading.preview(dates, themes, range, appearance);
            }
        });
    }

    private void restoreDividers(MainWindow window) {
        if (state.bodyDividers() != null && state.bodyDividers().size() == 2) {
            window.body().setDividerPositions(state.bodyDividers().get(0), state.bodyDividers().get(1));
        }
        if (state.centreDividers() != null && state.centreDividers().size() == 1) {
            window.centre().setDividerPositions(state.centreDividers().get(0));
        }
    }

    private void offerNewDatabase(Scene scene, Appearance appearance, String reason) {
        Path file = arguments.database().toAbsolutePath();
        ButtonType create = new ButtonType("Set it aside and start a new one", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", create, quit);
        alert.setTitle("Timescope");
        alert.setHeaderText("Timescope cannot open the database");
        alert.setContentText(file + "\n\n" + reason + "\n\nTimescope can rename this file (nothing is deleted) and "
                + "create a new database there with the bundled dataset.");
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == create) {
            try {
                setAside(file);
                open(scene, appearance, false);
            } catch (IOException e) {
                message("Timescope cannot set the file aside", file + "\n\n" + e.getMessage());
                Platform.exit();
            }
        } else {
            Platform.exit();
        }
    }

    private static void setAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.move(part, file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + suffix));
            }
        }
    }

    private static void message(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    private void saveState() {
        if (stage.getScene() == null || !(stage.getScene().getRoot() instanceof MainWindow window) || workspace == null) {
            return; // an import may have rebuilt the window: always take the one shown
        }
        WindowState next = new WindowState(stage.isMaximized() ? state.width() : stage.getWidth(),
                stage.isMaximized() ? state.height() : stage.getHeight(), stage.isMaximized(),
                positions(window.body()), positions(window.centre()), appearance.darkProperty().get(),
                state.views(), window.exportChoices()).withView(workspace.file().toString(), window.viewState());
        stateFile.save(next);
    }

    private static List<Double> positions(javafx.scene.control.SplitPane pane) {
        return java.util.Arrays.stream(pane.getDividerPositions()).boxed().toList();
    }

    @Override
    public void stop() {
        saveState();
        if (workspace != null) {
            workspace.close();
        }
    }
}
