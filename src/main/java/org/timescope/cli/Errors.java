package org.timescope.cli;

import java.io.UncheckedIOException;
import org.timescope.exchange.ExchangeException;
import org.timescope.service.storage.StorageException;
import picocli.CommandLine;

/**
 * Turns failures into one line on standard error: "timescope: REASON". Known failures (bad values, bad
 * files, store problems) carry their own message; anything else is reported by type with a hint, and
 * its stack trace is printed only when TIMESCOPE_DEBUG is set.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        cmd.getErr().println("timescope: " + message(ex));
        debugTrace(ex, cmd.getErr());
        return Cli.EXIT_FAILURE;
    }

    /** The stack trace, when TIMESCOPE_DEBUG is set (to anything but empty or 0). */
    static void debugTrace(Throwable ex, java.io.PrintWriter err) {
        String debug = System.getenv("TIMESCOPE_DEBUG");
        if (debug != null && !debug.isBlank() && !debug.equals("0")) {
            ex.printStackTrace(err);
            err.flush();
        }
    }

    static String message(Throwable ex) {
        if (ex instanceof StorageException || ex instanceof ExchangeException || ex instanceof IllegalArgumentException
                || ex instanceof CommandFailure) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException io) {
            return io.getCause().getMessage();
        }
        return "unexpected " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                + " (set TIMESCOPE_DEBUG=1 for details)";
    }

    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("timescope: " + plain(ex.getMessage()));
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        return Cli.EXIT_USAGE;
    }

    /** The argument parser's messages in the words of the command line: no Java type names, no parser terms. */
    static String plain(String message) {
        if (message == null) {
            return "the arguments could not be read";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^Invalid value for (?:option|positional parameter) '([^']*)'(?: \\([^)]*\\))?: '(.*)' is not an? "
                        + "(int|integer|long|short|byte|double|float|number)\\b.*", java.util.regex.Pattern.DOTALL).matcher(message);
        if (m.matches()) {
            boolean whole = !m.group(3).equals("double") && !m.group(3).equals("float") && !m.group(3).equals("number");
            return m.group(1) + ": '" + m.group(2) + "' is not a " + (whole ? "whole number" : "number");
        }
        m = java.util.regex.Pattern.compile("^Unmatched arguments? (?:at|from) index \\d+: (.*)$",
                java.util.regex.Pattern.DOTALL).matcher(message);
        if (m.matches()) {
            String what = m.group(1).strip();
            return (what.contains(",") ? "unknown commands or arguments: " : "unknown command or argument: ") + what;
        }
        m = java.util.regex.Pattern.compile("^Value for option option '([^']*)'.* should be in KEY=VALUE.*format but was (.*)$",
                java.util.regex.Pattern.DOTALL).matcher(message);
        if (m.matches()) {
            return m.group(1) + " takes KEY=VALUE pairs separated by commas (e.g. start=When,title=What), not '"
                    + m.group(2).strip() + "'";
        }
        return message;
    }

    /** A command's own failure with a message for the user (unwritable output, empty result …). */
    static final class CommandFailure extends RuntimeException {
        CommandFailure(String message) {
            super(message);
        }
    }
}
