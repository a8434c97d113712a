package org.timescope.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page {@code timescope(1)} in troff, written from the same picocli model that parses the
 * arguments, so every command and option the program takes is in it (picocli's own generator writes AsciiDoc,
 * which would need Asciidoctor to become a man page).
 */
final class ManPage {

    private final StringBuilder out = new StringBuilder();

    private ManPage() {
    }

    static String of(CommandLine root, String version) {
        return new ManPage().write(root, version);
    }

    private String write(CommandLine root, String version) {
        line(".TH TIMESCOPE 1 \"\" \"" + escape(version) + "\" \"User Commands\"");
        line(".SH NAME");
        line("timescope \\- dated events with provenance, on a timeline");
        line(".SH SYNOPSIS");
        line(".B timescope");
        line("[\\fB\\-\\-db\\fR \\fIFILE\\fR] [\\fB\\-\\-empty\\fR] [\\fIFILE\\fR...]");
        line(".br");
        line(".B timescope");
        line("\\fICOMMAND\\fR [\\fIOPTIONS\\fR]");
        line(".SH DESCRIPTION");
        line("Without a command, opens the window on the database (and imports the files named, as a file manager's "
                + "\"Open with\" passes them). With a command, runs without a display: the commands below list, "
                + "export, import and curate the collection. \\fBtimescope help\\fR \\fICOMMAND\\fR prints a command's "
                + "options.");
        line(".SH COMMANDS");
        for (CommandLine sub : root.getSubcommands().values()) {
            command(sub);
        }
        section("EXIT STATUS", List.of(
                "0", "Success (also for \\fB\\-\\-help\\fR and \\fB\\-\\-version\\fR).",
                "1", "The command failed; one line on standard error says why. Nothing was changed.",
                "2", "The arguments could not be read (an unknown option, a missing value)."));
        section("ENVIRONMENT", List.of(
                "TIMESCOPE_AUTHOR", "The name the change log records (else the author of the preferences, else the user name).",
                "TIMESCOPE_DEBUG", "Set to 1 to add the stack trace to an error message.",
                "XDG_DATA_HOME", "Where the default database is kept (default ~/.local/share).",
                "XDG_CONFIG_HOME", "Where window state, recent collections and preferences are kept (default ~/.config).",
                "XDG_STATE_HOME", "Where the window's logs of the last runs are kept (default ~/.local/state).",
                "XDG_CACHE_HOME", "Where the timeline's column caches are kept (default ~/.cache); safe to delete."));
        section("FILES", List.of(
                "$XDG_DATA_HOME/timescope/timescope.db", "The default collection, made with the bundled dataset on first use.",
                "$XDG_CONFIG_HOME/timescope/preferences.json", "Author name, appearance, default lanes.",
                "$XDG_STATE_HOME/timescope/timescope-0.log", "The log of the last run of the window (\\-1, \\-2 … before it).",
                "$XDG_CACHE_HOME/timescope/columns/", "One file per collection opened: its timeline columns, rebuilt when stale."));
        return out.toString();
    }

    private void command(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        line(".SS \"" + escape(spec.qualifiedName()) + "\"");
        line(escape(text(spec.usageMessage().description())));
        line(".PP");
        line(".nf");
        String synopsis = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).strip();
        line(escape(synopsis));
        line(".fi");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                item("\\fI" + escape(p.paramLabel()) + "\\fR", escape(text(p.description())));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            String names = java.util.Arrays.stream(o.names()).map(n -> "\\fB" + escape(n) + "\\fR")
                    .collect(Collectors.joining(", "));
            item(o.arity().max() > 0 ? names + " \\fI" + escape(o.paramLabel()) + "\\fR" : names,
                    escape(text(o.description())));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            command(sub);
        }
    }

    /** A section of terms, each followed by its description (already troff). */
    private void section(String title, List<String> pairs) {
        line(".SH " + title);
        for (int i = 0; i < pairs.size(); i += 2) {
            item("\\fB" + escape(pairs.get(i)) + "\\fR", pairs.get(i + 1));
        }
    }

    private void item(String tag, String description) {
        line(".TP");
        line(tag);
        line(description);
    }

    private static String text(String[] lines) {
        return String.join(" ", lines).replace("%n", " ").replace("%%", "%").replaceAll("\\s+", " ").strip();
    }

    /** Backslashes and hyphens as troff wants them; a line may not begin with a control character. */
    static String escape(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        return e.lines().map(l -> l.startsWith(".") || l.startsWith("'") ? "\\&" + l : l)
                .collect(Collectors.joining("\n"));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
