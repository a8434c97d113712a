package org.timescope.ui;

import com.sun.javafx.perf.PerformanceTracker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The hook {@code bench --startup} measures a real start through: with {@code TIMESCOPE_STARTUP_REPORT=FILE}
 * in the environment, the window writes two times to FILE and quits once the collection is usable. The times
 * are milliseconds from the JVM's start ({@code RuntimeMXBean.getStartTime()}) to a frame on screen:
 * {@code first_picture_ms}, the first frame that shows events (the dates-only preview of a large collection,
 * else the full window), and {@code usable_ms}, the first frame of the full window (timeline, table, counts).
 * When the environment also has {@code TIMESCOPE_STARTUP_LAUNCHED_AT} (epoch ms, set by whoever started the
 * process just before it did), the times count from then instead: a launcher's own work before the JVM starts
 * (jpackage's queries the package manager, a script) is part of what a user waits for, and
 * {@code "jvm_start_ms"} says how much of it there was.
 * The file is one line of JSON: {@code {"first_picture_ms": 812, "usable_ms": 2140, "usable_cpu_ms": 3900,
 * "jvm_start_ms": 40, "marks": {"launch": 60, …}}}: the CPU time of the whole process until then (all threads: the figure that a busy
 * machine disturbs least), and the moments the start reached on its way ({@link #mark}, ms from the JVM's start).
 * Without the variable nothing is recorded and the window behaves as always.
 */
final class StartupReport {

    static final String VARIABLE = "TIMESCOPE_STARTUP_REPORT";

    /** The moment the process was launched (epoch ms), from which the times count when given. */
    static final String LAUNCHED_AT = "TIMESCOPE_STARTUP_LAUNCHED_AT";

    /** Named moments of this start (wall clock ms, in the order reached), written beside the times. */
    private static final Map<String, Long> MARKS = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    private final Path file;
    private final long jvmStart;
    /** What the times count from: the launch when it was told and is not after the JVM's start, else the JVM's start. */
    private final long origin;
    private final Runnable quit;
    private volatile long firstPicture = -1;

    StartupReport(Path file, long jvmStartMillis, Runnable quit) {
        this(file, jvmStartMillis, -1, quit);
    }

    /** {@code launchedAtMillis} &lt; 0: not told, the times count from the JVM's start. */
    StartupReport(Path file, long jvmStartMillis, long launchedAtMillis, Runnable quit) {
        this.file = file;
        this.jvmStart = jvmStartMillis;
        this.origin = launchedAtMillis >= 0 && launchedAtMillis <= jvmStartMillis ? launchedAtMillis : jvmStartMillis;
        this.quit = quit;
    }

    /** The report the environment asks for, or null (the usual case: no report, nothing changes). */
    static StartupReport fromEnvironment(Map<String, String> environment) {
        String target = environment.get(VARIABLE);
        return target == null || target.isBlank() ? null
                : new StartupReport(Path.of(target), ManagementFactory.getRuntimeMXBean().getStartTime(),
                        launchedAt(environment.get(LAUNCHED_AT)), Platform::exit);
    }

    private static long launchedAt(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Notes that this start reached {@code moment} now (any thread; the first time counts). Cheap enough to be
     * called whether or not a report is asked for; the report lists them as {@code "marks"}, to see where a
     * start's time goes.
     */
    static void mark(String moment) {
        MARKS.putIfAbsent(moment, System.currentTimeMillis());
        if (REPORTING) {
            MARKS_CPU.putIfAbsent(moment, Thread.currentThread().getName() + " " + threadCpuMillis());
        }
    }

    /** Only a measured start notes each mark's thread CPU as well (a read of /proc per mark). */
    private static final boolean REPORTING = System.getenv(VARIABLE) != null;

    /** The thread that reached each mark and its CPU time then (ms), for a measured start. */
    private static final Map<String, String> MARKS_CPU = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** The calling thread's CPU time in ms (Linux: schedstat's first field, ns), or -1. */
    private static long threadCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(stat.substring(0, stat.indexOf(' '))) / 1_000_000;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** FX thread, right after the dates-only preview was put in the scene: times its first frame. */
    void previewShown(Scene scene) {
        atNextFrame(scene, at -> firstPicture = at);
    }

    /** FX thread, right after the full window was put in the scene: times its first frame, writes, quits. */
    void windowShown(Scene scene) {
        atNextFrame(scene, at -> {
            long first = firstPicture >= 0 ? firstPicture : at;
            String json = "{\"first_picture_ms\": " + first + ", \"usable_ms\": " + at + ", \"usable_cpu_ms\": "
                    + cpuMillis() + ", \"jvm_start_ms\": " + (jvmStart - origin) + ", \"marks\": " + marks() + ", \"threads_cpu_ms\": " + threadsCpu()
                    + ", \"marks_thread_cpu\": " + marksCpu() + "}\n";
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // nothing to show it on: the bench names the file that did not appear
            }
            Platform.runLater(quit);
        });
    }

    private static String marksCpu() {
        StringBuilder json = new StringBuilder("{");
        synchronized (MARKS_CPU) {
            MARKS_CPU.forEach((name, at) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                    .append("\": \"").append(at.replace("\"", "'")).append('"'));
        }
        return json.append('}').toString();
    }

    private String marks() {
        StringBuilder json = new StringBuilder("{");
        synchronized (MARKS) {
            MARKS.forEach((name, at) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name)
                    .append("\": ").append(at - origin));
        }
        return json.append('}').toString();
    }

    /**
     * The CPU time of each of the process's threads until now, by the name the system gives it (Linux: the JIT's
     * compiler threads, the GC's and the toolkit's too, which the JVM's thread beans do not list), summed over
     * threads of the same name, largest first; {@code {}} where /proc is not there.
     */
    static String threadsCpu() {
        Map<String, Long> byName = new java.util.HashMap<>();
        long tick = 10; // USER_HZ is 100 on Linux
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]+$", "#");
                    String[] rest = stat.substring(close + 2).split(" ");
                    long ms = (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * tick;
                    byName.merge(name, ms, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return "{}";
        }
        StringBuilder json = new StringBuilder("{");
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                json.append(json.length() > 1 ? ", " : "").append('"').append(e.getKey().replace("\"", "'"))
                        .append("\": ").append(e.getValue()));
        return json.append('}').toString();
    }

    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /**
     * Calls {@code then} with the milliseconds since the origin (launch or JVM start) when the scene's next frame has been rendered (on
     * the render thread). It is armed after the layout of the next pulse, so the frame is the one with the change.
     */
    private void atNextFrame(Scene scene, LongConsumer then) {
        NextPulse.afterLayout(scene, () -> {
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(() -> {
                tracker.setOnRenderedFrameTask(null);
                then.accept(System.currentTimeMillis() - origin);
            });
        });
        Platform.requestNextPulse();
    }
}
