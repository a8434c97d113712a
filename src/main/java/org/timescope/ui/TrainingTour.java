package org.timescope.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.Theme;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.TimeScale;

/**
 * What the package's AOT cache is trained on after the window is usable (decision 0050): with
 * {@code TIMESCOPE_AOT_TRAINING} in the environment of a measured start ({@code TIMESCOPE_STARTUP_REPORT}), the
 * window does, once each, what a researcher does first: ticks organisations and a theme, searches a word from a
 * title, clears the filters, zooms in and out and pans, selects an event, duplicates it and undoes that. The JVM
 * that records the cache then has loaded and linked those paths' classes and resolved their lambdas, so a session's
 * first filter, search or edit does not pay for it. Only {@code src/dist/aot-cache.sh} sets the variable, on a
 * collection of its own; without it nothing here runs.
 */
final class TrainingTour {

    static final String VARIABLE = "TIMESCOPE_AOT_TRAINING";

    private final MainWindow window;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Runnable then;

    TrainingTour(MainWindow window) {
        this.window = window;
    }

    static boolean asked(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value != null && !value.isBlank();
    }

    /** FX thread: the steps one after another, each after the frame of the one before; then {@code done}. */
    void run(Runnable done) {
        boolean[] finished = new boolean[1];
        then = () -> {
            if (!finished[0]) {
                finished[0] = true;
                done.run();
            }
        };
        // a step that never comes back (no frame, a write that hangs) must not hold up the package's build
        javafx.animation.PauseTransition watchdog = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(60));
        watchdog.setOnFinished(e -> then.run());
        watchdog.play();
        List<String> organisations = window.model().organisations().stream().map(Organisation::name).limit(3).toList();
        List<String> themes = window.model().themes().stream().map(Theme::name).limit(1).toList();
        steps.add(() -> window.model().setFilter(EventFilter.ALL.withOrganisations(Set.copyOf(organisations))));
        steps.add(() -> window.model().setFilter(window.model().getFilter().withThemes(Set.copyOf(themes))));
        steps.add(window::clearFilters);
        steps.add(() -> window.model().setFilter(EventFilter.ALL.withText(aWord(window.model().shownProperty().get()))));
        steps.add(window::clearFilters);
        for (double factor : new double[] {4, 4, 0.25, 0.25}) {
            steps.add(() -> zoom(factor));
        }
        steps.add(() -> {
            TimeScale s = window.timeline().getScale();
            if (s != null) {
                window.timeline().setScale(s.panBy(s.width() / 5));
            }
        });
        steps.add(() -> {
            EventIndex shown = window.model().shownProperty().get();
            if (shown.size() > 0) {
                window.select(List.of(shown.key(shown.size() / 2)));
            }
        });
        steps.add(() -> window.edits().duplicate());
        steps.add(() -> window.edits().undo());
        next();
    }

    private void zoom(double factor) {
        TimeScale s = window.timeline().getScale();
        if (s != null) {
            window.timeline().setScale(s.zoomAt(s.width() / 2, factor));
        }
    }

    /** A word of four letters or more from a shown title (any word the full-text index holds will do). */
    private static String aWord(EventIndex shown) {
        for (int i = 0; i < Math.min(shown.size(), 100); i++) {
            for (String word : shown.title(i).split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    return word;
                }
            }
        }
        return "policy";
    }

    /** The next step once the last one's writes are done and its frame is laid out; a step that fails is skipped. */
    private void next() {
        javafx.beans.property.ReadOnlyBooleanProperty busy = window.curation().busyProperty();
        if (busy.get()) { // an edit still being written: on, once it is
            busy.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (!is) {
                        busy.removeListener(this);
                        Platform.runLater(TrainingTour.this::next);
                    }
                }
            });
            return;
        }
        Runnable step = steps.poll();
        if (step == null) {
            then.run();
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            // training only: the cache is made from whatever ran
        }
        if (window.getScene() == null) {
            then.run();
            return;
        }
        NextPulse.afterLayout(window.getScene(), () -> Platform.runLater(this::next));
        Platform.requestNextPulse();
    }
}
