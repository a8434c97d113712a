package org.timescope.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.Counts;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.browse.DetailPane;
import org.timescope.ui.browse.EventTable;
import org.timescope.ui.browse.FilterChips;
import org.timescope.ui.browse.FilterPanel;
import org.timescope.ui.browse.SourceViewer;
import org.timescope.ui.timeline.OverviewBand;
import org.timescope.ui.timeline.TimelineView;

/**
 * The main window: menus and toolbar on top, active filters as chips, then filter panel | timeline with
 * its overview band over the event table | detail pane, and a status bar. Timeline, table and detail pane
 * share one selection through the {@link BrowserModel}.
 */
public final class MainWindow extends BorderPane {

    private final BrowserModel model;
    private final Workspace workspace;
    private final Appearance appearance;
    private final TimelineView timeline = new TimelineView();
    private final OverviewBand overview = new OverviewBand(timeline);
    private final EventTable table = new EventTable();
    private final TextField search = new TextField();
    private final ComboBox<LaneMode> lanes = new ComboBox<>(FXCollections.observableArrayList(LaneMode.values()));
    private final Label status = new Label();
    private final SplitPane body;
    private final SplitPane centre;
    private boolean syncingSelection;
    private CollectionWindow collections;
    private final org.timescope.ui.edit.Curation curation;
    private final org.timescope.ui.edit.EditActions edits;
    private final BorderPane side = new BorderPane();
    private DetailPane detail;
    private VBox timelineBox;
    private String note;
    private EditWiring editWiring;

    public MainWindow(Workspace workspace, Appearance appearance) {
        this(workspace, new BrowserModel(workspace), appearance);
    }

    /** A window on a model already read (the app reads it off the FX thread: seconds at a million events). */
    public MainWindow(Workspace workspace, BrowserModel model, Appearance appearance) {
        this(workspace, model, appearance, null);
    }

    /** A window that carries on an editing session (its undo stack) of a window it replaces; null starts one. */
    MainWindow(Workspace workspace, BrowserModel model, Appearance appearance, org.timescope.ui.edit.Curation session) {
        this.appearance = appearance;
        this.workspace = workspace;
        this.model = model;
        getStyleClass().add(Styles.MAIN_WINDOW);
        timeline.paintStyleProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                this::paintStyle, appearance.darkProperty(), model.catalogueVersionProperty()));
        timeline.themeOrderProperty().set(model.themeNames());

        FilterPanel filters = new FilterPanel(model, paintStyle());
        detail = new DetailPane(model, (source, evidence) ->
                SourceViewer.open(getScene() == null ? null : getScene().getWindow(), source, evidence));
        side.setCenter(detail);
        side.setMinWidth(0);
        timelineBox = new VBox(timeline, overview, new Legend(model.themeNames(), () -> paintStyle(), appearance));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        centre = new SplitPane(timelineBox, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.64);
        body = new SplitPane(filters, centre, side);
        body.setDividerPositions(0.21, 0.74);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(side, false);
        curation = session != null ? session : newSession(workspace);
        edits = new org.timescope.ui.edit.EditActions(curation, new EditHost());
        curation.onExternal(edits::external);
        detail.setFooter(edits::history);
        // the eras under the detail pane: drawn behind the timeline as the filter allows, read again after edits
        org.timescope.ui.edit.ErasPane eras = new org.timescope.ui.edit.ErasPane(curation, timeline.erasProperty()::set,
                model::getFilter, model::themeNames, () -> model.organisations().stream().map(o -> o.name()).toList());
        side.setBottom(eras);
        // the editor takes the whole side column while it is open
        eras.visibleProperty().bind(side.centerProperty().isEqualTo(detail));
        eras.managedProperty().bind(eras.visibleProperty());
        model.filterProperty().addListener((o, was, now) -> eras.publish());
        model.catalogueVersionProperty().addListener((o, was, now) -> eras.reload());
        editWiring = new EditWiring(this, table, timeline, edits);
        editWiring.wire();
        closeSessionWithWindow();

        VBox top = new VBox(new Menus(this).bar(), toolbar(),
                new FilterChips(model, () -> search.setText(""), this::clearFilters));
        setTop(top);
        setCenter(body);
        status.getStyleClass().add(Styles.STATUS_BAR);
        status.setId("status");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setPadding(new Insets(4, 10, 4, 10));
        setBottom(status);

        wire();
        showEvents(model.getEvents());
        acceptDroppedFiles();
    }

    /** Files dropped anywhere on the window are imported. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<java.nio.file.Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> importFlow().run(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private ImportFlow importFlow() {
        return new ImportFlow(workspace, getScene().getWindow(), this::reloadData, this::imported);
    }

    void importFiles() {
        importFlow().choose();
    }

    /** Imports files named on the command line, as File → Import… would. */
    void importFiles(List<java.nio.file.Path> files) {
        importFlow().run(files);
    }

    /**
     * After an import the vocabulary and the events have changed: the database is read again off the FX
     * thread (this window stays usable meanwhile), then the window is built again on it, keeping the view
     * (filters, lanes, time window), the split positions and export choices.
     */
    void reloadData() {
        if (getScene() == null) {
            return;
        }
        status.setText("Reading " + workspace.file() + " again after the import …");
        javafx.concurrent.Task<BrowserModel> task = new javafx.concurrent.Task<>() {
            @Override
            protected BrowserModel call() {
                return new BrowserModel(workspace);
            }
        };
        task.setOnSucceeded(e -> replaceWith(task.getValue()));
        task.setOnFailed(e -> status.setText("The database could not be read again after the import: "
                + UiErrors.message(task.getException())));
        Thread thread = new Thread(task, "reload-database");
        thread.setDaemon(true);
        thread.start();
    }

    private void replaceWith(BrowserModel fresh) {
        if (getScene() == null) {
            return;
        }
        WindowState.View view = viewState();
        MainWindow window = successor(workspace, fresh);
        getScene().setRoot(window);
        window.restore(view);
    }

    /**
     * A window built again on a collection just read (this one after an import, or another one opened from the
     * File menu), keeping the split positions, the export choices and the File menu's collections.
     */
    MainWindow successor(Workspace next, BrowserModel fresh) {
        // the same collection keeps its editing session (undo stack, worker); another one gets its own
        MainWindow window = new MainWindow(next, fresh, appearance, next == workspace ? curation : null);
        window.exportChoices().putAll(exportChoices);
        window.setCollections(collections);
        window.body().setDividerPositions(body.getDividerPositions());
        window.centre().setDividerPositions(centre.getDividerPositions());
        return window;
    }

    /** Where File → New collection…, Open collection… and Open recent go; none in a window built alone. */
    void setCollections(CollectionWindow collections) {
        this.collections = collections;
    }

    CollectionWindow collections() {
        return collections;
    }

    private ToolBar toolbar() {
        search.setId("search");
        search.setPromptText("Search titles, summaries and quotes");
        search.setPrefColumnCount(26);
        search.textProperty().addListener((o, a, text) -> model.update(f -> f.withText(text)));
        lanes.setId("lane-mode");
        lanes.setValue(LaneMode.NONE);
        lanes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LaneMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public LaneMode fromString(String s) {
                return null;
            }
        });
        lanes.valueProperty().bindBidirectional(timeline.laneModeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label lanesLabel = new Label("Lanes");
        Button create = new Button("New event", new FontIcon("mdi2p-plus"));
        create.setId("new-event");
        create.getStyleClass().add("flat");
        create.setTooltip(new Tooltip("A new event (Ctrl+N)"));
        create.setOnAction(e -> edits.create(null));
        return new ToolBar(new FontIcon("mdi2m-magnify"), search, create, spacer, lanesLabel, lanes,
                iconButton("zoom-in", "mdi2m-magnify-plus-outline", "Zoom in (+)", timeline::zoomIn),
                iconButton("zoom-out", "mdi2m-magnify-minus-outline", "Zoom out (−)", timeline::zoomOut),
                iconButton("zoom-fit", "mdi2a-arrow-expand-horizontal", "Zoom to fit all events (Ctrl+0)",
                        timeline::zoomToFit),
                iconButton("zoom-selection", "mdi2t-target", "Zoom to the selected event (Ctrl+E)",
                        timeline::zoomToSelection));
    }

    private static Button iconButton(String id, String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void wire() {
        model.eventsProperty().addListener((o, a, events) -> showEvents(events));
        model.problemProperty().addListener((o, a, p) -> updateStatus());
        timeline.scaleProperty().addListener((o, a, b) -> updateStatus());
        timeline.selectionProperty().addListener((o, a, e) -> select(e));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                select(e);
                timeline.revealSelection();
            }
        });
        model.selectionProperty().addListener((o, a, e) -> select(e));
        model.catalogueVersionProperty().addListener((o, a, b) -> catalogueChanged());
    }

    /** The appearance's colours with the colours the researcher chose for themes (the catalogue's). */
    private org.timescope.render.PaintStyle paintStyle() {
        return appearance.paintStyle().withThemeColours(model.themes().stream().map(t -> t.colour()).toList());
    }

    /** An edit added or removed vocabulary: the filter lists, the legend and the lane order are built again. */
    private void catalogueChanged() {
        double[] dividers = body.getDividerPositions();
        body.getItems().set(0, new FilterPanel(model, paintStyle()));
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        body.setDividerPositions(dividers);
        timelineBox.getChildren().set(2, new Legend(model.themeNames(), () -> paintStyle(), appearance));
        timeline.themeOrderProperty().set(model.themeNames());
    }

    private org.timescope.ui.edit.Curation newSession(Workspace workspace) {
        org.timescope.ui.edit.Curation c = new org.timescope.ui.edit.Curation(workspace, Platform::runLater);
        c.watch(WATCH_MILLIS, groups -> { });
        return c;
    }

    /** How often the change log is asked whether another program changed the collection. */
    static final long WATCH_MILLIS = 2000;

    /**
     * The session ends when the window closes (not when an import hands it to the window built after it). The
     * listeners hold the session only, never this window: a window rebuilt after an import must be collectable.
     */
    private void closeSessionWithWindow() {
        org.timescope.ui.edit.Curation c = curation;
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, a, window) -> c.closeWhenHidden(window));
                c.closeWhenHidden(scene.getWindow());
            }
        });
    }

    /** An import done in this window is one undo step; redo imports the file again. */
    private void imported(org.timescope.service.ImportService.Report report, java.util.function.Supplier<
            org.timescope.service.ImportService.Report> again) {
        curation.pushImport(report.group(), "Import of " + report.file().getFileName(), () -> {
            org.timescope.service.ImportService.Report r = again.get();
            // a "collection" change: the window reads the vocabulary again, as after an import's undo
            return new org.timescope.service.edit.EditResult(r.group(), "import", "Import of " + r.file().getFileName(),
                    List.of(new org.timescope.model.Change("collection", r.file().getFileName().toString(), "*", null, null)));
        });
    }

    /** The undo stack of this window's collection, shared with other windows on it (the catalogue). */
    public org.timescope.service.edit.UndoStack undoStack() {
        return curation.undoStack();
    }

    /** The editing session: undo stack, the worker every write runs on, the watch for other programs' changes. */
    public org.timescope.ui.edit.Curation curation() {
        return curation;
    }

    org.timescope.ui.edit.EditActions edits() {
        return edits;
    }

    EditWiring editWiring() {
        return editWiring;
    }

    TableView<TimelineEvent> table() {
        return table;
    }

    /** The width the event form is given when it opens in a narrower pane. */
    private static final double FORM_WIDTH = 340;

    /** What the editing actions see of this window. */
    private final class EditHost implements org.timescope.ui.edit.EditActions.Host {
        @Override
        public BrowserModel model() {
            return model;
        }

        @Override
        public List<TimelineEvent> selected() {
            List<TimelineEvent> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (rows.size() > 1) {
                return rows;
            }
            TimelineEvent e = model.selectionProperty().get();
            return e == null ? List.of() : List.of(e);
        }

        @Override
        public void select(List<String> keys) {
            if (!(table.getItems() instanceof org.timescope.ui.browse.LazyEvents lazy)) {
                return;
            }
            int[] rows = keys.stream().mapToInt(lazy::rowOf).filter(r -> r >= 0).toArray();
            if (rows.length > 0) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().selectIndices(rows[0], java.util.Arrays.copyOfRange(rows, 1, rows.length));
            }
        }

        @Override
        public void showSide(javafx.scene.Node node) {
            side.setCenter(node == null ? detail : node);
            double width = body.getWidth();
            if (node != null && width > 0 && side.getWidth() < FORM_WIDTH) {
                body.setDividerPosition(1, Math.max(0.5, 1 - FORM_WIDTH / width)); // room for the form
            }
            if (node == null) {
                detail.setFooter(edits::history); // shows the selection as it is now
                table.requestFocus(); // keys go on where they were (Ctrl+Z undoes the edit, not typing)
            }
        }

        @Override
        public void status(String text) {
            note = text;
            updateStatus();
        }

        @Override
        public javafx.stage.Window owner() {
            return getScene() == null ? null : getScene().getWindow();
        }
    }

    /** One selection for timeline, table and detail pane. */
    private void select(TimelineEvent e) {
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            model.selectionProperty().set(e);
            if (!Objects.equals(timeline.getSelection(), e)) {
                timeline.select(e);
                timeline.revealSelection();
            }
            if (e == null) {
                table.getSelectionModel().clearSelection();
            } else if (!Objects.equals(table.getSelectionModel().getSelectedItem(), e)) {
                int row = table.getItems().indexOf(e);
                if (row >= 0) {
                    table.getSelectionModel().clearAndSelect(row);
                    table.scrollTo(row);
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void showEvents(List<TimelineEvent> events) {
        TimelineEvent selected = model.selectionProperty().get();
        boolean edit = model.isApplyingEdit();
        timeline.setIndex(model.shownProperty().get());
        if (!edit) {
            timeline.zoomToFit(); // an edit keeps the time window
            note = null;
        }
        table.setItems(model.eventsProperty().get());
        if (!edit && model.getFilter().text() != null && !events.isEmpty()) {
            select(events.get(0)); // a search jumps to its first match
        } else if (selected != null && events.contains(selected)) {
            select(selected);
        } else {
            select(null);
        }
        updateStatus();
    }

    /** The command line that lists what the window shows (same filter value, same semantics). */
    String commandLine() {
        return CommandLineText.of(model.getFilter(), workspace.file());
    }

    void clearFilters() {
        search.setText("");
        model.setFilter(EventFilter.ALL);
    }

    private void updateStatus() {
        StringBuilder sb = new StringBuilder();
        sb.append(Counts.ofTotal(model.getEvents().size(), model.total()));
        String active = model.getFilter().describe();
        sb.append(active.isEmpty() ? " · no filters" : " · " + active);
        TimeScale s = timeline.getScale();
        if (s != null) {
            sb.append(" · showing ").append(PartialDate.of(java.time.LocalDate.ofEpochDay((long) Math.floor(s.startDay()))).display())
                    .append(" – ").append(PartialDate.of(java.time.LocalDate.ofEpochDay((long) Math.floor(s.endDay()))).display());
        }
        if (model.problemProperty().get() != null) {
            sb.append(" · ").append(model.problemProperty().get());
        }
        sb.append("   ·   ~ approximate  * inferred");
        status.setText(note == null ? sb.toString() : note + "   ·   " + sb);
    }

    private final java.util.Map<String, String> exportChoices = new java.util.LinkedHashMap<>();

    /** The last choices of the export dialogs, kept with the window state. */
    java.util.Map<String, String> exportChoices() {
        return exportChoices;
    }

    /** The window's view now: filters, lanes, time window and selection, under a name. */
    org.timescope.model.SavedView currentView(String name) {
        TimeScale s = timeline.getScale();
        TimelineEvent selected = timeline.getSelection();
        return new org.timescope.model.SavedView(name, model.getFilter(), timeline.getLaneMode().name(),
                s == null ? null : s.startDay(), s == null ? null : s.endDay(), selected == null ? null : selected.key());
    }

    /** Shows a saved view: its filters, lanes, time window and selection. */
    void apply(org.timescope.model.SavedView view) {
        timeline.setLaneMode(LaneMode.valueOf(view.laneMode()));
        search.setText(view.filter().text() == null ? "" : view.filter().text());
        model.setFilter(view.filter());
        if (view.windowStart() != null && view.windowEnd() != null) {
            timeline.showRange(view.windowStart(), view.windowEnd());
        }
        if (view.selected() != null) {
            model.getEvents().stream().filter(e -> e.key().equals(view.selected())).findFirst().ifPresent(this::select);
        }
    }

    void exportSnapshot() {
        double width = timeline.getWidth() > 0 ? timeline.getWidth() + 2 * org.timescope.render.FigurePainter.MARGIN : 1600;
        exportChoices.putAll(new SnapshotDialog(workspace, currentView("snapshot"), width, exportChoices)
                .show(getScene().getWindow()));
    }

    void exportData() {
        new DataExportDialog(workspace, model.getFilter(), exportChoices).show(getScene().getWindow());
    }

    Workspace workspace() {
        return workspace;
    }

    /** Puts back the lane mode, filters and time window last used with this database. */
    void restore(WindowState.View view) {
        if (view == null) {
            return;
        }
        try {
            timeline.setLaneMode(LaneMode.valueOf(view.laneMode()));
        } catch (RuntimeException e) {
            timeline.setLaneMode(LaneMode.NONE);
        }
        EventFilter filter;
        try {
            filter = view.filter();
        } catch (RuntimeException e) {
            filter = EventFilter.ALL;
        }
        model.setFilter(filter);
        if (model.problemProperty().get() != null) {
            model.setFilter(EventFilter.ALL); // names the database no longer has: start unfiltered
        }
        if (filter.text() != null) {
            search.setText(filter.text());
        }
        if (view.windowStart() != null && view.windowEnd() != null) {
            timeline.showRange(view.windowStart(), view.windowEnd());
        }
    }

    /** The lane mode, filters and time window to restore next time. */
    WindowState.View viewState() {
        TimeScale s = timeline.getScale();
        return WindowState.View.of(model.getFilter(), timeline.getLaneMode().name(),
                s == null ? null : s.startDay(), s == null ? null : s.endDay());
    }

    BrowserModel model() {
        return model;
    }

    TimelineView timeline() {
        return timeline;
    }

    TextField searchField() {
        return search;
    }

    Appearance appearance() {
        return appearance;
    }

    SplitPane body() {
        return body;
    }

    SplitPane centre() {
        return centre;
    }

    void focusSearch() {
        Platform.runLater(search::requestFocus);
    }

    /**
     * Curation (the catalogue, merging two events) with the window's undo stack. Kept with the scene, so that a
     * window rebuilt after an import or an edit keeps the same stack and catalogue window; after each change the
     * window shown then is read again.
     */
    org.timescope.ui.catalog.Curation catalogue() {
        javafx.scene.Scene scene = getScene();
        Object kept = scene.getProperties().get(org.timescope.ui.catalog.Curation.class);
        if (kept instanceof org.timescope.ui.catalog.Curation c && c.workspace() == workspace) {
            return c;
        }
        // the editing session's undo stack and worker: one stack, and one thread writes to the collection
        var catalogue = new org.timescope.ui.catalog.Curation(workspace, curation.undoStack(), curation.executor(), r -> {
            if (scene.getRoot() instanceof MainWindow shown) {
                shown.reloadData();
            }
        });
        scene.getProperties().put(org.timescope.ui.catalog.Curation.class, catalogue);
        return catalogue;
    }

    void openCatalogue() {
        catalogue().openCatalogue(getScene().getWindow());
    }

    /** Lists likely duplicate events and merges the pair chosen. */
    void findDuplicates() {
        catalogue().findDuplicates(getScene().getWindow());
    }

    /** Merges the selected event with one chosen by title (both chosen when none is selected). */
    void mergeTwoEvents() {
        catalogue().mergeWith(getScene().getWindow(), model.selectionProperty().get());
    }
}
