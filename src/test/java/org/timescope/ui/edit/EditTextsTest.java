package org.timescope.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;

class EditTextsTest {

    @Test
    void theDeletionQuestionNamesTheEvents() {
        assertThat(EditTexts.deleteQuestion(List.of("A"))).isEqualTo("Delete 'A'?");
        assertThat(EditTexts.deleteQuestion(List.of("Title A", "Title B"))).isEqualTo("Delete 'Title A' and 'Title B'?");
        assertThat(EditTexts.deleteQuestion(List.of("A", "B", "C"))).isEqualTo("Delete 'A', 'B' and 'C'?");
        assertThat(EditTexts.deleteQuestion(List.of("A", "B", "C", "D", "E", "F"))).isEqualTo("Delete 'A', 'B', 'C' and 3 other events?");
    }

    @Test
    void changesByAnotherProgramAreCountedAndNamed() {
        ChangeGroup one = new ChangeGroup(7, Instant.EPOCH, "bob", "edit", "Edit of 'X'", 0,
                List.of(new Change("event", "x", "title", "\"Old\"", "\"X\"")));
        ChangeGroup two = new ChangeGroup(8, Instant.EPOCH, "bob", "edit", "Edit of 'X'", 0,
                List.of(new Change("event", "x", "themes", "[]", "[\"Copyright\"]"), new Change("theme", "Copyright", "*", null, "{}")));
        assertThat(EditTexts.external(List.of(one, two), Map.of("x", "X")::get))
                .isEqualTo("2 changes by another program (title, themes of 'X')");
        assertThat(EditTexts.external(List.of(one), k -> null)).isEqualTo("1 change by another program (title of 'x')");
    }
}
