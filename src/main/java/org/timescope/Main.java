package org.timescope;

import org.timescope.cli.Cli;

/**
 * Entry point of {@code timescope.jar}. Decides between the command line and the window before any
 * JavaFX class is loaded, so commands run on machines without a display. Deliberately not the
 * JavaFX Application subclass: launching one from a plain main is what lets the fat jar start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.runOnConsole(args));
        }
        org.timescope.ui.Launcher.launch(args);
    }
}
