package org.timescope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.TestFiles;
import org.timescope.cli.Cli;

/** The generator is deterministic, and a large CSV streams in completely, once, or not at all. */
class LargeImportTest {

    @TempDir
    Path dir;

    private static String generate(int n, long seed) throws Exception {
        StringWriter w = new StringWriter();
        Generator.write(n, seed, w);
        return w.toString();
    }

    private static String[] run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws Exception {
        assertThat(generate(2000, 7)).isEqualTo(generate(2000, 7)).isNotEqualTo(generate(2000, 8));
        List<String> lines = generate(5000, 1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,start,end,title,organisation,theme");
        assertThat(lines).hasSize(5001);
        long ranges = lines.stream().skip(1).filter(l -> !l.split(",")[2].isEmpty()).count();
        assertThat(ranges).isBetween(800L, 1200L); // about 20%
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[4]).distinct().count()).isBetween(150L, 200L);
    }

    @Test
    void aLargeCsvStreamsInOnceAndAgainAddsNothing() throws Exception {
        Path csv = dir.resolve("big.csv");
        TestFiles.generatedCsv(csv, 60_000, 3);
        assertThat(Files.size(csv)).isGreaterThan(256_000); // the streaming path
        String db = dir.resolve("t.db").toString();
        String[] first = run("import", "--db", db, "--empty", csv.toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("60000 events");
        String[] again = run("import", "--db", db, csv.toString());
        assertThat(again[1]).contains("0 events, 60000 already in the database");
        String[] themed = run("list", "--db", db, "--theme", "Theme 30", "--org", "Organisation 1", "--from", "2000", "--to", "2000");
        assertThat(themed[0]).isEqualTo("0");
        String[] search = run("list", "--db", db, "--query", "mediation");
        assertThat(search[1]).contains("Meeting about mediation").doesNotContain("copyright ");
    }

    @Test
    void aBadRowInALargeCsvStoresNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        String text = generate(40_000, 5);
        int cut = text.indexOf('\n', text.length() / 2) + 1; // at a line boundary
        String broken = text.substring(0, cut) + "broken,not-a-date,,Broken row,Organisation 1,Theme 1\n"
                + text.substring(cut);
        Files.writeString(csv, broken);
        String db = dir.resolve("t.db").toString();
        String[] r = run("import", "--db", db, "--empty", csv.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("bad.csv").contains("'not-a-date' is not a date").contains("nothing was imported");
        assertThat(run("stats", "--db", db)[1]).contains("Events         0");
    }
}
