package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.Organisation;
import org.timescope.model.Theme;
import org.timescope.service.Workspace;

/**
 * Issue 13: deleting a theme or organisation that scopes an era stopped at the store's raw foreign-key message.
 * Now the era keeps its period and loses only the scope, in the same step, and one undo puts both back; a merge
 * moves the scope to the surviving entry.
 */
class EraScopeOnDeleteTest {

    @TempDir
    Path dir;
    Workspace workspace;
    Editor editor;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("c.db"), false);
        editor = new Editor(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Era era(String key) {
        return workspace.eras().eras().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void deletingAThemeThatScopesAnEraClearsTheScopeInTheSameUndoableStep() {
        editor.run(CatalogEdits.create(new Theme("Plan periods", null)));
        editor.run(EraEdits.create(new Era("plan-2021", "Plan 2021–2025", DateSpan.parse("2021", "2025"), null, null,
                "Plan periods", null, List.of())));
        int themes = workspace.catalog().themes().size();

        EditResult deleted = editor.run(CatalogEdits.delete(Kind.THEME, "Plan periods"));

        assertThat(workspace.catalog().themes()).hasSize(themes - 1)
                .noneMatch(t -> t.name().equals("Plan periods"));
        assertThat(era("plan-2021").theme()).isNull();
        assertThat(era("plan-2021").name()).isEqualTo("Plan 2021–2025");
        assertThat(era("plan-2021").when()).isEqualTo(DateSpan.parse("2021", "2025"));

        editor.undo(deleted.group());
        assertThat(workspace.catalog().themes()).anyMatch(t -> t.name().equals("Plan periods"));
        assertThat(era("plan-2021").theme()).isEqualTo("Plan periods");
    }

    @Test
    void deletingAnOrganisationThatScopesAnEraClearsItsScopeAndOtherErasAreUntouched() {
        editor.run(CatalogEdits.create(new Organisation("Planning Office", null, List.of(), null, org.timescope.model.OrganisationKind.OTHER, null)));
        editor.run(EraEdits.create(new Era("office-term", "The office's term", DateSpan.parse("2019", "2020"), null,
                "Planning Office", null, null, List.of())));
        List<Era> others = workspace.eras().eras().stream().filter(e -> !e.key().equals("office-term")).toList();

        editor.run(CatalogEdits.delete(Kind.ORGANISATION, "Planning Office"));

        assertThat(era("office-term").organisation()).isNull();
        assertThat(workspace.eras().eras().stream().filter(e -> !e.key().equals("office-term")).toList())
                .isEqualTo(others);
    }

    @Test
    void mergingAThemeMovesTheErasScopeToTheSurvivor() {
        editor.run(CatalogEdits.create(new Theme("Plans", null)));
        editor.run(CatalogEdits.create(new Theme("Planning", null)));
        editor.run(EraEdits.create(new Era("p", "A plan", DateSpan.parse("2022", "2023"), null, null, "Plans", null,
                List.of())));

        editor.run(CatalogEdits.merge(Kind.THEME, "Plans", "Planning"));

        assertThat(era("p").theme()).isEqualTo("Planning");
    }
}
