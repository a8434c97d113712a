package org.timescope.ui;

import javafx.scene.control.TextField;
import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;
import org.timescope.model.TimelineEvent;
import org.timescope.timeline.layout.LaneMode;
import org.timescope.timeline.layout.TimeScale;
import org.timescope.ui.browse.BrowserModel;
import org.timescope.ui.browse.StatisticsModel;
import org.timescope.ui.timeline.TimelineView;

/**
 * The window's view as a value and back: filters (with the search text), lane mode, time window and selection —
 * kept per database in the window state with the statistics strips, and saved under a name (View → Views).
 */
final class ViewRestore {
    private final BrowserModel model;
    private final TimelineView timeline;
    private final TextField search;
    private final SelectionSync selection;
    private final StatisticsModel statistics;

    ViewRestore(BrowserModel model, TimelineView timeline, TextField search, SelectionSync selection,
                StatisticsModel statistics) {
        this.model = model;
        this.statistics = statistics;
        this.timeline = timeline;
        this.search = search;
        this.selection = selection;
    }

    /** The window's view now: filters, lanes, time window and selection, under a name. */
    SavedView current(String name) {
        TimeScale s = timeline.getScale();
        TimelineEvent selected = timeline.getSelection();
        // a selection the filters leave out is no part of the view (a figure refuses to select what it does not draw)
        boolean shown = selected != null && timeline.getIndex() != null && timeline.getIndex().indexOf(selected.key()) >= 0;
        return new SavedView(name, model.getFilter(), timeline.getLaneMode().name(),
                s == null ? null : s.startDay(), s == null ? null : s.endDay(), shown ? selected.key() : null);
    }

    /** Shows a saved view: its filters, lanes, time window and selection. */
    void apply(SavedView view) {
        timeline.setLaneMode(LaneMode.valueOf(view.laneMode()));
        search.setText(view.filter().text() == null ? "" : view.filter().text());
        model.setFilter(view.filter());
        if (view.windowStart() != null && view.windowEnd() != null) {
            timeline.showRange(view.windowStart(), view.windowEnd());
        }
        if (view.selected() != null) {
            model.getEvents().stream().filter(e -> e.key().equals(view.selected())).findFirst()
                    .ifPresent(selection::select);
        }
    }

    /** Puts back the lane mode, filters, time window and statistics strips last used with this database. */
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
        if (view.series() != null) {
            // only the series the collection still has (one may have been deleted or renamed since)
            statistics.chosen().setAll(view.series().stream().filter(statistics.series()::contains).distinct().toList());
        }
    }

    /** The lane mode, filters, time window and statistics strips to restore next time. */
    WindowState.View state() {
        TimeScale s = timeline.getScale();
        return WindowState.View.of(model.getFilter(), timeline.getLaneMode().name(),
                s == null ? null : s.startDay(), s == null ? null : s.endDay(), statistics.chosen());
    }
}
