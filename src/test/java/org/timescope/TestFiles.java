package org.timescope;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Files for the tests of what Timescope opens and refuses: a database of a made-up other program written
 * with plain JDBC, a file's SHA-256 computed independently of the store, and files or folders made
 * read-only (by permissions, or for root, which permissions do not stop, by the immutable attribute).
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** The SHA-256 of the file's bytes, in hex. */
    /** Writes {@code events} generated events (the bench's generator, {@code seed}) to {@code csv}; returns it. */
    public static Path generatedCsv(Path csv, int events, long seed) throws IOException {
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            org.timescope.bench.Generator.write(events, seed, w);
        }
        return csv;
    }

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SQLite file of a made-up reference manager: its own tables and user_version, in the given journal mode. */
    public static Path foreignDatabase(Path file, String journalMode) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = " + journalMode);
            s.execute("CREATE TABLE refs (id INTEGER PRIMARY KEY, citekey TEXT NOT NULL, title TEXT)");
            s.execute("CREATE TABLE shelves (id INTEGER PRIMARY KEY, label TEXT)");
            s.execute("INSERT INTO refs (citekey, title) VALUES ('smith2020', 'On timelines')");
            s.execute("PRAGMA user_version = 7");
        }
        return file;
    }

    /** Runs SQL on a file with plain JDBC (journal mode DELETE, so the file alone holds every byte). */
    public static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The names in a folder, for checking that nothing was added beside a file. */
    public static Set<String> names(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return new java.util.TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * Makes files or folders read-only for this process until {@link ReadOnly#close()}; fails the test, saying
     * why, when that cannot be done here (a test that skips itself would pass on the machines that matter).
     */
    public static ReadOnly readOnly(Path... paths) throws IOException, InterruptedException {
        ReadOnly r = new ReadOnly();
        for (Path p : paths) {
            r.add(p);
        }
        return r;
    }

    /** Undoes what {@link #readOnly} did. */
    public static final class ReadOnly implements AutoCloseable {
        private final List<Runnable> undo = new ArrayList<>();

        private void add(Path p) throws IOException, InterruptedException {
            Set<PosixFilePermission> before = Files.getPosixFilePermissions(p);
            Set<PosixFilePermission> without = EnumSet.copyOf(before);
            without.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(p, without);
            undo.add(() -> {
                try {
                    Files.setPosixFilePermissions(p, before);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (Files.isWritable(p)) { // root: only the immutable attribute stops writes
                int rc = new ProcessBuilder("chattr", "+i", p.toString()).redirectErrorStream(true).start().waitFor();
                if (rc == 0) {
                    undo.add(() -> run("chattr", "-i", p.toString()));
                }
            }
            if (Files.isWritable(p)) {
                close();
                throw new AssertionError("cannot make " + p + " read-only here: neither its permissions nor, as root, "
                        + "chattr +i stop this process writing it (the read-only tests need a file system that honours one)");
            }
        }

        private static void run(String... command) {
            try {
                new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
        }
    }
}
