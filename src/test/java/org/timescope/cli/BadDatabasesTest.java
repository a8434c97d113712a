package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timescope.TestFiles;
import org.timescope.service.Workspace;

/**
 * Every kind of bad database a user may point Timescope at, through each command a user would try on it:
 * {@code stats}, {@code list} and {@code import}. Each is either read (a read-only file or folder, by the commands
 * that only read) or refused with exit code 1 and one line naming the file and the reason — and in every case the
 * file's SHA-256 (computed here) and its folder's listing are exactly as before.
 */
class BadDatabasesTest {

    @TempDir
    Path dir;

    /** A bad database: how it is made, and the reason a refusal gives (null: the commands that only read read it). */
    enum Bad {
        TRUNCATED("is damaged: the file is"),
        RANDOM_BYTES("is not a Timescope database (not an SQLite file)"),
        EMPTY_FILE("(the file is empty)"),
        FOREIGN_SQLITE("is an SQLite database of another program (tables: refs, shelves), not a Timescope collection"),
        NEWER_VERSION("was written by a newer Timescope (schema version 99"),
        FAILED_MIGRATION("could not be upgraded to schema version 2 (V002__saved_views.sql: table saved_view already "
                + "exists); the file is left as it was"),
        READ_ONLY_FILE(null),
        READ_ONLY_FOLDER(null),
        MISSING_FOLDER("no Timescope database at");

        final String reason;

        Bad(String reason) {
            this.reason = reason;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Bad bad : Bad.values()) {
            for (String command : List.of("stats", "list", "import")) {
                out.add(Arguments.of(bad, command));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("matrix")
    void aBadDatabaseIsReadOrRefusedInOneLineAndNeverChanged(Bad bad, String command) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path file = make(bad, folder);
        Path input = Files.writeString(dir.resolve("one.csv"), "id,start,title\nx-1,2020-01-01,A new event\n");
        String before = Files.exists(file) ? TestFiles.sha256(file) : null;
        Set<String> names = TestFiles.names(folder);
        List<String> args = new ArrayList<>(List.of(command, "--db", file.toString()));
        if (command.equals("import")) {
            args.add(input.toString());
        }
        CliRun run;
        try (TestFiles.ReadOnly ro = readOnly(bad, file, folder)) {
            run = CliRun.of(args.toArray(String[]::new));
        }

        boolean reads = bad.reason == null && !command.equals("import");
        boolean createsOnPurpose = command.equals("import") && (bad == Bad.EMPTY_FILE || bad == Bad.MISSING_FOLDER);
        if (reads) {
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains(command.equals("stats") ? "Events         23" : "23 events");
        } else if (createsOnPurpose) {
            // a writing command makes a missing or empty file a new collection (decision 0013): the import lands
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Imported " + input + " (csv): 1 event, 0 indicators");
            return;
        } else {
            assertThat(run.code()).as(run.out()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            List<String> lines = run.err().lines().toList();
            assertThat(lines).as("one line").hasSize(1);
            String reason = bad.reason != null ? bad.reason : "database " + file + " is read-only";
            assertThat(lines.get(0)).startsWith("timescope: ").contains(file.toString()).contains(reason)
                    .doesNotContain("Exception").doesNotContain("org.").doesNotContain("SQLITE_");
        }
        if (before == null) {
            assertThat(file).doesNotExist();
            assertThat(file.getParent()).doesNotExist();
        } else {
            assertThat(TestFiles.sha256(file)).as("the file, byte for byte").isEqualTo(before);
        }
        assertThat(TestFiles.names(folder)).as("nothing added beside it").isEqualTo(names);
    }

    private TestFiles.ReadOnly readOnly(Bad bad, Path file, Path folder) throws Exception {
        return switch (bad) {
            case READ_ONLY_FILE -> TestFiles.readOnly(file);
            case READ_ONLY_FOLDER -> TestFiles.readOnly(folder);
            default -> TestFiles.readOnly();
        };
    }

    private Path make(Bad bad, Path folder) throws Exception {
        Path file = folder.resolve("study.db");
        switch (bad) {
            case TRUNCATED -> {
                Path whole = collection(dir.resolve("whole.db"));
                byte[] bytes = Files.readAllBytes(whole);
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
            case RANDOM_BYTES -> {
                byte[] noise = new byte[32 * 1024];
                new Random(12).nextBytes(noise);
                Files.write(file, noise);
            }
            case EMPTY_FILE -> Files.createFile(file);
            case FOREIGN_SQLITE -> TestFiles.foreignDatabase(file, "WAL");
            case NEWER_VERSION -> {
                collection(file);
                TestFiles.sql(file, "PRAGMA user_version = 99");
            }
            case FAILED_MIGRATION -> {
                try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v1.db")) {
                    Files.copy(in, file);
                }
                TestFiles.sql(file, "CREATE TABLE saved_view (name TEXT)");
            }
            case READ_ONLY_FILE, READ_ONLY_FOLDER -> collection(file);
            case MISSING_FOLDER -> file = folder.resolve("not-made-yet").resolve("study.db");
        }
        return file;
    }

    /** A collection with the bundled dataset, closed, its journal folded back into the file (DELETE mode). */
    private static Path collection(Path file) throws Exception {
        Workspace.open(file, false).close();
        TestFiles.sql(file, "SELECT 1");
        return file;
    }
}
