package org.timescope.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.browse.DetailPane;
import org.timescope.ui.browse.EventTable;
import org.timescope.ui.browse.FilterChips;
import org.timescope.ui.browse.FilterPanel;
import org.timescope.ui.browse.SourceViewer;
import org.timescope.ui.browse.StatisticsModel;
import org.timescope.ui.browse.StatisticsWindow;
import org.timescope.ui.timeline.OverviewBand;
import org.timescope.ui.timeline.SeriesStripsView;
import org.timescope.ui.timeline.TimelineView;

/**
 * The main window: menus and toolbar on top, active filters as chips, then filter panel | timeline with
 * its overview band over the event table | side pane (detail or an edit's form), and a status bar. Timeline,
 * table and detail pane share one selection ({@link SelectionSync}); imports and the reload after them are
 * {@link DataReload}'s; the view kept per database is {@link ViewRestore}'s.
 */
public final class MainWindow extends BorderPane {

    private final BrowserModel model;
    private final Workspace workspace;
    private final Appearance appearance;
    private final TimelineView timeline = new TimelineView();
    private final OverviewBand overview = new OverviewBand(timeline);
    private final SeriesStripsView strips = new SeriesStripsView(timeline);
    private final StatisticsModel statistics;
    private StatisticsWindow statisticsWindow;
    private final EventTable table = new EventTable();
    private final MainToolbar toolbar;
    private final StatusLine status;
    private final SelectionSync selection;
    private final ViewRestore views;
    private final DataReload reload;
    private final SplitPane body;
    private final BodyPanes panes;
    private final SplitPane centre;
    private final SidePane side;
    private final VBox timelineBox;
    private final javafx.scene.control.ScrollPane legend = new javafx.scene.control.ScrollPane();
    private final org.timescope.ui.edit.Curation curation;
    private final org.timescope.ui.edit.EditActions edits;
    private final EditWiring editWiring;
    private CollectionWindow collections;

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
        status = new StatusLine(model, timeline);
        selection = new SelectionSync(model, timeline, table, this::editSeveral);

        FilterPanel filters = new FilterPanel(model, paintStyle());
        side = new SidePane(new DetailPane(model, (source, evidence) ->
                SourceViewer.open(getScene() == null ? null : getScene().getWindow(), source, evidence)));
        statistics = new StatisticsModel(workspace.events());
        strips.stripsProperty().bind(statistics.stripsProperty());
        strips.onOpenProperty().set(this::openEvidence);
        showLegend();
        legend.setFitToWidth(true);
        legend.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        legend.setMinHeight(PaneSizes.LEGEND_MIN); // a small window scrolls the legend rather than cutting it or the timeline
        legend.getStyleClass().add("edge-to-edge");
        javafx.scene.control.ScrollPane stripsPane = new javafx.scene.control.ScrollPane(strips);
        stripsPane.setId("series-strips-pane");
        stripsPane.setFitToWidth(true);
        stripsPane.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        stripsPane.getStyleClass().add("edge-to-edge");
        stripsPane.visibleProperty().bind(strips.visibleProperty());
        stripsPane.managedProperty().bind(strips.managedProperty());
        stripsPane.setMinHeight(0);
        timelineBox = new VBox(timeline, stripsPane, overview, legend);
        // the strips take at most their share of the box; more strips than fit scroll (PaneSizes.stripsMax)
        stripsPane.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> PaneSizes.stripsMax(timelineBox.getHeight(), overview.getHeight() + legend.getHeight()),
                timelineBox.heightProperty(), overview.heightProperty(), legend.heightProperty()));
        legend.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> PaneSizes.legendMax(timelineBox.getHeight()), timelineBox.heightProperty()));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        centre = new SplitPane(timelineBox, table);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.64);
        body = new SplitPane();
        panes = new BodyPanes(body, filters, centre, side);
        side.placeIn(body, panes);
        filters.setMinWidth(PaneSizes.FILTERS);
        centre.setMinWidth(PaneSizes.CENTRE);
        side.setMinWidth(PaneSizes.SIDE);
        timelineBox.setMinHeight(PaneSizes.TIMELINE);
        table.setMinHeight(PaneSizes.TABLE);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(side, false);
        curation = session != null ? session : newSession(workspace);
        edits = new org.timescope.ui.edit.EditActions(curation, new EditHost());
        curation.onExternal(edits::external);
        side.detail().setFooter(this::detailFooter);
        // the eras under the detail pane: drawn behind the timeline as the filter allows, read again after edits
        org.timescope.ui.edit.ErasPane eras = new org.timescope.ui.edit.ErasPane(curation, timeline.erasProperty()::set,
                model::getFilter, model::themeNames, () -> model.organisations().stream().map(o -> o.name()).toList());
        side.setBottom(eras);
        // the editor takes the whole side column while it is open
        eras.visibleProperty().bind(side.centerProperty().isEqualTo(side.detail()));
        eras.managedProperty().bind(eras.visibleProperty());
        model.filterProperty().addListener((o, was, now) -> eras.publish());
        model.catalogueVersionProperty().addListener((o, was, now) -> eras.reload());
        model.selectionProperty().addListener((o, was, now) -> {
            if (now == null) {
                timeline.linksProperty().set(List.of());
            }
        });
        editWiring = new EditWiring(this, table, timeline, edits);
        editWiring.wire();
        closeSessionWithWindow();
        reload = new DataReload(this, workspace, curation, status);

        toolbar = new MainToolbar(model, timeline, () -> edits.create(null));
        editWiring.undoKeysIn(toolbar.search());
        views = new ViewRestore(model, timeline, toolbar.search(), selection, statistics);
        VBox top = new VBox(new Menus(this).bar(), toolbar.bar(),
                new FilterChips(model, () -> toolbar.search().setText(""), this::clearFilters));
        setTop(top);
        setCenter(body);
        setBottom(status.label());

        wire();
        showEvents(model.getEvents());
        reload.acceptDroppedFiles();
    }

    void importFiles() {
        reload.importFlow().choose();
    }

    /** Imports files named on the command line, as File → Import… would. */
    void importFiles(List<java.nio.file.Path> files) {
        reload.importFlow().run(files);
    }

    /** Reads the collection again off the FX thread and builds the window again on it, keeping the view. */
    void reloadData() {
        reload.reload();
    }

    /**
     * A window built again on a collection just read (this one after an import, or another one opened from the
     * File menu), keeping the split positions, the export choices and the File menu's collections.
     */
    MainWindow successor(Workspace next, BrowserModel fresh) {
        // the same collection keeps its editing session (undo stack, worker); another one gets its own
        MainWindow window = new MainWindow(next, fresh, appearance, next == workspace ? curation : null);
        window.exportChoices().putAll(exportChoices);
        window.statistics.chosen().setAll(statistics.chosen().stream().filter(window.statistics.series()::contains).toList());
        window.setCollections(collections);
        window.panes().copy(panes);
        window.centre().setDividerPositions(centre.getDividerPositions());
        if (statisticsWindow != null && statisticsWindow.isShowing()) {
            // an open statistics window shows this window's observations: it opens again on the successor's
            statisticsWindow.close();
            window.openStatisticsOnceShown();
        }
        return window;
    }

    /** Opens View → Statistics… once this window has taken its predecessor's place in the (shown) scene. */
    private void openStatisticsOnceShown() {
        javafx.beans.value.ChangeListener<javafx.scene.Scene> placed = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null && now.getWindow() != null) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(MainWindow.this::openStatistics);
                }
            }
        };
        sceneProperty().addListener(placed);
    }

    /** Where File → New collection…, Open collection… and Open recent go; none in a window built alone. */
    void setCollections(CollectionWindow collections) {
        this.collections = collections;
    }

    CollectionWindow collections() {
        return collections;
    }

    private void wire() {
        model.eventsProperty().addListener((o, a, events) -> showEvents(events));
        model.filterProperty().addListener((o, a, f) -> statistics.setFilter(f));
        statistics.setFilter(model.getFilter());
        model.problemProperty().addListener((o, a, p) -> status.update());
        timeline.scaleProperty().addListener((o, a, b) -> status.update());
        selection.wire();
        model.selectionProperty().addListener((o, a, e) -> selectionChanged(e));
        model.catalogueVersionProperty().addListener((o, a, b) -> catalogueChanged());
    }

    /** The legend, as tall as its lines at the width it has (it scrolls only when the window is too small). */
    private void showLegend() {
        Legend key = new Legend(model.themeNames(), () -> paintStyle(), appearance);
        legend.setContent(key);
        legend.prefViewportHeightProperty().bind(key.heightProperty());
    }

    /** The appearance's colours with the colours the researcher chose for themes (the catalogue's). */
    private org.timescope.render.PaintStyle paintStyle() {
        return appearance.paintStyle().withThemeColours(model.themes().stream().map(t -> t.colour()).toList());
    }

    /** An edit added or removed vocabulary: the filter lists, the legend and the lane order are built again. */
    private void catalogueChanged() {
        FilterPanel filters = new FilterPanel(model, paintStyle());
        filters.setMinWidth(PaneSizes.FILTERS);
        SplitPane.setResizableWithParent(filters, false);
        panes.replaceFilters(filters);
        showLegend();
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

    /** Several events selected on the timeline: the bulk editor shows them, unless an event form is open. */
    private void editSeveral() {
        if (!edits.formOpen()) {
            edits.edit();
        }
    }

    /** What the editing actions see of this window. */
    private final class EditHost implements org.timescope.ui.edit.EditActions.Host {
        @Override
        public BrowserModel model() {
            return model;
        }

        @Override
        public List<TimelineEvent> selected() {
            return selection.selected();
        }

        @Override
        public void select(List<String> keys) {
            selection.selectKeys(keys);
        }

        @Override
        public void showSide(javafx.scene.Node node) {
            side.show(node);
            if (node == null) {
                side.detail().setFooter(MainWindow.this::detailFooter); // shows the selection as it is now
                table.requestFocus(); // keys go on where they were (Ctrl+Z undoes the edit, not typing)
            }
        }

        @Override
        public void status(String text) {
            status.note(text);
        }

        @Override
        public void revealSelection() {
            selection.revealInTable();
        }

        @Override
        public javafx.stage.Window owner() {
            return getScene() == null ? null : getScene().getWindow();
        }
    }

    /** The event the researcher selected, kept while a search being typed ("F", "Fo" …) does not show it. */
    private TimelineEvent held;
    /** The first match a search selected by itself (not the researcher's choice). */
    private TimelineEvent jumped;
    private boolean showing;

    /** Keeps track of what the researcher selected (not what a search jumped to). */
    private void selectionChanged(TimelineEvent e) {
        if (!showing && e != jumped) {
            held = e;
        }
    }

    private void showEvents(List<TimelineEvent> events) {
        TimelineEvent selected = model.selectionProperty().get();
        TimelineEvent wanted = held != null ? held : selected;
        boolean edit = model.isApplyingEdit();
        showing = true;
        try {
            timeline.setIndex(model.shownProperty().get());
            timeline.emptyTextProperty().set(model.total() > 0 ? "No events match the filters (Ctrl+Shift+X clears them)"
                    : "No events yet: import a file or add an event (Ctrl+N)");
            if (!edit) {
                timeline.zoomToFit(); // an edit keeps the time window
                status.clearNote();
            }
            table.setItems(model.eventsProperty().get());
            if (wanted != null && events.contains(wanted)) {
                selection.select(wanted); // still (or again) shown: typing a search keeps it
            } else if (selected != null && events.contains(selected)) {
                selection.select(selected);
            } else if (!edit && model.getFilter().text() != null && !events.isEmpty()) {
                jumped = events.get(0);
                selection.select(jumped); // a search jumps to its first match
            } else {
                selection.select(null);
            }
        } finally {
            showing = false;
        }
        status.update();
    }

    /** The command line that lists what the window shows (same filter value, same semantics). */
    String commandLine() {
        return CommandLineText.of(model.getFilter(), workspace.file());
    }

    /** Selects these events, as a click on the timeline or in the table does. */
    void select(List<String> keys) {
        selection.selectKeys(keys);
    }

    void clearFilters() {
        toolbar.search().setText("");
        model.setFilter(EventFilter.ALL);
    }

    private final java.util.Map<String, String> exportChoices = new java.util.LinkedHashMap<>();

    /** The last choices of the export dialogs, kept with the window state. */
    java.util.Map<String, String> exportChoices() {
        return exportChoices;
    }

    /** The window's view now: filters, lanes, time window and selection, under a name. */
    org.timescope.model.SavedView currentView(String name) {
        return views.current(name);
    }

    /** Shows a saved view: its filters, lanes, time window and selection. */
    void apply(org.timescope.model.SavedView view) {
        views.apply(view);
    }

    void exportSnapshot() {
        double width = timeline.getWidth() > 0 ? timeline.getWidth() + 2 * org.timescope.render.FigurePainter.MARGIN : 1600;
        exportChoices.putAll(new SnapshotDialog(workspace, currentView("snapshot"), width, exportChoices,
                statistics.chosen())
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
        views.restore(view);
    }

    /** The lane mode, filters and time window to restore next time. */
    WindowState.View viewState() {
        return views.state();
    }

    BrowserModel model() {
        return model;
    }

    TimelineView timeline() {
        return timeline;
    }

    TextField searchField() {
        return toolbar.search();
    }

    Appearance appearance() {
        return appearance;
    }

    SplitPane body() {
        return body;
    }

    /** Which of the body's outer panes are shown, and where its splits are. */
    BodyPanes panes() {
        return panes;
    }

    SplitPane centre() {
        return centre;
    }

    void focusSearch() {
        Platform.runLater(toolbar.search()::requestFocus);
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
                // as the window's own edits: its selection and filters kept, the store read after the write
                boolean redone = r.action().equals("undo") || r.action().equals("redo");
                shown.edits().applied(r, redone ? r.summary() : r.summary() + " — saved");
            }
        });
        scene.getProperties().put(org.timescope.ui.catalog.Curation.class, catalogue);
        return catalogue;
    }

    /** View → Statistics…: the table of indicator observations and the series drawn in strips. */
    void openStatistics() {
        if (statisticsWindow == null) {
            statisticsWindow = new StatisticsWindow(statistics, getScene().getWindow(), this::openEvidence);
        }
        statisticsWindow.show();
        statisticsWindow.toFront();
    }

    StatisticsModel statistics() {
        return statistics;
    }

    SeriesStripsView seriesStrips() {
        return strips;
    }

    /** Opens the source of an observation at its quote. */
    private void openEvidence(org.timescope.model.Indicator observation) {
        org.timescope.model.Source source = model.sources().get(observation.evidence().sourceKey());
        if (source != null) {
            SourceViewer.open(getScene() == null ? null : getScene().getWindow(), source, observation.evidence());
        }
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

    /** Under the selected event's details: its links (given to the timeline for connectors) and its history. */
    private javafx.scene.Node detailFooter(TimelineEvent event) {
        return edits.footer(event, side.detail()::evidence, timeline.linksProperty()::set);
    }
}
