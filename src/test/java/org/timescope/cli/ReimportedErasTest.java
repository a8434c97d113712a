package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.service.Workspace;

/**
 * Found by fuzzing the importers: the collection's TimelineJS export imported into the same collection added nothing
 * but its two eras, a second time (TimelineJS keeps no key of an era). An era of the same name over the same days is
 * the same era.
 */
class ReimportedErasTest {

    @TempDir
    Path dir;

    private static long eras(String db) {
        try (Workspace w = Workspace.open(Path.of(db), false)) {
            return w.eras().eras().size();
        }
    }

    @Test
    void importingTheCollectionsOwnTimelineJsExportAddsNoEraTwice() {
        String db = CliRun.collection(dir.resolve("c.db"));
        assertThat(eras(db)).isEqualTo(2); // the bundled dataset's two eras
        Path out = dir.resolve("c.json");
        assertThat(CliRun.of("export", "--db", db, "--format", "timelinejs", "--out", out.toString()).code()).isZero();
        CliRun again = CliRun.of("import", "--db", db, out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 events, 23 already in the database");
        assertThat(eras(db)).isEqualTo(2);
        // into a new collection the eras come, once
        String other = dir.resolve("other.db").toString();
        CliRun fresh = CliRun.of("import", "--db", other, "--empty", out.toString());
        assertThat(fresh.code()).isZero();
        assertThat(fresh.out() + fresh.err()).contains("2 eras stored"); // said, not only counted as events
        assertThat(eras(other)).isEqualTo(2);
        assertThat(again.out() + again.err()).doesNotContain("eras stored");
    }
}
