package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;
import org.timescope.model.Evidence;
import org.timescope.service.Workspace;

/** Creating, editing and deleting an era are each one undoable step, logged like event edits. */
class EraEditsTest {

    @TempDir
    Path dir;
    Workspace workspace;
    Editor editor;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("c.db"), false); // the bundled dataset, with its two eras
        editor = new Editor(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names() {
        return workspace.eras().eras().stream().map(Era::name).toList();
    }

    @Test
    void anEraIsCreatedEditedAndDeletedAndEachStepUndoes() {
        List<String> bundled = names();
        Era era = new Era("thirteenth-plan", "13th Five-Year Plan", DateSpan.parse("2016", "2020"), "#aa5500",
                null, "Policy and planning", "Named in a test",
                List.of(new Evidence("seed-003", "14th Five-Year Plan", -1, -1)));
        EditResult created = editor.run(EraEdits.create(era));
        assertThat(created.erasChanged()).isTrue();
        assertThat(names()).startsWith("13th Five-Year Plan"); // 2016 comes before the bundled eras' 2022
        Era stored = workspace.eras().eras().get(0);
        assertThat(stored.theme()).isEqualTo("Policy and planning");
        assertThat(stored.evidence()).singleElement().satisfies(e -> assertThat(e.start()).isGreaterThan(0));

        Era renamed = new Era(stored.key(), "13th Five-Year Plan (2016–2020)", DateSpan.parse("2016-03", "2020"),
                null, null, null, stored.notes(), stored.evidence());
        EditResult edited = editor.run(EraEdits.update(stored, renamed));
        Era after = workspace.eras().eras().get(0);
        assertThat(after.name()).isEqualTo("13th Five-Year Plan (2016–2020)");
        assertThat(after.when().start().toString()).isEqualTo("2016-03");
        assertThat(after.colour()).isNull();
        assertThat(after.theme()).isNull();

        editor.undo(edited.group());
        assertThat(workspace.eras().eras().get(0)).isEqualTo(stored);

        EditResult deleted = editor.run(EraEdits.delete(stored));
        assertThat(names()).isEqualTo(bundled);
        editor.undo(deleted.group());
        assertThat(workspace.eras().eras().get(0)).isEqualTo(stored);
        editor.undo(created.group());
        assertThat(names()).isEqualTo(bundled);
    }

    @Test
    void anEraNamingAnUnknownThemeIsRefusedAndNothingIsStored() {
        Era era = new Era("x", "Unknown scope", DateSpan.parse("2020", null), null, null, "No such theme", null,
                List.of());
        assertThatThrownBy(() -> editor.run(EraEdits.create(era))).hasMessageContaining("No such theme");
        assertThat(names()).doesNotContain("Unknown scope");
    }

    private java.util.Map<String, String> drawnColours() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Era e : org.timescope.render.EraPainter.colouredAll(workspace.eras().eras())) {
            out.put(e.name(), e.colour());
        }
        return out;
    }

    @Test
    void anEraAddedBeforeTheOthersGetsAColourOfItsOwnAndRecoloursNoneOfThem() {
        java.util.Map<String, String> before = drawnColours();
        assertThat(before).hasSize(2);
        assertThat(new java.util.HashSet<>(before.values())).as("the bundled eras are told apart").hasSize(2);
        // 2016–2020: before both bundled eras (2022–2023) in the collection's order, and no colour typed
        editor.run(EraEdits.create(new Era("thirteenth-plan", "13th Five-Year Plan", DateSpan.parse("2016", "2020"),
                null, null, null, null, List.of())));
        assertThat(names()).startsWith("13th Five-Year Plan");
        java.util.Map<String, String> after = drawnColours();
        before.forEach((name, colour) -> assertThat(after.get(name)).as(name).isEqualTo(colour));
        assertThat(after.get("13th Five-Year Plan")).isNotNull().isNotIn(before.values());
        // the colour is the era's own, kept in the collection (an export or another window draws it the same)
        assertThat(workspace.eras().eras().get(0).colour()).isEqualTo(after.get("13th Five-Year Plan"));
    }
}
