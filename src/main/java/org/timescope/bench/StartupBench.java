package org.timescope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.timescope.model.EventFilter;
import org.timescope.service.Workspace;

/**
 * A real start of the application, timed as a user meets it: a new JVM launched like {@code java -jar
 * timescope.jar --db FILE} (this JVM's options and class path; or the installed package's own command,
 * see {@link #command}), a fresh window state, and the window's startup
 * hook ({@code TIMESCOPE_STARTUP_REPORT}, see the window ring's {@code StartupReport}) reporting, from the moment
 * the process was launched ({@code TIMESCOPE_STARTUP_LAUNCHED_AT}: a launcher's own work counts), the first frame
 * with events ({@code first_picture_ms}) and the first frame of the usable window ({@code usable_ms}), the JVM
 * process's CPU time until then ({@code usable_cpu_ms}) and when the JVM itself started ({@code jvm_start_ms});
 * the window then quits. The load average of the machine is kept beside each run.
 */
public final class StartupBench {

    private static final long TIMEOUT_MINUTES = 10;
    private final Consumer<String> log;

    public StartupBench(Consumer<String> log) {
        this.log = log;
    }

    /** Whether a window can be shown here: an X display, or JavaFX's headless Monocle platform. */
    public static boolean canShowWindow() {
        return canShowWindow(System.getenv("DISPLAY"), System.getProperty("glass.platform"));
    }

    /** The same from the given {@code DISPLAY} and {@code glass.platform}. */
    public static boolean canShowWindow(String display, String glassPlatform) {
        return display != null && !display.isBlank() || "Monocle".equals(glassPlatform);
    }

    /** Starts the application on {@code db} once and returns what its window reported. */
    public Bench.Result run(Path db, Path dir) throws IOException, InterruptedException {
        Map<String, Object> f = new LinkedHashMap<>();
        try (Workspace w = Workspace.openExisting(db)) {
            f.put("events", w.events().count(EventFilter.ALL));
        }
        Path run = Files.createTempDirectory(dir, "start");
        Path report = run.resolve("startup.json");
        List<String> command = command(executable(System.getProperty(LAUNCHER)),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"), db);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(run.resolve("stderr.txt").toFile());
        builder.environment().put("TIMESCOPE_STARTUP_REPORT", report.toString());
        builder.environment().put("XDG_CONFIG_HOME", Files.createDirectories(run.resolve("config")).toString());
        f.put("load_average", loadAverage());
        // the times count from here, as a user's from the click: a launcher's work before the JVM is part of them
        builder.environment().put("TIMESCOPE_STARTUP_LAUNCHED_AT", Long.toString(System.currentTimeMillis()));
        Process p = builder.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(db + ": the window did not report a usable start within " + TIMEOUT_MINUTES + " minutes");
        }
        if (!Files.isRegularFile(report)) {
            throw new IOException(db + ": the window ended (exit code " + p.exitValue() + ") without writing " + report
                    + " (its messages: " + run.resolve("stderr.txt") + ")");
        }
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        f.put("first_picture_ms", json.path("first_picture_ms").asLong());
        f.put("usable_ms", json.path("usable_ms").asLong());
        f.put("usable_cpu_ms", json.path("usable_cpu_ms").asLong());
        f.put("jvm_start_ms", json.path("jvm_start_ms").asLong());
        log.accept("  first picture " + f.get("first_picture_ms") + " ms, usable " + f.get("usable_ms")
                + " ms (CPU " + f.get("usable_cpu_ms") + " ms) from the launch; the JVM started after "
                + f.get("jvm_start_ms") + " ms (load average " + f.get("load_average") + ")"
                + (json.has("marks") ? "; on the way: " + json.get("marks") : "")
                + (json.has("threads_cpu_ms") ? "; CPU by thread: " + json.get("threads_cpu_ms") : "")
                + (json.has("marks_thread_cpu") ? "; each mark's thread and its CPU ms: " + json.get("marks_thread_cpu") : ""));
        return new Bench.Result(f);
    }

    /**
     * How this application is started again: with a {@code java} executable, this JVM's options and class path
     * and the main class; from an installed package's launcher (jpackage's {@code bin/timescope}, which is its
     * own JVM with the options, class data and class path of the package), that launcher with the arguments
     * alone.
     */
    public static List<String> command(String executable, List<String> jvmOptions, String classPath, Path db) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        String name = Path.of(executable).getFileName().toString();
        if (name.equals("java") || name.equals("java.exe")) {
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, "org.timescope.Main"));
        }
        command.addAll(List.of("--db", db.toString()));
        return command;
    }

    /**
     * The system property the package's command sets to its own path (src/dist/timescope-command.sh): a start is
     * then timed through that same command, as a user's is.
     */
    public static final String LAUNCHER = "timescope.launcher";

    /** The package's command when this JVM was started by it, else this JVM's own {@code java}. */
    public static String executable(String launcher) {
        if (launcher != null && !launcher.isBlank() && Files.isExecutable(Path.of(launcher))) {
            return launcher;
        }
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }
}
