package org.timescope.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.service.Workspace;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.Kind;
import org.timescope.service.edit.UndoStack;

/** The catalogue's forms and sentences on the bundled dataset, without JavaFX. */
class EntryFormTest {

    @TempDir
    Path dir;
    Workspace workspace;
    UndoStack undo;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("c.db"), false);
        undo = new UndoStack(new Editor(workspace));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CatalogModel catalog() {
        return CatalogModel.read(workspace.catalog());
    }

    private EntryForm form(Kind kind, String name) {
        CatalogModel c = catalog();
        return new EntryForm(c, c.find(kind, name).orElseThrow());
    }

    @Test
    void renamingAnOrganisationAndAddingAnAliasIsOneEditThatUndoTakesBack() {
        EntryForm form = form(Kind.ORGANISATION, "WIPO Office in China");
        form.name = "WIPO China Office";
        List<String> aliases = new ArrayList<>(form.aliases);
        aliases.add("WIPO Beijing");
        form.aliases = aliases;
        assertThat(form.problem()).isEmpty();
        assertThat(form.changed()).isTrue();
        EditResult r = undo.run(form.command());
        assertThat(r.summary()).isEqualTo("Renaming of organisation 'WIPO Office in China' to 'WIPO China Office'");
        assertThat(r.changes()).extracting(c -> c.field()).containsExactly("aliases", "name");
        Organisation stored = workspace.catalog().organisations().stream()
                .filter(o -> o.name().equals("WIPO China Office")).findFirst().orElseThrow();
        assertThat(stored.aliases()).contains("WIPO Beijing");
        assertThat(stored.parent()).isEqualTo("World Intellectual Property Organization");
        // the events follow the new name, and the alias finds them
        assertThat(workspace.events().count(EventFilter.ALL.withOrganisations(Set.of("WIPO Beijing")))).isPositive();
        undo.undo();
        assertThat(workspace.catalog().organisations()).extracting(Organisation::name)
                .contains("WIPO Office in China").doesNotContain("WIPO China Office");
    }

    @Test
    void aThemeGetsItsOwnColourAndBackToThePalette() {
        EntryForm form = form(Kind.THEME, "Copyright");
        assertThat(form.colour).isNull();
        form.colour = "#12AB34";
        form.description = "Works and their authors";
        undo.run(form.command());
        Theme t = workspace.catalog().themes().stream().filter(x -> x.name().equals("Copyright")).findFirst().orElseThrow();
        assertThat(t.colour()).isEqualTo("#12ab34");
        assertThat(t.description()).isEqualTo("Works and their authors");
        EntryForm again = form(Kind.THEME, "Copyright");
        again.colour = null;
        undo.run(again.command());
        assertThat(workspace.catalog().themes()).filteredOn(x -> x.name().equals("Copyright"))
                .singleElement().extracting(Theme::colour).isNull();
    }

    @Test
    void aNameAnotherEntryHasIsRefused() {
        EntryForm form = form(Kind.THEME, "Copyright");
        form.name = "judicial protection";
        assertThat(form.problem()).contains("There is already a theme 'Judicial protection'");
    }

    @Test
    void aParentBelowTheEntryWouldMakeALoop() {
        EntryForm form = form(Kind.ORGANISATION, "World Intellectual Property Organization");
        form.parent = "WIPO Office in China";
        assertThat(form.problem()).contains("'World Intellectual Property Organization' cannot be inside "
                + "'WIPO Office in China': 'WIPO Office in China' is inside it");
        form.parent = "World Intellectual Property Organization";
        assertThat(form.problem()).contains("An entry cannot be inside itself");
        form.parent = "Atlantis Office";
        assertThat(form.problem()).contains("'Atlantis Office' is not a known organisation");
    }

    @Test
    void anAliasAnotherOrganisationAnswersToIsRefused() {
        EntryForm form = form(Kind.ORGANISATION, "WIPO Office in China");
        form.aliases = List.of("WIPO");
        assertThat(form.problem()).contains("'WIPO' already names 'World Intellectual Property Organization'");
        form.aliases = List.of();
        form.acronym = "CNIPA";
        assertThat(form.problem()).get().asString().startsWith("'CNIPA' already names");
    }

    @Test
    void malformedColoursAndDatesAreRefusedInOneLine() {
        EntryForm theme = form(Kind.THEME, "Copyright");
        theme.colour = "red";
        assertThat(theme.problem()).contains("The colour 'red' is not #rrggbb");
        CatalogModel c = catalog();
        CatalogModel.Entry source = c.entries(Kind.SOURCE).get(0);
        EntryForm form = new EntryForm(c, source);
        form.published = "June 2021";
        assertThat(form.problem()).contains("The date 'June 2021' is not YYYY, YYYY-MM or YYYY-MM-DD");
        form.published = "2021-06";
        form.publisher = "Xinhua";
        assertThat(form.problem()).isEmpty();
        undo.run(form.command());
        Source s = workspace.catalog().sources().stream().filter(x -> x.key().equals(source.name())).findFirst().orElseThrow();
        assertThat(s.publisher()).isEqualTo("Xinhua");
        assertThat(s.published().toString()).isEqualTo("2021-06");
        assertThat(s.text()).isEqualTo(((Source) source.value()).text());
    }

    @Test
    void anUnchangedFormSavesNothing() {
        assertThat(form(Kind.ORGANISATION, "WIPO Office in China").changed()).isFalse();
        assertThat(form(Kind.PERSON, catalog().entries(Kind.PERSON).get(0).name()).changed()).isFalse();
        assertThat(form(Kind.PLACE, "Shanghai").changed()).isFalse();
    }

    @Test
    void aPersonIsRenamed() {
        String name = catalog().entries(Kind.PERSON).get(0).name();
        EntryForm form = form(Kind.PERSON, name);
        form.name = name + " Jr";
        undo.run(form.command());
        assertThat(workspace.catalog().people()).contains(name + " Jr").doesNotContain(name);
    }
}
