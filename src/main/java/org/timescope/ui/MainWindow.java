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

    public MainWindow(Workspace workspace, Appearance appearance) {
        this(workspace, new BrowserModel(workspace), appearance);
    }

    /** A window on a model already read (the app reads it off the FX thread: seconds at a million events). */
    public MainWindow(Workspace workspace, BrowserModel model, Appearance appearance) {
        this.appearance = appearance;
        this.workspace = workspace;
        this.model = model;
        getStyleClass().add(Styles.MAIN_WINDOW);
        timeline.paintStyleProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                appearance::paintStyle, appearance.darkProperty()));
        timeline.themeOrderProperty().set(model.themeNames());

        FilterPanel filters = new FilterPanel(model, appearance.paintStyle());
        DetailPane detail = new DetailPane(model, (source, evidence) ->
                SourceViewer.open(getScene() == null ? null : getScene().getWindow(), source, evidence));
        VBox timelineBox = new VBox(timeline, overview, new Legend(model.themeNames(), appearance));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        centre = new SplitPane(timelineBox, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.64);
        body = new SplitPane(filters, centre, detail);
        body.setDividerPositions(0.21, 0.74);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(detail, false);

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
        return new ImportFlow(workspace, getScene().getWindow(), this::reloadData);
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
        MainWindow window = new MainWindow(next, fresh, appearance);
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
        return new ToolBar(new FontIcon("mdi2m-magnify"), search, spacer, lanesLabel, lanes,
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
                table.getSelectionModel().select(e);
                table.scrollTo(e);
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void showEvents(List<TimelineEvent> events) {
        TimelineEvent selected = model.selectionProperty().get();
        timeline.setIndex(model.shownProperty().get());
        timeline.zoomToFit();
        table.setItems(model.eventsProperty().get());
        if (model.getFilter().text() != null && !events.isEmpty()) {
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
        status.setText(sb.toString());
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
    org.timescope.ui.catalog.Curation curation() {
        javafx.scene.Scene scene = getScene();
        Object kept = scene.getProperties().get(org.timescope.ui.catalog.Curation.class);
        if (kept instanceof org.timescope.ui.catalog.Curation c && c.workspace() == workspace) {
            return c;
        }
        var undo = new org.timescope.service.edit.UndoStack(new org.timescope.service.edit.Editor(workspace));
        var curation = new org.timescope.ui.catalog.Curation(workspace, undo, r -> {
            if (scene.getRoot() instanceof MainWindow shown) {
                shown.reloadData();
            }
        });
        scene.getProperties().put(org.timescope.ui.catalog.Curation.class, curation);
        return curation;
    }

    void openCatalogue() {
        curation().openCatalogue(getScene().getWindow());
    }

    /** Merges the selected event with one chosen by title (both chosen when none is selected). */
    void mergeTwoEvents() {
        curation().mergeWith(getScene().getWindow(), model.selectionProperty().get());
    }
}
