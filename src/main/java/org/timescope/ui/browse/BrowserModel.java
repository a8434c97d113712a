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
import org.timescope.service.Workspace;

/**
 * What the window shows, as properties: the filter (one {@link EventFilter}, the same value the command
 * line builds), the events that match, per-facet counts (each facet counted with the other facets
 * applied, so the numbers say what ticking a box would give) and the selection. No scene graph here.
 */
public final class BrowserModel {

    /** Counts per value for the four checklists. */
    public record Counts(Map<String, Integer> organisations, Map<String, Integer> themes,
                         Map<String, Integer> people, Map<String, Integer> places) {
        static final Counts NONE = new Counts(Map.of(), Map.of(), Map.of(), Map.of());
    }

    private final Workspace workspace;
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.ALL);
    private final ReadOnlyObjectWrapper<List<TimelineEvent>> events = new ReadOnlyObjectWrapper<>(this, "events", List.of());
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts", Counts.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObjectProperty<TimelineEvent> selection = new SimpleObjectProperty<>(this, "selection");
    private final List<Organisation> organisations;
    private final List<Theme> themes;
    private final List<Place> places;
    private final List<String> people;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, String> orgParents = new HashMap<>();
    private final Map<String, String> orgNames = new HashMap<>();
    private final Map<String, String> placeParents = new HashMap<>();
    private final int total;

    public BrowserModel(Workspace workspace) {
        this.workspace = workspace;
        organisations = workspace.catalog().organisations();
        themes = workspace.catalog().themes();
        places = workspace.catalog().places();
        people = workspace.catalog().people();
        workspace.catalog().sources().forEach(s -> sources.put(s.key(), s));
        organisations.forEach(o -> orgParents.put(o.name(), o.parent()));
        for (Organisation o : organisations) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name(), o.acronym()), o.aliases().stream())
                    .filter(java.util.Objects::nonNull)
                    .forEach(n -> orgNames.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), o.name()));
        }
        places.forEach(p -> placeParents.put(p.name(), p.parent()));
        total = workspace.events().count(EventFilter.ALL);
        filter.addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        EventFilter f = filter.get();
        try {
            List<TimelineEvent> found = workspace.events().find(f);
            Counts c = new Counts(
                    Facets.count(find(f.withOrganisations(Set.of())), TimelineEvent::organisationNames, orgParents),
                    Facets.count(find(f.withThemes(Set.of())), TimelineEvent::themes, Map.of()),
                    Facets.count(find(f.withPeople(Set.of())), e -> e.people().stream().map(p -> p.name()).toList(),
                            Map.of()),
                    Facets.count(find(f.withPlaces(Set.of())), TimelineEvent::places, placeParents));
            problem.set(null);
            events.set(found);
            counts.set(c);
            TimelineEvent selected = selection.get();
            if (selected != null && found.stream().noneMatch(e -> e.key().equals(selected.key()))) {
                selection.set(null);
            }
        } catch (RuntimeException e) {
            problem.set(e.getMessage());
        }
    }

    private List<TimelineEvent> find(EventFilter f) {
        return f.isEmpty() ? workspace.events().find(EventFilter.ALL) : workspace.events().find(f);
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

    public ReadOnlyObjectProperty<List<TimelineEvent>> eventsProperty() {
        return events.getReadOnlyProperty();
    }

    public List<TimelineEvent> getEvents() {
        return events.get();
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() {
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

    /** Events (of all, not only the filtered) that share an organisation with {@code event}, most shared first. */
    public List<TimelineEvent> related(TimelineEvent event, int max) {
        return Related.of(event, workspace.events().find(EventFilter.ALL), max);
    }
}
