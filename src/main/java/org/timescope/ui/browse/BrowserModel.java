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
    private final org.timescope.timeline.layout.EventIndex all;
    private final FacetFilter selector;
    private final ReadOnlyObjectWrapper<FacetFilter.Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetFilter.Counts.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObjectProperty<TimelineEvent> selection = new SimpleObjectProperty<>(this, "selection");
    private final List<Organisation> organisations;
    private final List<Theme> themes;
    private final List<Place> places;
    private final List<String> people;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, String> orgNames;
    private final int total;

    public BrowserModel(Workspace workspace) {
        this.workspace = workspace;
        organisations = workspace.catalog().organisations();
        themes = workspace.catalog().themes();
        places = workspace.catalog().places();
        people = workspace.catalog().people();
        workspace.catalog().sources().forEach(s -> sources.put(s.key(), s));
        orgNames = FacetFilter.organisationNames(organisations);
        all = org.timescope.timeline.layout.EventIndex.of(workspace.events().timelineRows(), themeNames(),
                workspace.events()::byKey);
        total = all.size();
        selector = FacetFilter.of(all, workspace);
        filter.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Applies the filter to the loaded columns: shown events and counts, no event objects. */
    private void refresh() {
        EventFilter f = filter.get();
        try {
            FacetFilter.Result r = selector.apply(f);
            org.timescope.timeline.layout.EventIndex index = selector.shown(r, themeNames());
            problem.set(null);
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
            orgs.add(orgNames.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), name));
        }
        return f.withOrganisations(orgs).withThemes(byCase(f.themes(), themeNames()))
                .withPlaces(byCase(f.places(), places.stream().map(Place::name).toList()))
                .withPeople(byCase(f.people(), people));
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
        return all;
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
        return total;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    public List<Theme> themes() {
        return themes;
    }

    public List<String> themeNames() {
        return themes.stream().map(Theme::name).toList();
    }

    public List<Place> places() {
        return places;
    }

    public List<String> people() {
        return people;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    /** Events (of all, not only the shown) that share most organisations with {@code event}, then the nearest. */
    public List<TimelineEvent> related(TimelineEvent event, int max) {
        return workspace.events().related(event.key(), max);
    }
}
