package org.timescope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.service.edit.Duplicates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope duplicates [--min-score X] [--days N]}: likely duplicate events, to merge with 'event merge'. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List pairs of likely duplicate events (dates within a few days and similar titles or a shared "
                + "quote), best first; merge one with 'event merge KEEP OTHER'.")
final class DuplicatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0",
            description = "Only pairs scoring at least X (0 to 1; 0.6 × title similarity + 0.3 for a shared quote "
                    + "+ 0.1 × date closeness).")
    double minScore;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + Duplicates.DEFAULT_WINDOW_DAYS,
            description = "How many days apart two events' dates may be (default ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        if (minScore < 0 || minScore > 1 || Double.isNaN(minScore)) {
            throw new Errors.CommandFailure("--min-score must be between 0 and 1 (it is " + minScore + ")");
        }
        if (days < 0) {
            throw new Errors.CommandFailure("--days cannot be negative (it is " + days + ")");
        }
        try (Workspace workspace = store.open()) {
            List<Duplicates.Pair> pairs = new Duplicates(days, Duplicates.DEFAULT_MIN_TITLE)
                    .find(workspace.events().find(EventFilter.ALL), minScore);
            PrintWriter out = spec.commandLine().getOut();
            for (Duplicates.Pair p : pairs) {
                out.println(String.format(Locale.ROOT, "%.2f  %s", p.score(), line(p.first())));
                out.println("      " + line(p.second()));
                out.println("      " + why(p));
            }
            out.println(pairs.size() + (pairs.size() == 1 ? " likely duplicate pair" : " likely duplicate pairs")
                    + (pairs.isEmpty() ? "" : "  (merge with: timescope event merge KEEP OTHER)"));
            return 0;
        }
    }

    private static String line(TimelineEvent e) {
        return ListCommand.date(e) + "  " + e.key() + "  " + TextTable.fit(e.title(), 80);
    }

    private static String why(Duplicates.Pair p) {
        String title = String.format(Locale.ROOT, "titles %.0f%% alike", p.titleSimilarity() * 100);
        String dates = p.daysApart() == 0 ? "dates overlap" : p.daysApart() + (p.daysApart() == 1 ? " day" : " days") + " apart";
        return "(" + title + (p.sharedQuote() ? ", a shared quote" : "") + ", " + dates + ")";
    }
}
