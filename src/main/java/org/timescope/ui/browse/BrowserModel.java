package org.timescope.ui.browse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.FacetFilter;
import org.timescope.service.Workspace;

/**
 * What the window shows, as properties: the filter (one {@link EventFilter}, the same value the command
 * line builds), the events that match, per-facet counts (each facet counted with the other facets
 * applied, so the numbers say what ticking a box would give) and the selection. No scene graph here.
 */
public final class BrowserModel {

    private final Workspace workspace;
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.ALL);
    private final ReadOnlyObjectWrapper<LazyEvents> events = new ReadOnlyObjectWrapper<>(this, "events");
    private final ReadOnlyObjectWrapper<org.timescope.timeline.layout.EventIndex> shown =
            new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<FacetFilter.Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetFilter.Counts.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObjectProperty<TimelineEvent> selection = new SimpleObjectProperty<>(this, "selection");
    private final javafx.beans.property.ReadOnlyIntegerWrapper catalogueVersion =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "catalogueVersion");
    private Data data;
    private java.util.concurrent.Executor reader = BrowserModel::daemon;
    private boolean applyingEdit;
    private TimelineEvent pendingSelection;
    private boolean selectionPending;

    /** What is read from the store: the vocabulary, the sources and the events as columns with their bitmaps. */
    private record Data(List<Organisation> organisations, List<Theme> themes, List<Place> places, List<String> people,
                        Map<String, Source> sources, Map<String, String> orgNames,
                        org.timescope.timeline.layout.EventIndex all, FacetFilter selector) {
        static Data read(Workspace workspace, org.timescope.timeline.layout.EventIndex built) {
            List<Organisation> organisations = workspace.catalog().organisations();
            List<Theme> themes = workspace.catalog().themes();
            Map<String, Source> sources = new HashMap<>();
            workspace.catalog().sources().forEach(s -> sources.put(s.key(), s));
            org.timescope.model.TimelineRows rows = workspace.events().timelineRows();
            List<String> order = themes.stream().map(Theme::name).toList();
            org.timescope.timeline.layout.EventIndex all = built != null && built.builtOn(rows, order) ? built
                    : org.timescope.timeline.layout.EventIndex.of(rows, order, workspace.events()::byKey);
            return new Data(organisations, themes, workspace.catalog().places(), workspace.catalog().people(), sources,
                    FacetFilter.organisationNames(organisations), all, FacetFilter.of(all, workspace));
        }

        /**
         * After an edit: only the events it named are read and spliced into the columns and bitsets (a million
         * events are not read again); the catalogue lists, small, are read again when an entry changed. Empty when
         * the edit needs a full read (see {@link org.timescope.service.edit.IndexUpdate}).
         */
        java.util.Optional<Data> updated(org.timescope.service.edit.EditResult r, Workspace workspace) {
            boolean catalogue = r.catalogueChanged();
            List<Theme> nextThemes = catalogue ? workspace.catalog().themes() : themes;
            return org.timescope.service.edit.IndexUpdate.apply(selector, r, workspace.events(),
                    nextThemes.stream().map(Theme::name).toList()).map(next -> {
                if (!catalogue) {
                    return new Data(organisations, themes, places, people, sources, orgNames, next.index(), next);
                }
                List<Organisation> orgs = workspace.catalog().organisations();
                Map<String, Source> nextSources = new HashMap<>();
                workspace.catalog().sources().forEach(s -> nextSources.put(s.key(), s));
                return new Data(orgs, nextThemes, workspace.catalog().places(), workspace.catalog().people(), nextSources,
                        FacetFilter.organisationNames(orgs), next.index(), next);
            });
        }
    }

    public BrowserModel(Workspace workspace) {
        this(workspace, null);
    }

    /**
     * As {@link #BrowserModel(Workspace)}, taking {@code built} as the index of every event when it was built on the
     * very columns the store gives now (see {@link org.timescope.timeline.layout.EventIndex#builtOn}); it must look
     * events up with the store's {@code byKey}. Else (or null) the index is built here.
     */
    public BrowserModel(Workspace workspace, org.timescope.timeline.layout.EventIndex built) {
        this.workspace = workspace;
        data = Data.read(workspace, built);
        filter.addListener((o, a, b) -> refresh());
        refresh();
    }

    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "reload-after-edit");
        t.setDaemon(true);
        t.start();
    }

    /** Where {@link #applyEdit} reads the store (the window's edit worker, so reads follow the writes in order). */
    public void setReader(java.util.concurrent.Executor reader) {
        this.reader = reader;
    }

    /**
     * The one way the window learns of an edit (its own, an undo or redo, or another program's): reads again what
     * is needed off the FX thread, then shows it on the FX thread keeping the filters and the time window, with
     * the selection on the event the edit made or changed (none when it was deleted). The future completes on
     * the FX thread once the window shows the result (exceptionally if the store could not be read; the window
     * is then left as it was).
     */
    public java.util.concurrent.CompletableFuture<Void> applyEdit(org.timescope.service.edit.EditResult result) {
        String key = selectionAfter(result);
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        Data current = data;
        reader.execute(() -> {
            try {
                Data fresh = current.updated(result, workspace).orElseGet(() -> Data.read(workspace, null));
                TimelineEvent selected = key == null ? null : workspace.events().byKey(key);
                javafx.application.Platform.runLater(() -> {
                    show(fresh, selected, result.catalogueChanged() || result.importUndone());
                    if (result.linksChanged() || result.importUndone()) {
                        linksVersion.set(linksVersion.get() + 1);
                    }
                    done.complete(null);
                });
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> done.completeExceptionally(e));
            }
        });
        return done;
    }

    /**
     * The event to select after an edit: the one it created, else the one selected now, else the first it changed.
     * Another program's changes ({@code external}) never move the selection.
     */
    private String selectionAfter(org.timescope.service.edit.EditResult result) {
        boolean external = "external".equals(result.action());
        for (org.timescope.model.Change c : result.changes()) {
            if (!external && c.entity().equals("event") && c.whole() && c.before() == null) {
                return c.key();
            }
        }
        TimelineEvent now = selection.get();
        if (now != null || external) {
            return now == null ? null : now.key();
        }
        return result.eventKeys().stream().findFirst().orElse(null);
    }

    private void show(Data fresh, TimelineEvent selected, boolean catalogueChanged) {
        applyingEdit = true;
        try {
            data = fresh;
            if (catalogueChanged) {
                catalogueVersion.set(catalogueVersion.get() + 1);
            }
            pendingSelection = selected;
            selectionPending = true;
            refresh();
        } finally {
            selectionPending = false;
            pendingSelection = null;
            applyingEdit = false;
        }
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper linksVersion = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /** Grows when an edit created, changed or removed links between events (the detail pane and connectors read again). */
    public javafx.beans.property.ReadOnlyIntegerProperty linksVersionProperty() {
        return linksVersion.getReadOnlyProperty();
    }

    /** True while the window shows the result of an edit (it keeps its time window and does not jump). */
    public boolean isApplyingEdit() {
        return applyingEdit;
    }

    /** Grows when the vocabulary changed (an edit created or removed an organisation, theme, person or place). */
    public javafx.beans.property.ReadOnlyIntegerProperty catalogueVersionProperty() {
        return catalogueVersion.getReadOnlyProperty();
    }

    /** Applies the filter to the loaded columns: shown events and counts, no event objects. */
    private void refresh() {
        EventFilter f = filter.get();
        try {
            FacetFilter.Result r = data.selector().apply(f);
            org.timescope.timeline.layout.EventIndex index = data.selector().shown(r, themeNames());
            problem.set(null);
            if (selectionPending) {
                selection.set(pendingSelection != null && index.indexOf(pendingSelection.key()) >= 0 ? pendingSelection : null);
            }
            shown.set(index);
            events.set(new LazyEvents(index, null));
            counts.set(r.counts());
            TimelineEvent selected = selection.get();
            if (selected != null && index.indexOf(selected.key()) < 0) {
                selection.set(null);
            }
        } catch (RuntimeException e) {
            problem.set(e.getMessage());
        }
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter value) {
        filter.set(canonical(value));
    }

    /** Changes one facet of the current filter. */
    public void update(Function<EventFilter, EventFilter> change) {
        setFilter(change.apply(filter.get()));
    }

    /** The filter with acronyms and aliases replaced by canonical names, so the checklists show them ticked. */
    private EventFilter canonical(EventFilter f) {
        Set<String> orgs = new java.util.LinkedHashSet<>();
        for (String name : f.organisations()) {
            orgs.add(data.orgNames().getOrDefault(name.toLowerCase(java.util.Locale.ROOT), name));
        }
        return f.withOrganisations(orgs).withThemes(byCase(f.themes(), themeNames()))
                .withPlaces(byCase(f.places(), places().stream().map(Place::name).toList()))
                .withPeople(byCase(f.people(), people()));
    }

    private static Set<String> byCase(Set<String> values, List<String> known) {
        Set<String> result = new java.util.LinkedHashSet<>();
        for (String v : values) {
            result.add(known.stream().filter(k -> k.equalsIgnoreCase(v)).findFirst().orElse(v));
        }
        return result;
    }

    /** The shown events as a list read on demand (see {@link LazyEvents}). */
    public ReadOnlyObjectProperty<LazyEvents> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public List<TimelineEvent> getEvents() {
        return events.get();
    }

    /** The shown events as timeline columns. */
    public ReadOnlyObjectProperty<org.timescope.timeline.layout.EventIndex> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** All events of the store as columns (for the date range of the sliders and the overview). */
    public org.timescope.timeline.layout.EventIndex all() {
        return data.all();
    }

    public ReadOnlyObjectProperty<FacetFilter.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The reason the last filter could not be applied (e.g. an unknown name), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<TimelineEvent> selectionProperty() {
        return selection;
    }

    public int total() {
        return data.all().size();
    }

    public List<Organisation> organisations() {
        return data.organisations();
    }

    public List<Theme> themes() {
        return data.themes();
    }

    public List<String> themeNames() {
        return data.themes().stream().map(Theme::name).toList();
    }

    public List<Place> places() {
        return data.places();
    }

    public List<String> people() {
        return data.people();
    }

    public Map<String, Source> sources() {
        return data.sources();
    }

    /** Events (of all, not only the shown) that share most organisations with {@code event}, then the nearest. */
    public List<TimelineEvent> related(TimelineEvent event, int max) {
        return workspace.events().related(event.key(), max);
    }
}
