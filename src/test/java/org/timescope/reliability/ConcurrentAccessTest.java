package org.timescope.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.cli.Cli;
import org.timescope.service.Workspace;

/**
 * Several programs on one collection: a second writer waits its turn (and says so) instead of failing with
 * "locked", and {@code list} and {@code stats} keep working while a large import runs in another process,
 * seeing the collection before the import or after it, never a part of it. Counts come from the generated
 * files' sizes and from plain JDBC, not from the store.
 */
class ConcurrentAccessTest {

    private static final int BIG = 60_000;
    private static final int SMALL = 3_000;
    private static final Pattern EVENTS = Pattern.compile("(?m)^Events\\s+(\\d+)");

    @TempDir
    Path dir;
    Path db;
    long bundled;

    @BeforeEach
    void collection() throws Exception {
        db = dir.resolve("shared.db");
        Workspace.open(db, false).close();
        bundled = count(db);
    }

    private Path generated(String name, int events, long seed) throws Exception {
        return TestFiles.generatedCsv(dir.resolve(name), events, seed);
    }

    @Test
    void twoImportsStartedWhileAnotherProgramWritesBothWaitTheirTurnAndBothLand() throws Exception {
        Path first = generated("first.csv", BIG, 1);
        Path second = generated("second.csv", SMALL, 2);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ChildJvm a;
        ChildJvm b;
        // another program holds the write lock: both imports must wait, then take turns
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            a = ChildJvm.start(Map.of(), List.of("-Djava.io.tmpdir=" + tmp), "import", "--db", db.toString(), first.toString());
            b = ChildJvm.start(Map.of(), List.of("-Djava.io.tmpdir=" + tmp), "import", "--db", db.toString(), second.toString());
            assertThat(a.awaitErr(l -> l.contains("waiting for another import or edit"), 120, TimeUnit.SECONDS))
                    .as("the first import says it waits: %s", a.err()).isTrue();
            assertThat(b.awaitErr(l -> l.contains("waiting for another import or edit"), 120, TimeUnit.SECONDS))
                    .as("the second import says it waits: %s", b.err()).isTrue();
            s.execute("ROLLBACK");
        }
        try (a; b) {
            assertThat(a.exitCode(300)).as(a.err()).isZero();
            assertThat(b.exitCode(300)).as(b.err()).isZero();
            assertThat(a.out()).contains("Imported " + first + " (csv): " + BIG + " events");
            assertThat(b.out()).contains("Imported " + second + " (csv): " + SMALL + " events");
            assertThat(a.err() + b.err()).doesNotContain("locked");
        }
        assertThat(count(db)).isEqualTo(bundled + BIG + SMALL);
    }

    @Test
    void anImportGivesUpAfterItsWaitAndChangesNothing() throws Exception {
        Path small = generated("small.csv", SMALL, 3);
        String sha;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            sha = TestFiles.sha256(db);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new String[] {"import", "--wait", "1", "--db", db.toString(), small.toString()},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).isEqualTo(small + ": waiting for another import or edit of " + db
                    + " to finish (at most 1 s; Ctrl+C to stop)…\n"
                    + "timescope: " + small + ": database " + db + " is being changed by another program (an import or an "
                    + "edit): waited 1 second for it to finish; nothing was written, try again (nothing was imported)\n");
            s.execute("ROLLBACK");
        }
        assertThat(TestFiles.sha256(db)).isEqualTo(sha);
        assertThat(count(db)).isEqualTo(bundled);
    }

    @Test
    void listAndStatsInAnotherProcessWorkThroughoutALargeImportAndSeeAllOrNothing() throws Exception {
        Path big = generated("big.csv", BIG, 4);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        int during = 0;
        int sawNew = 0;
        try (ChildJvm importer = ChildJvm.start(Map.of(), List.of("-Djava.io.tmpdir=" + tmp),
                "import", "--progress", "--db", db.toString(), big.toString())) {
            assertThat(importer.awaitErr(l -> l.contains("% read"), 120, TimeUnit.SECONDS)).as(importer.err()).isTrue();
            for (int i = 0; importer.alive() || i < 2; i++) {
                boolean running = importer.alive();
                long stats = statsEvents();
                long listed = listedEvents();
                assertThat(stats).as("stats, try %d", i).isIn(bundled, bundled + BIG);
                assertThat(listed).as("list, try %d", i).isIn(bundled, bundled + BIG);
                if (running) {
                    during++;
                }
                if (stats == bundled + BIG) {
                    sawNew++;
                }
            }
            assertThat(importer.exitCode(300)).as(importer.err()).isZero();
        }
        System.out.println("readers during a large import: " + during + " pairs of stats and list while it ran, all "
                + "succeeded; " + sawNew + " saw the import, the others the collection before it");
        assertThat(during).as("reads while the import ran").isGreaterThanOrEqualTo(1);
        assertThat(statsEvents()).isEqualTo(bundled + BIG);
    }

    private long statsEvents() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"stats", "--db", db.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("stats: %s", err).isZero();
        Matcher m = EVENTS.matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The rows {@code list} prints between its header line and its count line ("N of M events"), which must agree
     * with them: a count from before an import with rows from after it would be a torn read.
     */
    private long listedEvents() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"list", "--db", db.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("list: %s", err).isZero();
        List<String> lines = out.toString().lines().toList();
        long rows = lines.size() - 2;
        String footer = lines.get(lines.size() - 1);
        Matcher m = Pattern.compile("^([\\d,]+) of ([\\d,]+) events").matcher(footer);
        assertThat(m.find()).as(footer).isTrue();
        assertThat(Long.parseLong(m.group(1).replace(",", ""))).as(footer).isEqualTo(rows);
        assertThat(Long.parseLong(m.group(2).replace(",", ""))).as(footer).isEqualTo(rows);
        return rows;
    }

    private static long count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
