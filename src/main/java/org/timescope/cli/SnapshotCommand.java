package org.timescope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.timescope.model.SavedView;
import org.timescope.service.SnapshotFormat;
import org.timescope.service.SnapshotRequest;
import org.timescope.service.SnapshotService;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope snapshot --out FILE.(png|svg|pdf) …}: the timeline as a figure, with no display. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Draw the timeline of the matching events (or a saved view) as PNG, SVG or PDF. "
                + "The format follows the file name. Needs no display.")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    FilterOptions filters;
    @Mixin
    ViewOption view;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "FILE.png, FILE.svg or FILE.pdf.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1600", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels (default: as tall as every event of the view needs; with a height, the caption names the events counted in +N clusters).")
    Double height;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per figure pixel: 2 for a sharp 2× image (default 1).")
    Double scale;

    @Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution for print, e.g. 300 (same as --scale DPI/96).")
    Double dpi;

    @Option(names = "--lanes", paramLabel = "MODE", description = "none, organisation or theme (default none, or the view's).")
    String lanes;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the timeline.")
    String title;

    @Option(names = "--select", paramLabel = "EVENT-ID", description = "Highlight this event and describe it in a footnote.")
    String select;

    @Option(names = "--no-caption", negatable = false, description = "Leave out the caption (filters, dates, source).")
    boolean noCaption;

    @Option(names = "--series", paramLabel = "NAME",
            description = "Draw this indicator series in a strip under the timeline, on the same axis (repeatable;"
                    + " 'timescope stats --series' lists them).")
    java.util.List<String> series = new java.util.ArrayList<>();

    @Option(names = "--no-legend", negatable = false, description = "Leave out the theme legend.")
    boolean noLegend;

    @Override
    public Integer call() throws IOException {
        SnapshotFormat format = SnapshotFormat.of(out);
        if (scale != null && dpi != null) {
            throw new Errors.CommandFailure("give either --scale or --dpi, not both");
        }
        if (dpi != null && (dpi < 24 || dpi > 768)) { // the scales 0.25–8 the figure takes, said in dots per inch
            throw new Errors.CommandFailure("--dpi " + (dpi == Math.rint(dpi) ? String.valueOf(dpi.longValue()) : String.valueOf(dpi)) + " is outside 24–768");
        }
        double factor = dpi != null ? dpi / 96 : scale != null ? scale : 1;
        try (Workspace workspace = store.openForReading()) {
            SavedView base = view.resolve(workspace, filters.toFilter(), laneMode(lanes == null ? "none" : lanes));
            SavedView v = new SavedView(base.name(), base.filter(),
                    lanes != null ? laneMode(lanes) : base.laneMode(), base.windowStart(), base.windowEnd(),
                    select != null ? select : base.selected());
            SnapshotRequest request = new SnapshotRequest(v, width, height, factor, title, !noCaption, !noLegend, true)
                    .withSeries(series);
            workspace.refuseAsOutput(out);
            SnapshotService.Prepared p = OutputFile.write(out,
                    stream -> new SnapshotService(workspace).write(request, format, stream));
            spec.commandLine().getErr().printf(Locale.ROOT, "Wrote %s: %s, %.0f×%.0f px%s%n", out,
                    p.index().size() == 1 ? "1 event" : p.index().size() + " events",
                    p.width() * (format == SnapshotFormat.PNG ? factor : 1),
                    p.height() * (format == SnapshotFormat.PNG ? factor : 1),
                    format == SnapshotFormat.PNG && factor != 1 ? String.format(Locale.ROOT, " (%.0f dpi)", 96 * factor) : "");
            return 0;
        }
    }

    static String laneMode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "none", "no" -> "NONE";
            case "organisation", "organization", "org", "organisations" -> "ORGANISATION";
            case "theme", "themes" -> "THEME";
            default -> throw new Errors.CommandFailure("unknown lane mode '" + text + "' (use none, organisation or theme)");
        };
    }
}
