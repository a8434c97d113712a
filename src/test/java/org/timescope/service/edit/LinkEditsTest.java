package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.LinkKind;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/**
 * Links between events are stored and read from either end, and created, changed and removed as undoable steps;
 * deleting an event takes its links and undoing the deletion brings them back; merging moves them to the survivor.
 */
class LinkEditsTest {

    private static final String FORUM = "19th-shanghai-international-ip-forum";
    private static final String SESSIONS = "19th-shanghai-international-ip-forum-sessions";
    private static final String CENTER = "shanghai-ip-protection-center-inaugurated";
    private static final String COLLEGE = "shanghai-international-college-of-ip-established";
    private static final String GRADUATES = "shanghai-international-college-first-graduates";
    private static final String QUOTE = "to inaugurate Shanghai IP Protection Center";

    @TempDir
    Path dir;
    Workspace workspace;
    Editor editor;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("c.db"), false); // the bundled dataset
        editor = new Editor(workspace);
        // a clean slate: whatever links the bundled dataset curates, these tests count their own
        for (EventLink l : workspace.links().all()) {
            editor.run(LinkEdits.delete(l));
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private TimelineEvent event(String key) {
        return workspace.events().byKey(key);
    }

    @Test
    void aLinkIsReadFromBothEndsWithItsQuotePlacedInItsSource() {
        EventLink link = new EventLink(CENTER, FORUM, LinkKind.PART_OF, "at the opening",
                List.of(new Evidence("seed-002", QUOTE, -1, -1)));
        editor.run(LinkEdits.create(link));

        assertThat(workspace.links().of(CENTER)).singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo(CENTER);
            assertThat(l.to()).isEqualTo(FORUM);
            assertThat(l.kind()).isEqualTo(LinkKind.PART_OF);
            assertThat(l.note()).isEqualTo("at the opening");
            // the seed's third paragraph: "… Commissioner Shen Changyu to inaugurate Shanghai IP Protection Center."
            assertThat(l.evidence()).singleElement().satisfies(e -> assertThat(e.start()).isGreaterThan(200));
        });
        assertThat(workspace.links().of(FORUM)).hasSize(1);
        assertThat(workspace.links().of(SESSIONS)).isEmpty();
    }

    @Test
    void createChangeAndDeleteAreEachOneUndoableStep() {
        EventLink link = new EventLink(GRADUATES, COLLEGE, LinkKind.FOLLOWS, null, List.of());
        EditResult created = editor.run(LinkEdits.create(link));
        assertThat(created.linksChanged()).isTrue();

        EventLink noted = new EventLink(GRADUATES, COLLEGE, LinkKind.FOLLOWS, "first class of the college", List.of());
        EditResult changed = editor.run(LinkEdits.change(link, noted));
        assertThat(workspace.links().of(COLLEGE)).containsExactly(noted);
        EventLink related = new EventLink(GRADUATES, COLLEGE, LinkKind.RELATED, "first class of the college", List.of());
        EditResult rekinded = editor.run(LinkEdits.change(noted, related));
        assertThat(workspace.links().of(COLLEGE)).containsExactly(related);

        editor.undo(rekinded.group());
        assertThat(workspace.links().of(COLLEGE)).containsExactly(noted);
        editor.undo(changed.group());
        assertThat(workspace.links().of(COLLEGE)).containsExactly(link);
        EditResult deleted = editor.run(LinkEdits.delete(link));
        assertThat(workspace.links().of(COLLEGE)).isEmpty();
        long undo = editor.undo(deleted.group()).group();
        assertThat(workspace.links().of(COLLEGE)).containsExactly(link);
        editor.redo(undo);
        assertThat(workspace.links().all()).isEmpty();
    }

    @Test
    void theSameLinkTwiceOrAnUndirectedOneReversedIsRefused() {
        editor.run(LinkEdits.create(new EventLink(FORUM, SESSIONS, LinkKind.RELATED, null, List.of())));
        assertThatThrownBy(() -> editor.run(LinkEdits.create(new EventLink(SESSIONS, FORUM, LinkKind.RELATED, null,
                List.of())))).hasMessage("these events are already linked as 'related'");
        assertThat(workspace.links().all()).hasSize(1);
    }

    @Test
    void aLinkChangedElsewhereIsNotOverwritten() {
        EventLink link = new EventLink(GRADUATES, COLLEGE, LinkKind.FOLLOWS, null, List.of());
        editor.run(LinkEdits.create(link));
        EventLink other = new EventLink(GRADUATES, COLLEGE, LinkKind.FOLLOWS, "another window's note", List.of());
        editor.run(LinkEdits.change(link, other));
        // this editor still shows the link without a note
        assertThatThrownBy(() -> editor.run(LinkEdits.change(link, new EventLink(GRADUATES, COLLEGE,
                LinkKind.FOLLOWS, "mine", List.of())))).hasMessageContaining("note was changed elsewhere");
        assertThat(workspace.links().of(COLLEGE)).containsExactly(other);
    }

    @Test
    void deletingAnEventTakesItsLinksAndUndoingTheDeletionRestoresThem() {
        EventLink a = new EventLink(SESSIONS, FORUM, LinkKind.PART_OF, null, List.of());
        EventLink b = new EventLink(CENTER, FORUM, LinkKind.PART_OF, "inaugurated at it",
                List.of(new Evidence("seed-002", QUOTE, -1, -1)));
        editor.run(LinkEdits.create(a));
        editor.run(LinkEdits.create(b));
        List<EventLink> before = workspace.links().all();

        EditResult deleted = editor.run(EventEdits.delete(List.of(event(FORUM), event(SESSIONS))));
        assertThat(workspace.links().all()).isEmpty();
        assertThat(workspace.links().of(CENTER)).isEmpty();

        editor.undo(deleted.group());
        assertThat(workspace.links().all()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void mergingMovesLinksToTheSurvivorWithoutSelfLinksOrDuplicates() {
        // SESSIONS is merged into FORUM: its link to FORUM would become a self-link, its link to CENTER is one
        // FORUM already has (related, the other way round), its link to COLLEGE moves.
        editor.run(LinkEdits.create(new EventLink(SESSIONS, FORUM, LinkKind.PART_OF, null, List.of())));
        editor.run(LinkEdits.create(new EventLink(FORUM, CENTER, LinkKind.RELATED, "kept", List.of())));
        editor.run(LinkEdits.create(new EventLink(CENTER, SESSIONS, LinkKind.RELATED, "dropped", List.of())));
        editor.run(LinkEdits.create(new EventLink(SESSIONS, COLLEGE, LinkKind.FOLLOWS, "moved", List.of())));
        List<EventLink> before = workspace.links().all();

        TimelineEvent kept = event(FORUM);
        EditResult merged = editor.run(EventEdits.merge(kept, event(SESSIONS), kept));

        assertThat(workspace.links().all()).containsExactlyInAnyOrder(
                new EventLink(FORUM, CENTER, LinkKind.RELATED, "kept", List.of()),
                new EventLink(FORUM, COLLEGE, LinkKind.FOLLOWS, "moved", List.of()));
        editor.undo(merged.group());
        assertThat(workspace.links().all()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** Found by a walk: the step was named by the events' keys in the status line and the Edit menu. */
    @Test
    void aLinksStepIsNamedByTheEventsTitles() {
        EventLink link = new EventLink(GRADUATES, COLLEGE, LinkKind.FOLLOWS, null, List.of());
        java.util.Map<String, String> titles = java.util.Map.of(GRADUATES, "First graduates", COLLEGE, "College founded");
        EditResult created = editor.run(LinkEdits.create(link, titles::get));
        assertThat(created.summary()).isEqualTo("Link 'First graduates' follows from 'College founded'");
        assertThat(LinkEdits.delete(link, titles::get).summary())
                .isEqualTo("Removal of link 'First graduates' follows from 'College founded'");
    }
}
