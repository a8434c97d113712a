package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot, views and the data formats from the command line, including every failure path. */
class ExportCommandsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String db() {
        return CliRun.collection(dir.resolve("t.db"));
    }

    @Test
    void snapshotWritesAPngAtTheRequestedSizeAndResolution() throws Exception {
        Path png = dir.resolve("figure.png");
        CliRun r = run("snapshot", "--db", db(), "--out", png.toString(), "--width", "1000", "--height", "600", "--dpi", "192",
                "--lanes", "theme", "--title", "Themes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("2000×1200 px (192 dpi)");
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void snapshotWritesSvgAndPdfByTheirExtension() throws Exception {
        Path svg = dir.resolve("f.svg");
        Path pdf = dir.resolve("f.pdf");
        assertThat(run("snapshot", "--db", db(), "--out", svg.toString(), "--theme", "Copyright").code()).isZero();
        assertThat(run("snapshot", "--db", db(), "--out", pdf.toString(), "--org", "WIPO").code()).isZero();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("2021 High-level Forum on China IP Protection");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void snapshotFailuresAreOneLineWithANonZeroExit() {
        CliRun format = run("snapshot", "--db", db(), "--out", dir.resolve("x.gif").toString());
        assertThat(format.code()).isEqualTo(1);
        assertThat(format.err().strip()).isEqualTo("timescope: cannot tell the picture format of 'x.gif': use a name ending in .png, .svg or .pdf");
        CliRun path = run("snapshot", "--db", db(), "--out", dir.resolve("no/such/x.png").toString());
        assertThat(path.code()).isEqualTo(1);
        assertThat(path.err()).contains("does not exist").doesNotContain("Exception");
        CliRun empty = run("snapshot", "--db", db(), "--out", dir.resolve("e.png").toString(), "--query", "zebra");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("no events match").contains("nothing to draw");
        assertThat(dir.resolve("e.png")).doesNotExist();
        CliRun lanes = run("snapshot", "--db", db(), "--out", dir.resolve("l.png").toString(), "--lanes", "colour");
        assertThat(lanes.err()).contains("unknown lane mode 'colour'");
        assertThat(run("snapshot", "--db", db(), "--out", dir.resolve("w.png").toString(), "--width", "50").err())
                .contains("width 50 is outside");
        assertThat(Files.exists(dir.resolve("w.png"))).isFalse();
    }

    @Test
    void aSavedViewReproducesTheSameExportAndSnapshot() throws Exception {
        assertThat(run("views", "save", "Procuratorate", "--db", db(), "--org", "Shanghai People's Procuratorate",
                "--lanes", "organisation").code()).isZero();
        CliRun list = run("views", "--db", db());
        assertThat(list.out()).contains("Procuratorate").contains("organisation Shanghai People's Procuratorate");
        CliRun byView = run("export", "--format", "csv", "--db", db(), "--view", "procuratorate");
        CliRun byFilter = run("export", "--format", "csv", "--db", db(), "--org", "Shanghai People's Procuratorate");
        assertThat(byView.out()).isEqualTo(byFilter.out()).contains("2021-ip-development-forum");
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        run("snapshot", "--db", db(), "--view", "Procuratorate", "--out", a.toString());
        run("snapshot", "--db", db(), "--org", "Shanghai People's Procuratorate", "--lanes", "organisation", "--out", b.toString());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    /**
     * Found by a walk through the window: a view saved while showing 2011–2021 exported the events of 2022 and
     * 2023 too, though the snapshot of the same view showed 2011–2021.
     */
    @Test
    void aSavedViewsTimeWindowLimitsItsExport() throws Exception {
        try (org.timescope.service.Workspace w = org.timescope.service.Workspace.open(db(), false, false)) {
            new org.timescope.service.ViewService(w).save(new org.timescope.model.SavedView("Until 2021",
                    org.timescope.model.EventFilter.ALL, "NONE", (double) java.time.LocalDate.of(2011, 1, 1).toEpochDay(),
                    (double) java.time.LocalDate.of(2022, 1, 1).toEpochDay(), null));
        }
        CliRun byView = run("export", "--format", "csv", "--db", db(), "--view", "Until 2021");
        CliRun byDates = run("export", "--format", "csv", "--db", db(), "--from", "2011", "--to", "2021");
        assertThat(byView.code()).as(byView.err()).isZero();
        assertThat(byView.out()).isEqualTo(byDates.out()).contains("2021-ip-development-forum")
                .doesNotContain("2023-");
        // dates filtered to 2016-2017 while the window shows 2020-2021: nothing, said in one line
        try (org.timescope.service.Workspace w = org.timescope.service.Workspace.open(db(), false, false)) {
            new org.timescope.service.ViewService(w).save(new org.timescope.model.SavedView("Apart",
                    org.timescope.model.EventFilter.ALL.withDates(org.timescope.model.PartialDate.ofYear(2016),
                            org.timescope.model.PartialDate.ofYear(2017)), "NONE",
                    (double) java.time.LocalDate.of(2020, 1, 1).toEpochDay(),
                    (double) java.time.LocalDate.of(2022, 1, 1).toEpochDay(), null));
        }
        CliRun apart = run("export", "--format", "csv", "--db", db(), "--view", "Apart");
        assertThat(apart.code()).isEqualTo(1);
        assertThat(apart.err().strip()).isEqualTo("timescope: view 'Apart' shows no events: its dates (2016 to 2017) "
                + "lie outside its time window (2020-01-01 to 2021-12-31)");
    }

    @Test
    void viewsCanBeRenamedAndDeletedAndUnknownOnesAreNamed() {
        run("views", "save", "A", "--db", db(), "--theme", "Copyright");
        assertThat(run("views", "rename", "A", "B", "--db", db()).code()).isZero();
        assertThat(run("views", "--db", db()).out()).contains("B").contains("1 view");
        CliRun unknown = run("export", "--format", "json", "--db", db(), "--view", "A");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown view 'A' (saved views: B)");
        CliRun both = run("export", "--format", "json", "--db", db(), "--view", "B", "--theme", "Copyright");
        assertThat(both.err()).contains("either --view or filter options");
        assertThat(run("views", "delete", "B", "--db", db()).code()).isZero();
        assertThat(run("views", "--db", db()).out()).contains("0 views");
        assertThat(run("views", "save", "Bad", "--db", db(), "--org", "Nobody").err()).contains("unknown organisation 'Nobody'");
    }

    @Test
    void timelineJsAndIcsExportsParseBack() throws Exception {
        CliRun tjs = run("export", "--format", "timelinejs", "--db", db(), "--theme", "Awards and recognition");
        assertThat(tjs.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(tjs.out());
        assertThat(root.get("events")).hasSize(3);
        assertThat(root.get("title").get("text").get("text").asText()).contains("theme Awards and recognition");
        CliRun ics = run("export", "--format", "ics", "--db", db(), "--org", "Tongji University");
        assertThat(ics.out()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20210611");
        assertThat(ics.out().split("BEGIN:VEVENT", -1)).hasSize(4);
    }

    /**
     * Found by a fuzzer: `export --out` naming the collection's own database replaced the collection with the export
     * and said "Exported 23 events". The database file and the files beside it that belong to it are refused, by
     * export and snapshot, and the collection is left as it was.
     */
    @Test
    void anExportOrSnapshotOntoTheCollectionsOwnFilesIsRefused() throws Exception {
        java.nio.file.Path db = dir.resolve("own.db");
        CliRun.collection(db);
        String before = CliRun.of("export", "--db", db.toString(), "--format", "json").out();
        for (String[] args : new String[][] {
                {"export", "--db", db.toString(), "--format", "json", "--out", db.toString()},
                {"export", "--db", db.toString(), "--format", "csv", "--out", db + "-wal"},
                {"export", "--db", db.toString(), "--format", "json", "--out", db.toString().replace("own.db", "./own.db")},
                // a collection in a file named like a figure
                {"snapshot", "--db", CliRun.collection(dir.resolve("figure.svg")), "--out", dir.resolve("figure.svg").toString()},
        }) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("timescope: cannot write ").contains("the collection is stored in it")
                    .doesNotContain("Exception");
            assertThat(r.err().lines()).hasSize(1);
        }
        assertThat(CliRun.of("export", "--db", db.toString(), "--format", "json").out()).isEqualTo(before);
    }

    /**
     * Found by a fuzzer: `--select nope` drew the figure without a selection and said nothing, and a selected event
     * that the filters leave out got a footnote although it is not drawn.
     */
    @Test
    void aSelectionThatIsNotDrawnIsRefusedByName() {
        String db = db();
        String png = dir.resolve("s.png").toString();
        CliRun unknown = run("snapshot", "--db", db, "--out", png, "--select", "nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("timescope: there is no event 'nope' to select");
        CliRun filtered = run("snapshot", "--db", db, "--out", png, "--select", "19th-shanghai-international-ip-forum",
                "--query", "shipbuilding");
        assertThat(filtered.code()).isEqualTo(1);
        assertThat(filtered.err()).contains("the event '19th-shanghai-international-ip-forum' to select is not among the "
                + "events drawn");
        assertThat(java.nio.file.Files.exists(dir.resolve("s.png"))).isFalse();
        CliRun view = run("views", "save", "v1", "--db", db, "--select", "nope");
        assertThat(view.code()).isEqualTo(1);
        assertThat(view.err().strip()).isEqualTo("timescope: --select: there is no event 'nope'");
        CliRun one = run("snapshot", "--db", db, "--out", png, "--query", "shipbuilding");
        assertThat(one.err()).contains(": 1 event, ");
    }

    /** Found by a fuzzer: a title's line break or tab drew as nothing ("Forumheld"); it is a space in the label. */
    @Test
    void aTitleWithALineBreakIsOneLineInAFigure() throws Exception {
        java.nio.file.Path json = dir.resolve("lines.json");
        java.nio.file.Files.writeString(json, """
                {"events": [{"id": "a", "title": "Forum\\nheld\\tin Shanghai", "start": "2021-04-26"}]}
                """);
        String db = dir.resolve("lines.db").toString();
        assertThat(run("import", "--db", db, "--empty", json.toString()).code()).isZero();
        java.nio.file.Path svg = dir.resolve("lines.svg");
        assertThat(run("snapshot", "--db", db, "--out", svg.toString()).code()).isZero();
        assertThat(java.nio.file.Files.readString(svg)).contains(">Forum held in Shanghai<");
    }

    /**
     * Found by a fuzzer: `--height 150 --lanes theme` drew no lane and the caption ran off the figure's bottom edge.
     * A height that leaves the lanes no room is refused, with the height that would.
     */
    @Test
    void aHeightWithoutRoomForTheLanesIsRefusedWithTheHeightNeeded() {
        String db = db();
        String png = dir.resolve("h.png").toString();
        CliRun low = run("snapshot", "--db", db, "--out", png, "--height", "150", "--lanes", "theme");
        assertThat(low.code()).isEqualTo(1);
        assertThat(low.err().strip()).matches("timescope: a figure 150 px tall has no room for the timeline under its "
                + "title, caption and legend: make it at least \\d+ px, or leave the height out");
        int needed = Integer.parseInt(low.err().replaceAll("(?s).*at least (\\d+) px.*", "$1").strip());
        assertThat(run("snapshot", "--db", db, "--out", png, "--height", String.valueOf(needed), "--lanes", "theme")
                .code()).isZero();
    }

    /** Found by a fuzzer: a folder that is there but takes no files (Linux's /proc) was said not to exist. */
    @Test
    void aFolderThatTakesNoFilesIsNotSaidToBeMissing() {
        String db = db();
        assertThat(run("export", "--db", db, "--format", "json", "--out", "/proc/x.json").err().strip())
                .isEqualTo("timescope: cannot write /proc/x.json: folder /proc does not take new files");
        String missing = dir.resolve("no-such-folder").resolve("x.json").toString();
        assertThat(run("export", "--db", db, "--format", "json", "--out", missing).err().strip())
                .isEqualTo("timescope: cannot write " + missing + ": folder " + dir.resolve("no-such-folder")
                        + " does not exist");
    }
}
