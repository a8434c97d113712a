package org.timescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the window needs before JavaFX is loaded, said in one line instead of JavaFX's stack trace ("Unable to
 * load glass GTK library"): a display, and on Linux the GTK 3 and XTest libraries that JavaFX's window system
 * links against, named by the Debian packages that bring them. OpenGL is not checked: without it JavaFX draws
 * in software by itself.
 */
public final class WindowRequirements {

    /** Library file name → the Debian package that installs it. */
    static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("libgtk-3.so.0", "libgtk-3-0");
        LIBRARIES.put("libXtst.so.6", "libxtst6");
    }

    private final Map<String, String> env;
    private final String os;
    private final List<Path> libraryDirs;
    private final boolean headless;

    WindowRequirements(Map<String, String> env, String os, List<Path> libraryDirs) {
        this(env, os, libraryDirs, false);
    }

    WindowRequirements(Map<String, String> env, String os, List<Path> libraryDirs, boolean headless) {
        this.env = env;
        this.os = os;
        this.libraryDirs = libraryDirs;
        this.headless = headless;
    }

    /** The requirements of this machine: its environment, and the folders the dynamic linker searches. */
    public static WindowRequirements ofThisMachine() {
        return new WindowRequirements(System.getenv(), System.getProperty("os.name", ""), linkerDirs(System.getenv()),
                headlessMonocle());
    }

    /** Prints what is missing on standard error and returns 1, or returns 0 when the window can be tried. */
    public int check() {
        Optional<String> problem = problem();
        problem.ifPresent(System.err::println);
        return problem.isPresent() ? 1 : 0;
    }

    /**
     * JavaFX told to draw into memory (-Dglass.platform=Monocle -Dmonocle.platform=Headless, as the tests and a
     * headless benchmark run it): the window needs neither a display nor GTK.
     */
    static boolean headlessMonocle() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                && "Headless".equalsIgnoreCase(System.getProperty("monocle.platform"));
    }

    /** One line saying what the window lacks and how to get it, or empty when nothing is known to lack. */
    Optional<String> problem() {
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux") || headless) {
            return Optional.empty();
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("timescope: cannot open the window: there is no display (DISPLAY is not set); start it "
                    + "in a desktop session (or over ssh -X), or use a command, which needs none: timescope --help");
        }
        List<String> missing = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        LIBRARIES.forEach((library, debianPackage) -> {
            if (!found(library)) {
                missing.add(library);
                packages.add(debianPackage);
            }
        });
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("timescope: cannot open the window: " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing; on Debian or Ubuntu: sudo apt install "
                + String.join(" ", packages) + " (the commands work without them: timescope --help)");
    }

    /**
     * Prints the one line for a window that could not start although the checks passed (no X server answers at
     * DISPLAY, say): the innermost reason, as JavaFX wraps it in "Application launch exception"; returns 1.
     */
    /** Arguments the window refuses: one line on standard error; the exit code of a usage error. */
    public static int refuse(String reason) {
        System.err.println("timescope: " + reason);
        return Cli.EXIT_USAGE;
    }

    public static int report(Throwable failure) {
        System.err.println(failure(failure, System.getenv("DISPLAY")));
        return 1;
    }

    static String failure(Throwable failure, String display) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage().strip().lines().findFirst().orElse("");
        return "timescope: cannot open the window: " + reason + " (DISPLAY=" + display + ")";
    }

    private boolean found(String library) {
        return libraryDirs.stream().anyMatch(dir -> Files.exists(dir.resolve(library)));
    }

    /** LD_LIBRARY_PATH, the folders of /etc/ld.so.conf (and its includes), then the default ones. */
    static List<Path> linkerDirs(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String ld = env.get("LD_LIBRARY_PATH");
        if (ld != null) {
            Stream.of(ld.split(":")).filter(s -> !s.isBlank()).map(Path::of).forEach(dirs::add);
        }
        readConf(Path.of("/etc/ld.so.conf"), dirs, 0);
        Stream.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu").map(Path::of).forEach(dirs::add);
        return dirs;
    }

    private static void readConf(Path conf, List<Path> dirs, int depth) {
        if (depth > 3 || !Files.isReadable(conf)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(conf)) {
                String l = line.strip();
                if (l.startsWith("include ")) {
                    include(l.substring("include ".length()).strip(), dirs, depth);
                } else if (l.startsWith("/")) {
                    dirs.add(Path.of(l));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable linker configuration leaves the default folders
        }
    }

    private static void include(String pattern, List<Path> dirs, int depth) throws IOException {
        Path p = Path.of(pattern);
        Path folder = p.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        java.nio.file.PathMatcher glob = folder.getFileSystem().getPathMatcher("glob:" + p.getFileName());
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> glob.matches(f.getFileName())).sorted().forEach(f -> readConf(f, dirs, depth + 1));
        }
    }
}
