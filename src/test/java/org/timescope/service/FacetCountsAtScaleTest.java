package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.Theme;
import org.timescope.timeline.layout.EventIndex;

/**
 * Filters that keep tens of thousands of events are counted against plain bits rather than intersected
 * container by container (issue 16); the counts and the events shown still agree with the store's SQL.
 */
class FacetCountsAtScaleTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static FacetFilter facets;
    static List<String> themes;

    @BeforeAll
    static void open() throws Exception {
        Path csv = TestFiles.generatedCsv(dir.resolve("g.csv"), 80_000, 3);
        workspace = Workspace.open(dir.resolve("g.db"), true);
        new ImportService(workspace).importFile(csv, null, ImportOptions.DEFAULT);
        themes = workspace.catalog().themes().stream().map(Theme::name).toList();
        facets = FacetFilter.of(EventIndex.of(workspace.events().timelineRows(), themes, workspace.events()::byKey),
                workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void organisationCountsUnderALargeThemeAgreeWithTheStore() {
        String largest = themes.stream().max(java.util.Comparator.comparingInt(
                t -> workspace.events().count(EventFilter.ALL.withThemes(Set.of(t))))).orElseThrow();
        EventFilter theme = EventFilter.ALL.withThemes(Set.of(largest));
        assertThat(workspace.events().count(theme)).as("the filter is large enough to be counted as bits")
                .isGreaterThan(4096);
        FacetFilter.Counts counts = facets.apply(theme).counts();
        for (Organisation o : workspace.catalog().organisations()) {
            assertThat(counts.organisations().getOrDefault(o.name(), 0)).as(o.name())
                    .isEqualTo(workspace.events().count(theme.withOrganisations(Set.of(o.name()))));
        }
    }

    @Test
    void aSearchWithThousandsOfMatchesShowsAndCountsWhatTheStoreFinds() {
        EventFilter search = EventFilter.ALL.withText("mediation");
        assertThat(workspace.events().count(search)).isGreaterThan(4096);
        FacetFilter.Result r = facets.apply(search);
        assertThat(r.shown()).hasSize(workspace.events().count(search));
        EventIndex shown = facets.shown(r, themes);
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            keys.add(shown.key(i));
        }
        assertThat(keys.stream().sorted().toList())
                .isEqualTo(workspace.events().find(search).stream().map(e -> e.key()).sorted().toList());
        for (String t : themes) {
            assertThat(r.counts().themes().getOrDefault(t, 0)).as(t)
                    .isEqualTo(workspace.events().count(search.withThemes(Set.of(t))));
        }
    }
}
