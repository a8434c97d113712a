package org.timescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.timescope.exchange.NativeJsonWriter;
import org.timescope.exchange.importing.ImportFormat;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.Counts;
import org.timescope.model.PartialDate;
import org.timescope.service.ImportControl;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timescope import FILE… [--format …] [--dry-run]}: each file completely or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import timeline files and news articles. Each file imports completely or not at all; "
                + "events already in the database are skipped. The format is told from the content.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default), json, json-list, csv, timelinejs, timelinejs-csv, timeline-xml, ics, feed "
                    + "or article.")
    String format;

    @Option(names = "--dry-run", description = "Print what would be imported as Timescope JSON; store nothing.")
    boolean dryRun;

    @Option(names = "--group-as", paramLabel = "WHAT", defaultValue = "theme",
            description = "What a TimelineJS group or Timeline category becomes: theme (default) or organisation.")
    String groupAs;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", split = ",",
            description = "CSV column mapping, e.g. --map start=Date,title=Headline (fields: id, start, end, title, "
                    + "summary, category, organisations, themes, places, people, sources, quotes).")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--date", paramLabel = "DATE", description = "Reference date for an article without one: "
            + "when it was published (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate date;

    @Option(names = "--progress", negatable = true, description = "Report how far a large CSV file has got on "
            + "standard error, every 10%% of the file (default: when run from a terminal).")
    Boolean progress;

    @Option(names = "--cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After importing, bring the column cache that the window opens from up to date (default), "
                    + "so that its next opening does not read every event again; --no-cache leaves that to the next "
                    + "opening (for a script importing many files one command at a time).")
    boolean cache;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "180",
            description = "While another program (an import, a window) writes the database, wait up to SECONDS for "
                    + "it to finish (default: 180), then give up; Ctrl+C stops waiting. Nothing is written meanwhile.")
    long waitSeconds;

    /**
     * Progress lines for a large file: one every tenth of it, and one when the indexes are being built; and,
     * always, one line when the import has to wait for another program writing the database.
     */
    private ImportControl progressFor(Path file) {
        boolean show = progress != null ? progress : System.console() != null;
        java.io.PrintWriter err = spec.commandLine().getErr();
        ImportControl control = new ImportControl() {
            private long shownTenth;

            @Override
            protected void waiting() {
                err.println(file + ": waiting for another import or edit of " + store.shownPath() + " to finish"
                        + " (at most " + waitSeconds + " s; Ctrl+C to stop)…");
                err.flush();
            }

            @Override
            protected void progress(long bytesRead, long bytesTotal, long events, boolean finishing) {
                if (!show) {
                    return;
                }
                if (finishing) {
                    err.println(file + ": " + Counts.grouped(events) + " events read; indexing and saving…");
                    return;
                }
                long tenth = bytesTotal <= 0 ? 0 : bytesRead * 10 / bytesTotal;
                if (tenth > shownTenth) {
                    shownTenth = tenth;
                    err.println(file + ": " + tenth * 10 + "% read, " + Counts.grouped(events) + " events");
                }
            }
        };
        return control.waitingAtMost(java.time.Duration.ofSeconds(waitSeconds));
    }

    @Override
    public Integer call() throws IOException {
        if (waitSeconds < 0) {
            throw new Errors.CommandFailure("--wait takes a number of seconds, 0 or more, not " + waitSeconds);
        }
        ImportFormat chosen = format.equalsIgnoreCase("auto") ? null : parseFormat(format);
        ImportOptions options = new ImportOptions(groupAs(groupAs), map, date);
        try (Workspace workspace = store.open()) {
            ImportService service = new ImportService(workspace);
            int failures = 0;
            long added = 0;
            for (Path file : files) {
                try {
                    if (dryRun) {
                        ImportService.Prepared p = service.preview(file, chosen, options);
                        OutputStream out = new StdoutStream(spec.commandLine().getOut());
                        if (p.article() != null) {
                            // an article's candidates whose year is open are shown too, never stored
                            org.timescope.exchange.article.ArticleJson.write(p.article(), p.dataset(), out);
                        } else {
                            service.trial(p); // refused as the import itself would refuse it
                            NativeJsonWriter.write(p.dataset(), out);
                        }
                        out.flush();
                        report(file + " (" + p.format().label() + ", dry run): " + counted(p.dataset().events().size(),
                                "event") + ", " + counted(p.dataset().indicators().size(), "indicator"), p.notes());
                    } else {
                        ImportService.Report r = service.importFile(file, chosen, options, progressFor(file));
                        added += r.added();
                        spec.commandLine().getOut().println("Imported " + file + " (" + r.format().label() + "): "
                                + counted(r.added(), "event") + (r.skipped() > 0 ? ", " + r.skipped()
                                + " already in the database" : "") + ", " + counted(r.indicators(), "indicator"));
                        report(null, r.notes());
                    }
                } catch (RuntimeException e) {
                    spec.commandLine().getErr().println("timescope: " + Errors.message(e));
                    Errors.debugTrace(e, spec.commandLine().getErr());
                    failures++;
                }
            }
            if (added > 0 && cache) {
                prepareOpening(workspace);
            }
            return failures == 0 ? 0 : Cli.EXIT_FAILURE;
        }
    }

    /**
     * The column cache written now (decision 0049): otherwise the window's first opening after a command-line import
     * of a million events reads every row (usable after ~6 s instead of ~1.7). Each import is committed already; a
     * cache that cannot be written only costs that opening its time, so it is a note, not a failure.
     */
    private void prepareOpening(Workspace workspace) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (progress != null ? progress : System.console() != null) {
            err.println("Preparing the timeline for the window…");
            err.flush();
        }
        try {
            workspace.events().prepareOpening();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the next opening reads the rows instead
        } catch (RuntimeException e) {
            err.println("timescope: the imported events are stored, but the window's cache was not written ("
                    + Errors.message(e) + "); the next opening reads them from the database");
        }
    }

    private void report(String head, List<String> notes) {
        if (head != null) {
            spec.commandLine().getErr().println(head);
        }
        notes.forEach(n -> spec.commandLine().getErr().println("  " + n));
    }

    private static ImportFormat parseFormat(String text) {
        try {
            return ImportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Errors.CommandFailure(e.getMessage());
        }
    }

    private static ImportOptions.GroupAs groupAs(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "theme", "themes" -> ImportOptions.GroupAs.THEME;
            case "organisation", "organization", "org" -> ImportOptions.GroupAs.ORGANISATION;
            default -> throw new Errors.CommandFailure("--group-as takes theme or organisation, not '" + text + "'");
        };
    }



    /** "1 event", "2 events". */
    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
