package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;
import org.timescope.model.OrganisationRole;
import org.timescope.service.ExportFormat;
import org.timescope.service.ExportService;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * A merge of an organisation that thousands of events use: one change row for the links however many events
 * (not one per event), the events' lists as a researcher expects them after it, an undo that gives back the
 * exact collection (the JSON export, which lists each event's organisations in order) and a redo that gives
 * back the merged one. Expected lists come from how the test wrote the file.
 */
class MergeOfAWidelyUsedEntryTest {

    private static final int EVENTS = 3_000;

    @TempDir
    Path dir;

    @Test
    void aMergeOfAnOrganisationOfThousandsOfEventsIsOneLinkChangeAndUndoesExactly() throws Exception {
        Path db = dir.resolve("c.db");
        StringBuilder csv = new StringBuilder("id,start,title,organisations,themes\n");
        for (int i = 0; i < EVENTS; i++) {
            String orgs = switch (i % 3) {
                case 0 -> "Alpha Office;Beta Office";   // both, the one merged away first
                case 1 -> "Alpha Office";                // only the one merged away
                default -> "Beta Office;Alpha Office";   // both, the survivor first
            };
            csv.append("m-").append(i).append(",2020-01-").append(String.format("%02d", 1 + i % 28)).append(",Event ")
                    .append(i).append(',').append(orgs).append(",Theme ").append(i % 4).append('\n');
        }
        Path file = Files.writeString(dir.resolve("offices.csv"), csv);
        try (Workspace workspace = Workspace.open(db, false)) {
            Editor editor = new Editor(workspace);
            ImportService.Report imported = new ImportService(workspace).importFile(file, null, ImportOptions.DEFAULT);
            assertThat(imported.added()).isEqualTo(EVENTS);
            String start = state(workspace);
            long changeRows = count(db, "SELECT count(*) FROM change");

            EditResult merge = editor.run(CatalogEdits.merge(Kind.ORGANISATION, "Alpha Office", "Beta Office"));

            assertThat(count(db, "SELECT count(*) FROM change") - changeRows)
                    .as("rows logged: the link move, the entry removed, the survivor's aliases").isEqualTo(3);
            assertThat(merge.changes()).extracting(c -> c.field()).containsExactly("links", "*", "aliases");
            for (int i : new int[] {0, 1, 2, 2_997, 2_998, 2_999}) {
                assertThat(workspace.events().byKey("m-" + i).organisations()).extracting(OrganisationRole::organisation)
                        .as("event m-%d", i).containsExactly("Beta Office");
            }
            assertThat(count(db, "SELECT count(*) FROM event_organisation l JOIN organisation o ON o.id = l.organisation_id "
                    + "WHERE o.name = 'Beta Office'")).isEqualTo(EVENTS);
            assertThat(workspace.catalog().organisations()).noneMatch(o -> o.name().equals("Alpha Office"));
            String merged = state(workspace);
            assertThat(editor.lastUndoable().orElseThrow().id()).isEqualTo(merge.group());

            EditResult undo = editor.undo(merge.group());
            assertThat(state(workspace)).isEqualTo(start);
            assertThat(workspace.events().byKey("m-2").organisations()).extracting(OrganisationRole::organisation)
                    .containsExactly("Beta Office", "Alpha Office");
            assertThat(editor.lastUndoable().orElseThrow().id()).as("the merge is undone: the import is next")
                    .isEqualTo(imported.group());

            editor.redo(undo.group());
            assertThat(state(workspace)).isEqualTo(merged);
        }
    }

    @Test
    void aMergeUndoneAfterAnotherProgramChangedALinkIsRefusedAndChangesNothing() throws Exception {
        Path db = dir.resolve("c.db");
        Path file = Files.writeString(dir.resolve("two.csv"), "id,start,title,organisations\n"
                + "t-1,2021-03-01,First,Alpha Office\nt-2,2021-03-02,Second,Alpha Office;Gamma Office\n");
        try (Workspace workspace = Workspace.open(db, false)) {
            Editor editor = new Editor(workspace);
            new ImportService(workspace).importFile(file, null, ImportOptions.DEFAULT);
            EditResult merge = editor.run(CatalogEdits.merge(Kind.ORGANISATION, "Alpha Office", "Gamma Office"));
            // someone else takes t-2's organisation off meanwhile
            var t2 = workspace.events().byKey("t-2");
            editor.run(EventEdits.edit(t2, new org.timescope.model.TimelineEvent(t2.key(), t2.title(), t2.summary(),
                    t2.category(), t2.when(), t2.approximate(), t2.inferred(), t2.dateNote(), t2.places(),
                    java.util.List.of(), t2.themes(), t2.people(), t2.evidence())));
            String before = state(workspace);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> editor.undo(merge.group()))
                    .isInstanceOf(org.timescope.service.storage.ConflictException.class)
                    .hasMessageContaining("changed elsewhere; nothing was saved");
            assertThat(state(workspace)).isEqualTo(before);
        }
    }

    private static String state(Workspace workspace) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportService(workspace).export(EventFilter.ALL, ExportFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
