package org.timescope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command-line run as a user sees it: exit code, standard output, standard error. */
record CliRun(int code, String out, String err) {

    /**
     * A collection with the bundled dataset at {@code file} (made once, as the window's first start or an import
     * makes it: the commands that only read need an existing one); returns its path as an argument.
     */
    static String collection(java.nio.file.Path file) {
        if (!java.nio.file.Files.exists(file)) {
            org.timescope.service.Workspace.open(file, false).close();
        }
        return file.toString();
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
