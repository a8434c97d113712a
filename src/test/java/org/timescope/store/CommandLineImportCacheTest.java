package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.cli.Cli;
import org.timescope.model.TimelineRows;

/**
 * After {@code timescope import} on the command line, the window's next opening takes the timeline's columns from
 * the column cache (decision 0037) instead of reading every event again (decision 0049): the command leaves the
 * cache written at the collection's present generation, unless told {@code --no-cache}. The events are this test's
 * own CSV; the expected dates are {@link LocalDate#toEpochDay()}'s.
 */
class CommandLineImportCacheTest {

    @TempDir
    Path dir;

    /** 400 events, one a day from 2001-03-01 backwards in the file, so that date order is not file order. */
    private Path csv() throws Exception {
        StringBuilder b = new StringBuilder("id,start,end,title,organisation,theme\n");
        LocalDate first = LocalDate.of(2001, 3, 1);
        for (int i = 0; i < 400; i++) {
            b.append(i + 1).append(',').append(first.plusDays(399 - i)).append(",,Hearing number ").append(i + 1)
                    .append(",Court ").append(i % 7).append(",Theme ").append(i % 3).append('\n');
        }
        return Files.writeString(dir.resolve("events.csv"), b);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** The cache file's columns if it was written at the collection's present generation, else empty. */
    private static Optional<TimelineRows> current(Path db) {
        ColumnCache cache = ColumnCache.of(db, System.getenv()); // the tests' XDG_CACHE_HOME (the pom)
        try (Database d = Database.open(db)) {
            return d.read(c -> cache.read(Generation.read(c)));
        }
    }

    @Test
    void anImportLeavesTheCacheTheWindowOpensFrom() throws Exception {
        Path db = dir.resolve("a.timescope");
        assertThat(run("import", "--db", db.toString(), "--empty", csv().toString())).contains("400 events");

        TimelineRows rows = current(db).orElseThrow(() -> new AssertionError("no current column cache after the import"));
        assertThat(rows.size()).isEqualTo(400);
        // date order: the file's last row is the earliest day
        assertThat(rows.first()[0]).isEqualTo(LocalDate.of(2001, 3, 1).toEpochDay());
        assertThat(rows.titles().get(0)).isEqualTo("Hearing number 400");
        assertThat(rows.first()[399]).isEqualTo(LocalDate.of(2001, 3, 1).plusDays(399).toEpochDay());
        assertThat(rows.titles().get(399)).isEqualTo("Hearing number 1");
        List<String> courts = new ArrayList<>(List.of(rows.orgNames()));
        assertThat(courts).containsExactlyInAnyOrder("Court 0", "Court 1", "Court 2", "Court 3", "Court 4",
                "Court 5", "Court 6");

        // a second import into the same collection brings the cache up to the new generation too
        Path more = Files.writeString(dir.resolve("more.csv"),
                "id,start,end,title,organisation,theme\nx1,1999-12-31,,New Year's Eve ruling,Court 9,Theme 9\n");
        run("import", "--db", db.toString(), more.toString());
        TimelineRows after = current(db).orElseThrow(() -> new AssertionError("the cache is stale after a second import"));
        assertThat(after.size()).isEqualTo(401);
        assertThat(after.titles().get(0)).isEqualTo("New Year's Eve ruling");
    }

    @Test
    void noCacheLeavesItToTheNextOpening() throws Exception {
        Path db = dir.resolve("b.timescope");
        run("import", "--db", db.toString(), "--empty", "--no-cache", csv().toString());
        assertThat(current(db)).isEmpty();
    }
}
