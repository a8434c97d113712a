package org.timescope.ui.catalog;

import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;

/** Chooses an event by the words of its title (searched off the FX thread); before typing, related events. */
final class EventChooser {
    private static final int MAX = 200;

    private EventChooser() {
    }

    /** Chooses the event to merge with {@code first} (or both events, when none is selected yet). */
    static void choose(Window owner, Curation curation, TimelineEvent first, Consumer<TimelineEvent> second) {
        if (first == null) {
            open(owner, curation, null, "Merge two events", "Choose the first event (it is kept)",
                    chosen -> choose(owner, curation, chosen, second));
            return;
        }
        open(owner, curation, first, "Merge with…", "Merge '" + first.title() + "' with …", second);
    }

    private static void open(Window owner, Curation curation, TimelineEvent first, String title, String header,
                             Consumer<TimelineEvent> chosen) {
        new Chooser<TimelineEvent>(owner, title, header, "Choose", e -> e.when().display() + " — " + e.title(),
                (text, answer) -> curation.background().run(() -> search(curation, first, text), answer, e -> { }))
                .show(chosen);
    }

    private static List<TimelineEvent> search(Curation curation, TimelineEvent first, String text) {
        var events = curation.workspace().events();
        String words = text == null ? "" : text.strip();
        List<TimelineEvent> found;
        if (words.isEmpty()) {
            // before typing: the events related to the first, or every event of a small collection
            found = first != null ? events.related(first.key(), 30)
                    : events.count(EventFilter.ALL) <= 2 * MAX ? events.find(EventFilter.ALL) : List.of();
        } else {
            found = events.find(EventFilter.ALL.withText(words.endsWith("*") ? words : words + "*"));
        }
        return found.stream().filter(e -> first == null || !e.key().equals(first.key())).limit(MAX).toList();
    }
}
