package org.timescope.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code timescope} command in a process of its own — the project's own classes and libraries, started as
 * {@code java org.timescope.Main …} — as a second terminal would run it. Its standard error is read as it comes,
 * so that a test can wait for a line (a progress report, "waiting for …") instead of sleeping.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> errLines = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final Thread errReader;
    private final Thread outReader;

    private ChildJvm(Process process) {
        this.process = process;
        this.errReader = pump(process.getErrorStream(), line -> {
            synchronized (errLines) {
                errLines.add(line);
                errLines.notifyAll();
            }
        });
        this.outReader = pump(process.getInputStream(), line -> {
            synchronized (out) {
                out.append(line).append('\n');
            }
        });
    }

    /** Starts {@code timescope ARGS} with the environment given added to this one's ({@code extraJvm} before the class). */
    static ChildJvm start(Map<String, String> env, List<String> extraJvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1"); // starts faster; these runs are short
        command.addAll(extraJvm);
        command.add("-cp");
        command.add(shippedClassPath());
        command.add("org.timescope.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return new ChildJvm(pb.start());
    }

    /**
     * The classes the shipped jar holds: the test class path (its SLF4J jars are the shipped ones, the API that
     * OpenNLP and the SQLite driver log through and the no-op provider that keeps them off the terminal).
     */
    static String shippedClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static ChildJvm start(String... args) throws IOException {
        return start(Map.of(), List.of(), args);
    }

    private static Thread pump(java.io.InputStream in, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    sink.accept(line);
                }
            } catch (IOException ended) {
                // the process was killed: its pipe closes
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Waits until a line of standard error matches, the process ends, or the time is up; true when a line
     * matched (lines already printed count).
     */
    boolean awaitErr(Predicate<String> matches, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (errLines) {
            while (true) {
                if (errLines.stream().anyMatch(matches)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !errReader.isAlive()) {
                    return false;
                }
                errLines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
            }
        }
    }

    /** True when the process ended within the time (waiting on its exit, not sleeping). */
    boolean exitsWithin(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to roll back, close or clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the end (at most {@code seconds}) and returns the exit code; the output is then complete. */
    int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timescope did not end within " + seconds + " s; stderr: " + err());
        }
        errReader.join(10_000);
        outReader.join(10_000);
        return process.exitValue();
    }

    String err() {
        synchronized (errLines) {
            return String.join("\n", errLines);
        }
    }

    String out() {
        synchronized (out) {
            return out.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
