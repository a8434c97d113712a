package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.FacetFilter;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * The window keeps the last search's matches, so that ticking a checklist under a search does not ask the
 * full-text index again; an edit must still show in the next search, and in the search combined with a checklist.
 */
class SearchAfterEditTest {

    @TempDir
    Path dir;

    @Test
    void aRetitledEventIsFoundByTheSameSearchAfterTheEdit() {
        try (Workspace w = Workspace.open(dir.resolve("s.db"), false)) {
            List<String> themes = w.catalog().themes().stream().map(Theme::name).toList();
            FacetFilter before = FacetFilter.of(EventIndex.of(w.events().timelineRows(), themes, w.events()::byKey), w);
            EventFilter search = EventFilter.ALL.withText("Zanzibarian");
            assertThat(before.apply(search).shown()).isEmpty();
            assertThat(before.apply(search).shown()).isEmpty(); // the kept matches, asked again

            TimelineEvent e = w.events().find(EventFilter.ALL).get(3);
            EditResult r = new Editor(w).run(EventEdits.edit(e, EditorUndoRedoTest.retitled(e, "Zanzibarian accord")));
            FacetFilter after = IndexUpdate.apply(before, r, w.events(), themes).orElseThrow();

            assertThat(keys(after, search, themes)).containsExactly(e.key());
            String org = e.organisationNames().get(0);
            assertThat(keys(after, search.withOrganisations(Set.of(org)), themes)).containsExactly(e.key());
        }
    }

    private static List<String> keys(FacetFilter facets, EventFilter f, List<String> themes) {
        EventIndex shown = facets.shown(facets.apply(f), themes);
        return java.util.stream.IntStream.range(0, shown.size()).mapToObj(shown::key).toList();
    }
}
