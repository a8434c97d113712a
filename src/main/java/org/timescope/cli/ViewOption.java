package org.timescope.cli;

import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;
import org.timescope.service.ViewService;
import org.timescope.service.Workspace;
import picocli.CommandLine.Option;

/** {@code --view NAME}: reproduce a view saved in the database instead of giving filter options. */
final class ViewOption {

    @Option(names = "--view", paramLabel = "NAME", description = "Use the saved view NAME (its filters, lanes, "
            + "time window and selection) instead of filter options.")
    String view;

    /** The saved view, or a view made of the filter options; both at once is an error. */
    SavedView resolve(Workspace workspace, EventFilter filter, String laneMode) {
        if (view == null) {
            return new SavedView("command line", filter, laneMode, null, null, null);
        }
        if (!filter.isEmpty()) {
            throw new Errors.CommandFailure("give either --view or filter options, not both");
        }
        return new ViewService(workspace).find(view);
    }

    /**
     * The events a view shows, for commands that write events rather than a picture: its filters, and of those the
     * events in its time window (a view saved at 2011–2021 exports no event of 2023). A picture takes the window
     * as its axis instead.
     */
    static EventFilter shown(SavedView v) {
        EventFilter f = v.filter();
        if (v.windowStart() == null || v.windowEnd() == null || v.windowEnd() <= v.windowStart()) {
            return f;
        }
        java.time.LocalDate from = java.time.LocalDate.ofEpochDay((long) Math.floor(v.windowStart()));
        java.time.LocalDate to = java.time.LocalDate.ofEpochDay((long) Math.ceil(v.windowEnd()) - 1);
        if (f.from() != null && f.from().firstDay().isAfter(from)) {
            from = f.from().firstDay();
        }
        if (f.to() != null && f.to().lastDay().isBefore(to)) {
            to = f.to().lastDay();
        }
        if (to.isBefore(from)) { // its date filter and its time window do not meet
            throw new Errors.CommandFailure("view '" + v.name() + "' shows no events: its dates (" + f.from() + " to "
                    + f.to() + ") lie outside its time window (" + java.time.LocalDate.ofEpochDay(
                    (long) Math.floor(v.windowStart())) + " to " + java.time.LocalDate.ofEpochDay(
                    (long) Math.ceil(v.windowEnd()) - 1) + ")");
        }
        return f.withDates(org.timescope.model.PartialDate.of(from), org.timescope.model.PartialDate.of(to));
    }
}
