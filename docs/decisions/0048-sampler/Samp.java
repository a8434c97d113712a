// A throwaway stack sampler, kept beside decision 0048 (not part of the build). It samples the named threads'
// stacks every few milliseconds with Thread.getAllStackTraces() and writes one line per sample: ms since the JVM's
// start, the thread's name, its frames top first. Safepoint-biased: a thread in native code is sampled where it
// entered it, so a native method that waits (GtkWindow._setTitle in a start) looks hot although it uses no CPU;
// check such frames against perf or timing before believing them.
// Use: copy into src/main/java/org/timescope/ui/, call Samp.premain(""); Samp.on(true); early in Launcher.launch
// (or around the code to profile), build the package (mvn -Pdist: the AOT cache must match the jar), run with
// TIMESCOPE_SAMPLE=/tmp/out.txt SAMP_THREAD="JavaFX App,QuantumRenderer" [-Dsamp.ms=2]; the file is written at exit.
package org.timescope.ui;
import java.io.*;
import java.util.*;
public class Samp {
    private static volatile boolean on;
    public static void on(boolean v) { on = v; }
    public static void premain(String args) {
        StringBuffer out = new StringBuffer();
        String[] names = System.getenv().getOrDefault("SAMP_THREAD", "JavaFX App").split(",");
        long t0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Thread t = new Thread(() -> {
            while (true) {
                if (on) {
                    long now = System.currentTimeMillis() - t0;
                    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                        String n = e.getKey().getName();
                        boolean want = false;
                        for (String p : names) want |= n.startsWith(p);
                        if (!want) continue;
                        StackTraceElement[] s = e.getValue();
                        out.append(now).append('\t').append(n).append('\t');
                        for (int i = 0; i < Math.min(60, s.length); i++) out.append(s[i].getClassName()).append('.').append(s[i].getMethodName()).append(';');
                        out.append('\n');
                    }
                }
                try { Thread.sleep(Long.getLong("samp.ms", 2)); } catch (InterruptedException x) { return; }
            }
        }, "sampler");
        t.setDaemon(true);
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Writer w = new FileWriter(System.getenv("TIMESCOPE_SAMPLE"))) { w.write(out.toString()); } catch (IOException x) { }
        }));
    }
}
