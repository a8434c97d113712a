package org.timescope.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.timescope.model.Counts;
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.ui.browse.BrowserModel;

/**
 * Reading a collection for the window, off the FX thread and without any JavaFX toolkit: open it, count its
 * events, (for a large one) index its dates for a first picture, read its rows and build the browser model on
 * them. What it reaches is told to a {@link Progress}; the result is an {@link Opened} the window is built on.
 * The window's own switches run it in a Task ({@link CollectionWindow}); at launch it runs from the first line
 * of the process, beside the JavaFX start ({@link EarlyRead}).
 */
final class CollectionRead {

    /** From this many events on, the dates are read and drawn first (below it the whole read is quick). */
    static final int PREVIEW_FROM = 50_000;

    /** What a read tells as it goes (from the reading thread). */
    interface Progress {
        void message(String text);

        void progress(double fraction);

        /** The dates of a large collection (at {@code collection}), indexed for a first picture, and its theme names. */
        void preview(Path collection, EventIndex dates, List<String> themes);
    }

    /** A collection read: the open workspace and the browser model on its rows. */
    record Opened(Workspace workspace, BrowserModel model) {
    }

    private CollectionRead() {
    }

    /** Opens {@code file} with {@code opener} and reads it; on a failure nothing of it stays open. */
    static Opened read(Path file, Function<Path, Workspace> opener, Progress progress) {
        Workspace opened = opener.apply(file);
        StartupReport.mark("read_opened");
        try {
            int count = opened.events().count(EventFilter.ALL);
            StartupReport.mark("read_counted");
            progress.message("Reading " + Counts.grouped(count) + " events from " + opened.file() + " …");
            EventIndex dates = null;
            if (count >= PREVIEW_FROM) {
                // a first picture from the dates alone, in well under a second
                List<String> themes = opened.catalog().themes().stream().map(t -> t.name()).toList();
                // from a current column cache, its dates section (its rest is read next); when the columns were read
                // since the last write, every column, and the window's model then takes this index
                org.timescope.model.TimelineRows columns = opened.events().timelineDates();
                StartupReport.mark("read_dates");
                dates = EventIndex.of(columns, themes, opened.events()::byKey);
                StartupReport.mark("read_dates_indexed");
                progress.preview(opened.file(), dates, themes);
                progress.message("Reading the titles, organisations and themes of " + Counts.grouped(count)
                        + " events from " + opened.file() + " …");
            }
            opened.events().timelineRows(done -> progress.progress(done * 0.9)); // kept: the model reuses it
            StartupReport.mark("read_rows");
            BrowserModel model = new BrowserModel(opened, dates); // the columns, counts and vocabulary
            StartupReport.mark("read_model_built");
            return new Opened(opened, model);
        } catch (RuntimeException | Error e) {
            opened.close(); // the file may be set aside next: nothing of it stays open
            throw e;
        }
    }
}
