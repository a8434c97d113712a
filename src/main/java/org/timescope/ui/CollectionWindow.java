package org.timescope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.timescope.service.Preferences;
import org.timescope.service.PreferencesFile;
import org.timescope.service.Workspace;
import org.timescope.service.storage.NotACollectionException;
import org.timescope.timeline.layout.EventIndex;

/**
 * The window on one collection at a time. A collection is opened and read off the FX thread with a progress
 * bar (and, for a large one, a first picture of its dates); then the window is built on it. Switching (File →
 * New collection…, Open collection…, Open recent) reads the new one the same way and only then closes the
 * current one: a file that is refused gets a dialog with the reason, and the current collection stays open.
 */
final class CollectionWindow {

    private final Stage stage;
    private final Scene scene;
    private final Appearance appearance;
    private final WindowStateFile stateFile;
    private final RecentCollections recent;
    private final FileChoice files;
    private final String home;
    private final PreferencesFile preferencesFile;
    private Preferences preferences;
    private WindowState state;
    private Workspace workspace;
    /** Set by {@code TIMESCOPE_STARTUP_REPORT} (the bench's real start), else null. */
    private StartupReport startupReport;

    /** Without preferences (a window built alone in a test): the default author and lanes. */
    CollectionWindow(Stage stage, Scene scene, Appearance appearance, WindowStateFile stateFile,
                     RecentCollections recent, FileChoice files, String home) {
        this(stage, scene, appearance, stateFile, recent, files, home, null);
    }

    CollectionWindow(Stage stage, Scene scene, Appearance appearance, WindowStateFile stateFile,
                     RecentCollections recent, FileChoice files, String home, PreferencesFile preferencesFile) {
        this.preferencesFile = preferencesFile;
        this.preferences = preferencesFile == null ? Preferences.initial() : preferencesFile.load();
        this.stage = stage;
        this.scene = scene;
        this.appearance = appearance;
        this.stateFile = stateFile;
        this.state = stateFile.load();
        this.recent = recent;
        this.files = files;
        this.home = home;
    }

    /** Times the first picture and the usable window of the next collection read, then quits (bench --startup). */
    void reportStartup(StartupReport report) {
        this.startupReport = report;
    }

    WindowState state() {
        return state;
    }

    /** At start: the collection of the command line, then the files to import; a failure offers a way on. */
    void start(Path file, boolean empty, List<Path> toImport) {
        stage.setTitle(CollectionTitle.of(file, home));
        load(file, EarlyRead.take(file, empty), f -> Workspace.open(f, empty), window -> {
            if (!toImport.isEmpty()) {
                Platform.runLater(() -> window.importFiles(toImport));
            }
        }, failure -> cannotStart(file, empty, toImport, failure));
    }

    /** File → Open collection…: an existing collection only (nothing is created). */
    void openCollection() {
        files.collectionToOpen(stage.getScene().getWindow()).ifPresent(this::openExisting);
    }

    /** File → New collection…: an empty collection at a chosen path (an existing collection there is opened). */
    void newCollection() {
        files.collectionToCreate(stage.getScene().getWindow()).ifPresent(f -> switchTo(f, p -> Workspace.open(p, true)));
    }

    /** File → Open recent ▸ (a collection opened before). */
    void openExisting(Path file) {
        switchTo(file, Workspace::openExisting);
    }

    /** The collections opened last, newest first. */
    List<Path> recent() {
        return recent.list();
    }

    /** A collection as the menu names it: "study.db (~/research)". */
    String name(Path file) {
        return CollectionTitle.name(file, home);
    }

    /** The collection open now, if any. */
    Optional<Path> current() {
        return Optional.ofNullable(workspace).map(Workspace::file);
    }

    private void switchTo(Path file, Function<Path, Workspace> opener) {
        Parent shown = scene.getRoot();
        load(file, null, opener, window -> { }, failure -> {
            scene.setRoot(shown); // the current collection stays open, as it was
            refused(file, failure);
        });
    }

    /**
     * Opens and reads a collection off the FX thread while a loading pane is shown, then builds the window on
     * it; the workspace shown before is closed only once the new one is read. A read already under way (the
     * launch's, {@link EarlyRead}) is taken over instead of starting one.
     */
    private void load(Path file, EarlyRead early, Function<Path, Workspace> opener,
                      java.util.function.Consumer<MainWindow> then, java.util.function.Consumer<Throwable> failed) {
        Parent shown = scene.getRoot();
        LoadingPane loading = new LoadingPane("Opening " + file + " …", appearance.paintStyle());
        Task<CollectionRead.Opened> task = new Task<>() {
            @Override
            protected CollectionRead.Opened call() throws Exception {
                CollectionRead.Progress progress = new CollectionRead.Progress() {
                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public void progress(double fraction) {
                        updateProgress(fraction, 1);
                    }

                    @Override
                    public void preview(Path collection, EventIndex dates, List<String> themes) {
                        Platform.runLater(() -> showPreview(loading, collection, dates, themes));
                    }
                };
                if (early == null) {
                    return CollectionRead.read(file, opener, progress);
                }
                try {
                    return early.attach(progress).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        };
        task.messageProperty().addListener((o, a, message) -> loading.setMessage(message));
        task.progressProperty().addListener((o, a, share) -> loading.setProgress(share.doubleValue()));
        scene.setRoot(loading);
        if (early != null) {
            early.previewNow((collection, dates, themes) -> showPreview(loading, collection, dates, themes));
        }
        task.setOnSucceeded(e -> afterPreviewPulse(loading,
                () -> then.accept(show(task.getValue(), shown instanceof MainWindow w ? w : null))));
        task.setOnFailed(e -> failed.accept(task.getException()));
        Thread thread = new Thread(task, early == null ? "open-database" : "open-database-wait");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code build} now, or, when the loading pane holds a picture of the dates that no pulse has laid out yet,
     * right after the pulse that does: the read may have ended at once (a column cache on a fast disk), and the
     * window's own first frame takes longer than the picture's, which would otherwise never be shown.
     */
    private void afterPreviewPulse(LoadingPane loading, Runnable build) {
        if (scene.getRoot() != loading || !loading.previewAwaitingPulse()) {
            build.run();
            return;
        }
        // after this pulse: its frame is drawn while the window is built
        NextPulse.afterLayout(scene, () -> Platform.runLater(build));
        Platform.requestNextPulse();
    }

    /** Builds the window on what was read; the collection shown before (if any) is closed, its view kept. */
    private MainWindow show(CollectionRead.Opened opened, MainWindow before) {
        StartupReport.mark("window_build");
        MainWindow window;
        if (before != null) {
            state = state.withView(before.workspace().file().toString(), before.viewState());
            window = before.successor(opened.workspace(), opened.model());
        } else {
            appearance.style(scene); // the theme before the window's first control (the loading pane needs none)
            window = new MainWindow(opened.workspace(), opened.model(), appearance);
            window.exportChoices().putAll(state.exportChoices() == null ? Map.of() : state.exportChoices());
        }
        Workspace previous = workspace;
        workspace = opened.workspace();
        window.setCollections(this);
        scene.setRoot(window);
        if (before == null) {
            restoreDividers(window);
        }
        preferences.applyTo(workspace, System.getenv());
        WindowState.View view = state.views() == null ? null : state.views().get(workspace.file().toString());
        if (view == null) {
            window.timeline().setLaneMode(PreferencesDialog.laneMode(preferences.defaultLanes()));
        }
        window.restore(view);
        stage.setTitle(CollectionTitle.of(workspace.file(), home));
        recent.addInBackground(workspace.file());
        StartupReport.mark("window_built");
        if (startupReport != null) {
            startupReport.windowShown(scene);
            startupReport = null;
        }
        if (previous != null && previous != workspace) {
            previous.close();
        }
        return window;
    }

    /** FX thread: the dates read first, on the loading pane while it is shown, at the saved time window. */
    private void showPreview(LoadingPane loading, Path collection, EventIndex dates, List<String> themes) {
        if (scene.getRoot() != loading || loading.previews(dates)) {
            return; // replaced meanwhile, or shown already (at once, from a read that had reached the dates)
        }
        WindowState.View saved = state.views() == null ? null : state.views().get(collection.toString());
        double[] range = saved != null && saved.windowStart() != null && saved.windowEnd() != null
                ? new double[] {saved.windowStart(), saved.windowEnd()} : null;
        loading.preview(dates, themes, range);
        StartupReport.mark("preview_built");
        if (startupReport != null) {
            startupReport.previewShown(scene);
        }
    }

    /** The saved split positions, unless they would squeeze a pane below its minimum (then the defaults stay). */
    private void restoreDividers(MainWindow window) {
        if (PaneSizes.bodyUsable(state.bodyDividers(), scene.getWidth())) {
            window.panes().setDividers(state.bodyDividers().get(0), state.bodyDividers().get(1));
        }
        window.panes().filtersShownProperty().set(!Boolean.FALSE.equals(state.filtersPane()));
        window.panes().sideShownProperty().set(!Boolean.FALSE.equals(state.detailsPane()));
        if (PaneSizes.centreUsable(state.centreDividers(), window.centre().getHeight() > 0
                ? window.centre().getHeight() : scene.getHeight() - 200)) {
            window.centre().setDividerPositions(state.centreDividers().get(0));
        }
    }

    /** A collection that cannot be opened while another is shown: the reason, in one line; nothing else changes. */
    private void refused(Path file, Throwable failure) {
        appearance.apply();
        Alert alert = new Alert(Alert.AlertType.ERROR, UiErrors.message(failure), ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Timescope");
        alert.setHeaderText("Timescope cannot open " + file.getFileName());
        alert.getDialogPane().setId("refusal");
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }

    /**
     * At start there is no collection to fall back on. A damaged file may be set aside (renamed, never deleted)
     * for a new collection; a sound file that is not Timescope's to change (another program's, a newer
     * Timescope's) is never moved: another collection can be opened instead.
     */
    private void cannotStart(Path file, boolean empty, List<Path> toImport, Throwable failure) {
        Path absolute = file.toAbsolutePath();
        // a folder is never renamed (it may hold anything), nor a sound file of another program's
        boolean theirs = failure instanceof NotACollectionException || Files.isDirectory(absolute);
        ButtonType aside = new ButtonType("Set it aside and start a new one", ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType("Open another collection…", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        appearance.style(scene); // the theme is loaded after a start's first frame: this may come before it
        Alert alert = new Alert(Alert.AlertType.ERROR, "", theirs ? other : aside, quit);
        alert.setTitle("Timescope");
        alert.setHeaderText("Timescope cannot open the database");
        alert.setContentText(UiErrors.message(failure) + (theirs ? "\n\nThe " + (Files.isDirectory(absolute) ? "folder"
                : "file") + " is left as it is."
                : "\n\nTimescope can rename this file (nothing is deleted) and create a new database there with the "
                + "bundled dataset."));
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == aside) {
            try {
                setAside(absolute);
                start(file, empty, toImport);
            } catch (IOException e) {
                message("Timescope cannot set the file aside", absolute + "\n\n" + e.getMessage());
                Platform.exit();
            }
        } else if (answer.isPresent() && answer.get() == other) {
            Optional<Path> chosen = files.collectionToOpen(stage);
            if (chosen.isPresent()) {
                load(chosen.get(), null, Workspace::openExisting, w -> { },
                        f -> cannotStart(chosen.get(), empty, toImport, f));
            } else {
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

    /** Edit → Preferences…: stores what was chosen and applies it to the open collection and the window. */
    void openPreferences() {
        Map<String, String> env = System.getenv();
        PreferencesDialog.ask(stage, preferences, appearance.darkProperty().get(), recent.list().size(), env)
                .ifPresent(choice -> {
                    preferences = choice.preferences();
                    appearance.darkProperty().set(choice.dark());
                    if (workspace != null && preferences.authorFor(env) != null) {
                        workspace.setAuthor(preferences.author());
                    } else if (workspace != null && (env.get("TIMESCOPE_AUTHOR") == null || env.get("TIMESCOPE_AUTHOR").isBlank())) {
                        workspace.setAuthor(System.getProperty("user.name", "unknown")); // the name was cleared
                    }
                    if (choice.forgetRecent()) {
                        recent.clear();
                    }
                    if (preferencesFile != null && !preferencesFile.save(preferences)) {
                        message("Preferences not saved", "They could not be written to " + preferencesFile.file()
                                + "; they apply until Timescope is closed.");
                    }
                });
    }

    static void message(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    /** Saves the window state (with the view of the collection shown) and closes the collection. */
    void close() {
        if (scene.getRoot() instanceof MainWindow window && workspace != null) {
            WindowState next = new WindowState(stage.isMaximized() ? state.width() : stage.getWidth(),
                    stage.isMaximized() ? state.height() : stage.getHeight(), stage.isMaximized(),
                    usable(window.panes().dividers(), window.body().getWidth(), true),
                    usable(positions(window.centre()), window.centre().getHeight(), false), appearance.darkProperty().get(),
                    state.views(), window.exportChoices(), window.panes().filtersShownProperty().get(),
                    window.panes().sideShownProperty().get()).withView(workspace.file().toString(), window.viewState());
            stateFile.save(next);
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    /** Split positions worth saving: none (the defaults next time) when a pane is squeezed below its minimum. */
    private static List<Double> usable(List<Double> positions, double size, boolean body) {
        return (body ? PaneSizes.bodyUsable(positions, size) : PaneSizes.centreUsable(positions, size)) ? positions : null;
    }

    private static List<Double> positions(javafx.scene.control.SplitPane pane) {
        return java.util.Arrays.stream(pane.getDividerPositions()).boxed().toList();
    }
}
