package org.timescope;

import org.timescope.cli.Cli;
import org.timescope.cli.JavaRequirement;
import org.timescope.cli.WindowRequirements;

/**
 * Entry point of {@code timescope.jar}. Decides between the command line and the window before any
 * JavaFX class is loaded, so commands run on machines without a display. Deliberately not the
 * JavaFX Application subclass: launching one from a plain main is what lets the fat jar start.
 * <p>
 * Compiled for Java 8 (see the pom), with {@link JavaRequirement}: a Java older than 17 gets one line saying
 * so rather than an UnsupportedClassVersionError. Keep this class free of newer language and API.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int tooOld = JavaRequirement.check();
        if (tooOld != 0) {
            System.exit(tooOld);
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.runOnConsole(args));
        }
        int missing = WindowRequirements.ofThisMachine().check();
        if (missing != 0) {
            System.exit(missing);
        }
        String refused = org.timescope.ui.Launcher.refusal(args);
        if (refused != null) {
            System.exit(WindowRequirements.refuse(refused));
        }
        try {
            org.timescope.ui.Launcher.launch(args);
        } catch (RuntimeException | LinkageError e) {
            System.exit(WindowRequirements.report(e));
        }
        // the window has closed and its collection with it: end here, whatever threads a library left running
        // (AtlantaFX's popover starts a java.util.Timer, not a daemon, at every show: Quit left the process alive)
        System.exit(0);
    }
}
