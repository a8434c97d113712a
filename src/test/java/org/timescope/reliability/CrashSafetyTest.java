package org.timescope.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.service.Workspace;

/**
 * An import killed with SIGKILL at a random moment — while the JVM starts and opens the file, while rows are
 * written, while the indexes are rebuilt and the transaction commits — leaves a sound file holding all of the
 * import or none of it, and the next start opens it in WAL mode. Each kill is a child JVM running the real
 * {@code timescope import} on a copy of one collection; the checks use plain JDBC, not the store's code.
 *
 * <p>{@code -Dcrash.kills=N} (the {@code crash} Maven profile: 150) sets how many kills; 20 by default.
 */
class CrashSafetyTest {

    /** Above the bulk writer's 50,000 events, so the large path (indexes dropped and rebuilt) is the one killed. */
    private static final int EVENTS = 60_000;
    private static final int KILLS = Integer.getInteger("crash.kills", 20);

    @TempDir
    Path dir;

    private enum Phase { STARTING, WRITING_ROWS, INDEXING_AND_COMMITTING }

    @Test
    void anImportKilledAtRandomLeavesAllOfItOrNoneInASoundFile() throws Exception {
        Path csv = TestFiles.generatedCsv(dir.resolve("events.csv"), EVENTS, 5);
        Path base = dir.resolve("base.db");
        Workspace.open(base, false).close(); // the bundled dataset
        Before before = Before.of(base);
        Path tmp = Files.createDirectories(dir.resolve("tmp")); // the children's native-library copies stay here

        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int[] killedIn = new int[Phase.values().length];
        int kills = 0;
        int completed = 0;
        int none = 0;
        int all = 0;
        List<String> notes = new ArrayList<>();
        for (int round = 0; kills < KILLS; round++) {
            assertThat(round).as("rounds needed for %d kills (seed %d)", KILLS, seed).isLessThan(KILLS * 3);
            Path db = dir.resolve("crash-" + round + ".db");
            Files.copy(base, db);
            Phase phase = pick(random);
            boolean killed;
            try (ChildJvm child = ChildJvm.start(Map.of(), List.of("-Djava.io.tmpdir=" + tmp),
                    "import", "--progress", "--db", db.toString(), csv.toString())) {
                killed = killAt(child, phase, random);
            }
            if (killed) {
                kills++;
                killedIn[phase.ordinal()]++;
            } else {
                completed++;
            }
            int added = check(db, before, "round " + round + " (" + phase + ", seed " + seed + ")");
            if (added == 0) {
                none++;
            } else {
                all++;
            }
            deleteWithSidecars(db);
        }
        notes.add(String.format("crash safety (seed %d): %d kills (%d while starting, %d while writing rows, %d while "
                        + "indexing and committing), %d imports finished first; afterwards %d files held none of the import, "
                        + "%d all of it, 0 a part", seed, kills, killedIn[0], killedIn[1], killedIn[2], completed, none, all));
        notes.forEach(System.out::println);
        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
    }

    private static Phase pick(Random random) {
        int r = random.nextInt(10);
        return r < 2 ? Phase.STARTING : r < 7 ? Phase.WRITING_ROWS : Phase.INDEXING_AND_COMMITTING;
    }

    /**
     * Kills the child at a random point of the phase: a random time after it starts; after a random progress
     * line (every tenth of the file) and a little more; or a random time after it reports that it indexes and
     * saves. Returns false when the import had finished before the kill.
     */
    private static boolean killAt(ChildJvm child, Phase phase, Random random) throws InterruptedException {
        switch (phase) {
            case STARTING -> {
                if (child.exitsWithin(random.nextInt(2_000), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
            case WRITING_ROWS -> {
                String tenth = (10 * (1 + random.nextInt(9))) + "% read";
                child.awaitErr(line -> line.contains(tenth), 120, TimeUnit.SECONDS);
                if (child.exitsWithin(random.nextInt(200), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
            case INDEXING_AND_COMMITTING -> {
                child.awaitErr(line -> line.contains("indexing and saving"), 120, TimeUnit.SECONDS);
                if (child.exitsWithin(random.nextInt(3_000), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
        }
        if (!child.alive()) {
            return false;
        }
        child.kill();
        return true;
    }

    /** The file after the kill, as the next start finds it: sound, WAL, and all of the import or none. */
    private static int check(Path db, Before before, String round) throws Exception {
        Workspace.openExisting(db).close(); // the next start: recovers, and must not refuse the file
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(text(s, "PRAGMA integrity_check")).as(round).isEqualTo("ok");
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).as(round + ": a row whose parent is missing").isFalse();
            }
            assertThat(text(s, "PRAGMA journal_mode")).as(round).isEqualTo("wal");
            long events = number(s, "SELECT count(*) FROM event");
            long groups = number(s, "SELECT count(*) FROM change_group");
            long links = number(s, "SELECT count(*) FROM event_organisation");
            long search = number(s, "SELECT count(*) FROM event_fts");
            assertThat(events).as(round + ": events, all of the import or none").isIn(before.events,
                    before.events + EVENTS);
            boolean imported = events == before.events + EVENTS;
            assertThat(groups).as(round + ": the import logged once if stored").isEqualTo(before.groups + (imported ? 1 : 0));
            assertThat(links).as(round + ": organisation links (one an event)")
                    .isEqualTo(before.links + (imported ? EVENTS : 0));
            assertThat(search).as(round + ": search rows").isEqualTo(events);
            return imported ? EVENTS : 0;
        }
    }

    private record Before(long events, long groups, long links) {
        static Before of(Path db) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                return new Before(number(s, "SELECT count(*) FROM event"), number(s, "SELECT count(*) FROM change_group"),
                        number(s, "SELECT count(*) FROM event_organisation"));
            }
        }
    }

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long number(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteWithSidecars(Path db) throws Exception {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
