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
}
