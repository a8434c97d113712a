package org.timescope.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** Builds and runs the command line; decides whether arguments name a command at all. */
public final class Cli {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    private static final Set<String> NON_COMMAND_OPTIONS = Set.of("--db", "--empty");

    private Cli() {
    }

    /**
     * True when the arguments ask for a command (or help/version) rather than the window: anything other
     * than the options the window itself takes ({@code --db FILE}, {@code --empty}).
     */
    public static boolean isCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!arg.startsWith("-") && !commandLine().getSubcommands().containsKey(arg)
                    && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg))) {
                continue; // a file to open: the window imports it (as "Open with Timescope" passes it)
            }
            if (!NON_COMMAND_OPTIONS.contains(name)) {
                return true;
            }
            if (name.equals("--db") && !arg.contains("=")) {
                i++;
            }
        }
        return false;
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TimescopeCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(org.timescope.model.PartialDate.class, new Converters.Date());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(Errors::usage);
        return cl;
    }

    /** Runs the command line on standard output and standard error (UTF-8); returns the exit code. */
    public static int runOnConsole(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
