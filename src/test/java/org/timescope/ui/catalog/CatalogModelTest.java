package org.timescope.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Kind;

/** The lists, their counts, search and the merge and delete sentences, without JavaFX. */
class CatalogModelTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static CatalogModel catalog;

    @BeforeAll
    static void open() {
        workspace = Workspace.open(dir.resolve("c.db"), false);
        catalog = CatalogModel.read(workspace.catalog());
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void everyEntryCarriesItsUsage() {
        CatalogModel.Entry judicial = catalog.find(Kind.THEME, "judicial protection").orElseThrow();
        int events = workspace.events().count(EventFilter.ALL.withThemes(Set.of("Judicial protection")));
        assertThat(judicial.usage()).isEqualTo(events).isEqualTo(8);
        assertThat(judicial.label()).isEqualTo("Judicial protection · 8 events");
        assertThat(catalog.find(Kind.THEME, "Copyright").orElseThrow().label()).isEqualTo("Copyright · 1 event");
        assertThat(catalog.entries(Kind.ORGANISATION)).hasSize(workspace.catalog().organisations().size());
        assertThat(catalog.entries(Kind.SOURCE)).hasSize(5);
    }

    @Test
    void searchFindsAnOrganisationByAcronymOrAlias() {
        assertThat(catalog.search(Kind.ORGANISATION, "wipo")).extracting(CatalogModel.Entry::name)
                .contains("World Intellectual Property Organization", "WIPO Office in China");
        assertThat(catalog.search(Kind.ORGANISATION, "office china")).extracting(CatalogModel.Entry::name)
                .contains("WIPO Office in China");
        assertThat(catalog.search(Kind.THEME, "")).hasSameSizeAs(catalog.entries(Kind.THEME));
    }

    @Test
    void theMergePreviewSaysWhereTheEventsGoAndThatTheNameStaysAsAnAlias() {
        CatalogModel.Entry office = catalog.find(Kind.ORGANISATION, "WIPO Office in China").orElseThrow();
        CatalogModel.Entry wipo = catalog.find(Kind.ORGANISATION, "World Intellectual Property Organization").orElseThrow();
        assertThat(catalog.mergePreview(office, wipo)).isEqualTo(office.usage() + " event" + (office.usage() == 1 ? " moves" : "s move")
                + " from 'WIPO Office in China' to 'World Intellectual Property Organization'; 'WIPO Office in China'"
                + " becomes an alias of 'World Intellectual Property Organization'.");
        CatalogModel.Entry copyright = catalog.find(Kind.THEME, "Copyright").orElseThrow();
        CatalogModel.Entry judicial = catalog.find(Kind.THEME, "Judicial protection").orElseThrow();
        assertThat(catalog.mergePreview(copyright, judicial)).endsWith("to 'Judicial protection'; 'Copyright' is removed.");
        assertThat(catalog.mergePreview(wipo, office)).contains("1 entry inside it moves under 'WIPO Office in China'");
    }

    @Test
    void anEntryInUseIsNotDeletedAndTheReasonCountsItsEvents() {
        CatalogModel.Entry judicial = catalog.find(Kind.THEME, "Judicial protection").orElseThrow();
        assertThat(catalog.deleteRefusal(judicial)).contains("'Judicial protection' is used by 8 events");
        assertThat(catalog.entries(Kind.PLACE)).filteredOn(e -> e.usage() == 0)
                .filteredOn(e -> catalog.entries(Kind.PLACE).stream().noneMatch(c -> e.name().equals(c.parent())))
                .allSatisfy(e -> assertThat(catalog.deleteRefusal(e)).isEmpty());
    }

    @Test
    void sourcesDoNotMergeAndAnEntryIsNotItsOwnTarget() {
        assertThat(CatalogModel.merges(Kind.SOURCE)).isFalse();
        CatalogModel.Entry copyright = catalog.find(Kind.THEME, "Copyright").orElseThrow();
        assertThat(catalog.mergeTargets(copyright)).hasSize(catalog.entries(Kind.THEME).size() - 1)
                .doesNotContain(copyright);
    }
}
