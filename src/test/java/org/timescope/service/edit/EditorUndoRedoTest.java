package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timescope.model.ChangeGroup;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;
import org.timescope.service.ExportFormat;
import org.timescope.service.ExportService;
import org.timescope.service.Workspace;
import org.timescope.service.storage.ConflictException;

/**
 * Random sequences of edits, bulk edits, merges and deletes on the bundled dataset, then undo of all of them:
 * the JSON export (and the catalogue lists it leaves out) is what it was at the start; redo of all: what it was
 * at the end. The expected states are exports taken before and after, not anything the editor computes.
 */
class EditorUndoRedoTest {

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

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void undoingEverythingRestoresTheStartAndRedoingRestoresTheEnd(long seed) throws Exception {
        Random random = new Random(seed);
        String start = state();
        List<Long> done = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            EditResult r = editor.run(randomCommand(random, step));
            if (r.group() > 0) {
                done.add(r.group());
            }
        }
        String end = state();
        assertThat(end).isNotEqualTo(start);
        List<Long> undos = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            undos.add(editor.undo(done.get(i)).group());
        }
        assertThat(state()).isEqualTo(start);
        for (int i = undos.size() - 1; i >= 0; i--) {
            editor.redo(undos.get(i));
        }
        assertThat(state()).isEqualTo(end);
    }

    private EditCommand randomCommand(Random random, int step) {
        List<TimelineEvent> events = workspace.events().find(EventFilter.ALL);
        TimelineEvent e = events.get(random.nextInt(events.size()));
        TimelineEvent other = events.get(random.nextInt(events.size()));
        List<Organisation> orgs = workspace.catalog().organisations();
        List<Theme> themes = workspace.catalog().themes();
        return switch (random.nextInt(9)) {
            case 0 -> EventEdits.edit(e, retitled(e, e.title() + " (checked " + step + ")"));
            case 1 -> EventEdits.edit(e, redated(e, DateSpan.of(PartialDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12)))));
            case 2 -> EventEdits.create(new TimelineEvent("", "New event " + step, "Typed in", null,
                    DateSpan.of(PartialDate.ofYear(2010 + step)), false, true, "from memory", List.of("Shanghai"),
                    List.of(new OrganisationRole("WIPO", "host"), new OrganisationRole("New body " + step, null)),
                    List.of("Copyright", "New theme " + step), List.of(), List.of()));
            case 3 -> EventEdits.delete(e.key().equals(other.key()) ? List.of(e) : List.of(e, other));
            case 4 -> EventEdits.bulk(events.subList(0, 1 + random.nextInt(events.size())),
                    EventEdits.BulkChange.theme(themes.get(random.nextInt(themes.size())).name(), random.nextBoolean()));
            case 5 -> {
                Organisation from = orgs.get(random.nextInt(orgs.size()));
                Organisation into = orgs.get(random.nextInt(orgs.size()));
                yield from.name().equals(into.name()) ? EventEdits.duplicate(e)
                        : CatalogEdits.merge(Kind.ORGANISATION, from.name(), into.name());
            }
            case 6 -> e.key().equals(other.key()) ? EventEdits.duplicate(e) : EventEdits.merge(e, other, other);
            case 7 -> {
                Theme t = themes.get(random.nextInt(themes.size()));
                yield CatalogEdits.update(t, new Theme(t.name() + " " + step, "Renamed", "#12ab34"));
            }
            default -> EventEdits.bulk(events, EventEdits.BulkChange.flag("approximate", random.nextBoolean()));
        };
    }

    /** The whole collection as a user would compare it: the JSON export and the people list. */
    private String state() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportService(workspace).export(EventFilter.ALL, ExportFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8) + "\npeople: " + workspace.catalog().people()
                + "\nsources: " + workspace.catalog().sources().size();
    }

    static TimelineEvent retitled(TimelineEvent e, String title) {
        return new TimelineEvent(e.key(), title, e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    static TimelineEvent redated(TimelineEvent e, DateSpan when) {
        return new TimelineEvent(e.key(), e.title(), e.summary(), e.category(), when, e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    @Test
    void anEditIsLoggedFieldByFieldWithAuthorAndSummary() {
        TimelineEvent e = workspace.events().find(EventFilter.ALL).get(0);
        editor.run(EventEdits.edit(e, retitled(e, "A better title")));
        ChangeGroup g = workspace.changes().groups("event", e.key(), null, 10).get(0);
        assertThat(g.action()).isEqualTo("edit");
        assertThat(e.title()).isEqualTo("Shanghai International College of IP established");
        assertThat(g.summary()).isEqualTo("Edit of 'Shanghai International College of IP established'");
        assertThat(g.author()).isNotBlank();
        assertThat(g.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.before()).isEqualTo("\"" + e.title() + "\"");
            assertThat(c.after()).isEqualTo("\"A better title\"");
        });
        assertThat(workspace.events().byKey(e.key()).title()).isEqualTo("A better title");
    }

    @Test
    void mergingAnOrganisationMovesItsEventsAndKeepsItsNameAsAnAlias() {
        int wipo = workspace.events().count(EventFilter.ALL.withOrganisations(java.util.Set.of("WIPO")));
        int office = workspace.events().count(EventFilter.ALL.withOrganisations(java.util.Set.of("WIPO Office in China")));
        assertThat(office).isPositive();
        EditResult r = editor.run(CatalogEdits.merge(Kind.ORGANISATION, "WIPO Office in China",
                "World Intellectual Property Organization"));
        assertThat(r.summary()).isEqualTo("Merge of 'WIPO Office in China' into 'World Intellectual Property Organization'");
        // the office's events are the organisation's own now, and its old name still finds them
        assertThat(workspace.events().count(EventFilter.ALL.withOrganisations(java.util.Set.of("WIPO Office in China"))))
                .isEqualTo(wipo);
        assertThat(workspace.catalog().organisations()).extracting(Organisation::name)
                .doesNotContain("WIPO Office in China");
        editor.undo(r.group());
        assertThat(workspace.catalog().organisations()).extracting(Organisation::name).contains("WIPO Office in China");
        assertThat(workspace.events().count(EventFilter.ALL.withOrganisations(java.util.Set.of("WIPO Office in China"))))
                .isEqualTo(office);
    }

    @Test
    void anEditOfAFieldSomeoneElseChangedIsRefusedAndChangesNothing() {
        TimelineEvent seen = workspace.events().find(EventFilter.ALL).get(3);
        editor.run(EventEdits.edit(seen, retitled(seen, "Changed in a terminal")));
        assertThatThrownBy(() -> editor.run(EventEdits.edit(seen, retitled(seen, "Changed in the window"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("title was changed elsewhere")
                .hasMessageContaining("Changed in a terminal");
        assertThat(workspace.events().byKey(seen.key()).title()).isEqualTo("Changed in a terminal");
    }

    @Test
    void deletingAThemeInUseSaysHowManyEventsUseIt() {
        assertThatThrownBy(() -> editor.run(CatalogEdits.delete(Kind.THEME, "Copyright")))
                .hasMessageMatching("theme 'Copyright' is used by \\d+ events?; merge it into another theme instead");
    }

    @Test
    void theLastUndoableSkipsWhatWasUndoneAndARedoBringsItBack() {
        List<TimelineEvent> events = workspace.events().find(EventFilter.ALL);
        EditResult first = editor.run(EventEdits.edit(events.get(0), retitled(events.get(0), "First")));
        EditResult second = editor.run(EventEdits.edit(events.get(1), retitled(events.get(1), "Second")));
        assertThat(editor.lastUndoable()).map(ChangeGroup::id).contains(second.group());
        EditResult undo = editor.undo(second.group());
        assertThat(undo.summary()).startsWith("Undo edit of '");
        assertThat(editor.lastUndoable()).map(ChangeGroup::id).contains(first.group());
        EditResult redo = editor.redo(undo.group());
        assertThat(workspace.events().byKey(events.get(1).key()).title()).isEqualTo("Second");
        assertThat(editor.lastUndoable()).map(ChangeGroup::id).contains(redo.group());
    }

    @Test
    void anImportIsOneStepThatUndoTakesBackWithTheEntriesItCreated() throws Exception {
        String start = state();
        Path csv = dir.resolve("events.csv");
        java.nio.file.Files.writeString(csv, "date,title,organisation,theme\n"
                + "2019-05-01,Opening of the Zanzibarian IP court,Brand-new Court,Fresh theme\n"
                + "2020,Second event,WIPO,Copyright\n");
        var report = new org.timescope.service.ImportService(workspace).importFile(csv,
                org.timescope.exchange.importing.ImportFormat.CSV, org.timescope.exchange.importing.ImportOptions.DEFAULT);
        assertThat(report.added()).isEqualTo(2);
        assertThat(editor.lastUndoable()).map(ChangeGroup::summary).contains("Import of events.csv");
        assertThat(workspace.catalog().organisations()).extracting(Organisation::name).contains("Brand-new Court");
        EditResult undo = editor.undo(report.group());
        assertThat(undo.importUndone()).isTrue();
        assertThat(state()).isEqualTo(start);
        assertThat(workspace.events().count(EventFilter.ALL.withText("Zanzibarian"))).isZero();
    }

    @Test
    void aQuoteOfANewSourceIsStoredWithItAndAQuoteNotInTheTextIsRefused() {
        org.timescope.model.Source source = new org.timescope.model.Source("source-notes", "Field notes", null, null, null,
                null, null, null, "On 3 May the court opened a new chamber for patents.");
        TimelineEvent e = new TimelineEvent("", "New patent chamber", null, null, DateSpan.of(PartialDate.of(2022, 5, 3)),
                false, false, null, List.of(), List.of(), List.of(), List.of(),
                List.of(new org.timescope.model.Evidence("source-notes", "the court opened a new chamber", 9, 39)));
        EditResult r = editor.run(EventEdits.create(e, List.of(source)));
        TimelineEvent stored = workspace.events().byKey(r.eventKeys().iterator().next());
        assertThat(stored.evidence()).singleElement().satisfies(ev -> {
            assertThat(ev.quote()).isEqualTo("the court opened a new chamber");
            assertThat(ev.start()).isEqualTo(9);
        });
        assertThat(workspace.catalog().sources()).extracting(org.timescope.model.Source::key).contains("source-notes");
        TimelineEvent forged = new TimelineEvent("", "Forged", null, null, DateSpan.of(PartialDate.ofYear(2022)), false,
                false, null, List.of(), List.of(), List.of(), List.of(),
                List.of(new org.timescope.model.Evidence("source-notes", "the court closed", -1, -1)));
        assertThatThrownBy(() -> editor.run(EventEdits.create(forged)))
                .hasMessageContaining("is not a verbatim part of source 'source-notes'");
        editor.undo(r.group());
        assertThat(workspace.catalog().sources()).extracting(org.timescope.model.Source::key).doesNotContain("source-notes");
    }

    @Test
    void aRangeMovedPastItsOldEndChangesStartAndEndTogetherAndUndoesSo() {
        TimelineEvent e = workspace.events().find(EventFilter.ALL).get(0);
        EditResult ranged = editor.run(EventEdits.edit(e, redated(e, new DateSpan(PartialDate.ofYear(2000),
                PartialDate.of(2000, 1)))));
        TimelineEvent range = workspace.events().byKey(e.key());
        // start 2005 with the old end (January 2000) would be backwards: both fields must change as one
        EditResult moved = editor.run(EventEdits.edit(range, redated(range, DateSpan.of(PartialDate.ofYear(2005)))));
        assertThat(workspace.events().byKey(e.key()).when()).isEqualTo(DateSpan.of(PartialDate.ofYear(2005)));
        editor.undo(moved.group());
        assertThat(workspace.events().byKey(e.key()).when()).isEqualTo(new DateSpan(PartialDate.ofYear(2000),
                PartialDate.of(2000, 1)));
        editor.undo(ranged.group());
        assertThat(workspace.events().byKey(e.key()).when()).isEqualTo(e.when());
    }
}
