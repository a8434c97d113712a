package org.timescope.ui.browse;

import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timescope.model.EventFilter;
import org.timescope.model.Indicator;
import org.timescope.service.storage.EventStore;
import org.timescope.timeline.layout.SeriesStrip;

/**
 * The window's statistics: every indicator observation of the collection (for the statistics table), the
 * series chosen for strips under the timeline, and those strips, which keep the observations the window's
 * date and place filters keep (organisation and theme filters do not apply to statistics).
 */
public final class StatisticsModel {

    private final EventStore events;
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<SeriesStrip>> strips = new ReadOnlyObjectWrapper<>(this, "strips", List.of());
    private final ObjectProperty<List<Indicator>> all = new SimpleObjectProperty<>(this, "all", List.of());
    private EventFilter filter = EventFilter.ALL;

    public StatisticsModel(EventStore events) {
        this.events = events;
        chosen.addListener((javafx.collections.ListChangeListener<String>) c -> rebuild());
        reload();
    }

    /** Reads the observations again (after an import or an edit). */
    public void reload() {
        all.set(List.copyOf(events.indicators(EventFilter.ALL)));
        chosen.retainAll(series());
        rebuild();
    }

    /** Follows the window's filter: its dates and places narrow the strips. */
    public void setFilter(EventFilter value) {
        filter = value == null ? EventFilter.ALL : value;
        rebuild();
    }

    /** Every observation of the collection, in the store's order. */
    public ReadOnlyObjectProperty<List<Indicator>> allProperty() {
        return all;
    }

    /** The names of the series, sorted. */
    public List<String> series() {
        return List.copyOf(new TreeSet<>(all.get().stream().map(Indicator::series).toList()));
    }

    /** The series drawn under the timeline, in the order chosen. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    public ReadOnlyObjectProperty<List<SeriesStrip>> stripsProperty() {
        return strips.getReadOnlyProperty();
    }

    private void rebuild() {
        if (chosen.isEmpty()) {
            strips.set(List.of());
            return;
        }
        EventFilter datesAndPlaces = EventFilter.ALL.withDates(filter.from(), filter.to()).withPlaces(filter.places());
        strips.set(SeriesStrip.of(List.copyOf(chosen), datesAndPlaces.isEmpty() ? all.get()
                : events.indicators(datesAndPlaces)));
    }
}
