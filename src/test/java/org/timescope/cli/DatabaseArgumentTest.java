package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timescope.TestFiles;

/**
 * What {@code --db FILE} does to a file as a user sees it: the commands that only read never create a
 * database; a file Timescope refuses gets one line and stays byte for byte the same; a read-only database
 * can be listed but not changed; a 0-byte file becomes a collection as a missing one does.
 */
class DatabaseArgumentTest {

    @TempDir
    Path dir;

    /** Every command that only reads, with what it needs besides --db. */
    private String[] readingCommand(String name, String db) {
        return switch (name) {
            case "list", "stats", "views" -> new String[] {name, "--db", db};
            case "export" -> new String[] {"export", "--format", "json", "--db", db};
            case "snapshot" -> new String[] {"snapshot", "--out", dir.resolve("figure.png").toString(), "--db", db};
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "export", "snapshot", "views"})
    void aMistypedPathToACommandThatOnlyReadsCreatesNothing(String command) {
        Path typo = dir.resolve("reserach/study.db");
        CliRun r = CliRun.of(readingCommand(command, typo.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: no Timescope database at " + typo);
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("reserach")).doesNotExist();
        assertThat(dir.resolve("figure.png")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "export", "snapshot", "views", "views save"})
    void anotherProgramsDatabaseIsRefusedByEveryCommandAndLeftUnchanged(String command) throws Exception {
        Path file = TestFiles.foreignDatabase(dir.resolve("library.sqlite"), "DELETE");
        String before = TestFiles.sha256(file);
        String[] args = command.equals("views save") ? new String[] {"views", "save", "mine", "--db", file.toString()}
                : readingCommand(command, file.toString());
        CliRun r = CliRun.of(args);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: " + file
                + " is an SQLite database of another program (tables: refs, shelves), not a Timescope collection");
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
        assertThat(TestFiles.names(dir)).containsExactly("library.sqlite");
    }

    @Test
    void anImportIntoAnotherProgramsDatabaseIsRefusedAndLeavesItUnchanged() throws Exception {
        Path file = TestFiles.foreignDatabase(dir.resolve("library.sqlite"), "WAL");
        Path json = Files.writeString(dir.resolve("one.json"), "{\"events\":[{\"id\":\"x\",\"title\":\"X\",\"start\":\"2020\"}]}");
        String before = TestFiles.sha256(file);
        CliRun r = CliRun.of("import", "--db", file.toString(), json.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).endsWith("is an SQLite database of another program (tables: refs, shelves), not a Timescope collection");
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
        assertThat(TestFiles.names(dir)).containsExactly("library.sqlite", "one.json");
    }

    @Test
    void randomBytesAreRefusedInOneLineAndLeftUnchanged() throws Exception {
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.db"), noise);
        CliRun r = CliRun.of("stats", "--db", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: " + file + " is not a Timescope database (not an SQLite file)");
        assertThat(Files.readAllBytes(file)).isEqualTo(noise);
    }

    @Test
    void aTruncatedDatabaseIsRefusedInOneLineAndLeftUnchanged() throws Exception {
        Path whole = Path.of(CliRun.collection(dir.resolve("whole.db")));
        byte[] bytes = Files.readAllBytes(whole);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 3);
        Path file = Files.write(dir.resolve("cut.db"), cut);
        CliRun r = CliRun.of("views", "save", "x", "--db", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("timescope: " + file + " is damaged: the file is " + cut.length + " bytes")
                .doesNotContain("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(cut);
    }

    @Test
    void aReadOnlyDatabaseInAReadOnlyFolderIsListedButNotChanged() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("archive"));
        Path file = Path.of(CliRun.collection(folder.resolve("study.db")));
        String before = TestFiles.sha256(file);
        try (TestFiles.ReadOnly ro = TestFiles.readOnly(file, folder)) {
            CliRun list = CliRun.of("list", "--db", file.toString(), "--org", "WIPO", "--from", "2023");
            assertThat(list.err()).isEmpty();
            assertThat(list.code()).isZero();
            assertThat(list.out()).contains("Premier Li Qiang meets WIPO Director General Daren Tang").contains("2 of 23 events");
            CliRun save = CliRun.of("views", "save", "WIPO", "--org", "WIPO", "--db", file.toString());
            assertThat(save.code()).isEqualTo(1);
            assertThat(save.err().strip()).isEqualTo("timescope: database " + file + " is read-only");
            assertThat(TestFiles.names(folder)).containsExactly("study.db");
        }
        assertThat(TestFiles.sha256(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileBecomesACollectionWithTheBundledDatasetAsAMissingOneDoes() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path missing = dir.resolve("missing.db");
        for (Path file : new Path[] {empty, missing}) {
            assertThat(CliRun.of("views", "save", "all", "--db", file.toString()).code()).isZero();
        }
        String expected = "Events         23  (2016 – 2023)"; // the curated dataset of the README
        assertThat(CliRun.of("stats", "--db", empty.toString()).out()).contains(expected);
        assertThat(CliRun.of("stats", "--db", missing.toString()).out()).contains(expected);
    }

    @Test
    void anEmptyFileWithEmptyGetsNoDataset() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        assertThat(CliRun.of("views", "save", "all", "--empty", "--db", empty.toString()).code()).isZero();
        assertThat(CliRun.of("stats", "--db", empty.toString()).out()).contains("Events         0");
    }

    @Test
    void aCommandThatOnlyReadsDoesNotMakeAnEmptyFileACollection() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        CliRun r = CliRun.of("list", "--db", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("timescope: no Timescope database at " + empty + " (the file is empty)");
        assertThat(Files.size(empty)).isZero();
    }
}
