package org.timescope.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: without a subcommand the jar opens the window (see Main), so here it prints help. */
@Command(name = "timescope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Timescope: dated events with provenance, on a timeline.%n"
                + "Without a command, opens the window on the database.",
        subcommands = {ListCommand.class, ExportCommand.class, SnapshotCommand.class, ViewsCommand.class,
                GenerateCommand.class, BenchCommand.class,
                StatsCommand.class, ImportCommand.class,
                EventCommand.class, CatalogCommand.Org.class, CatalogCommand.ThemeCommand.class,
                CatalogCommand.PlaceCommand.class, CatalogCommand.Person.class,
                UndoCommand.class, HistoryCommand.class, DuplicatesCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class TimescopeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
