package org.timescope.render;

import java.util.List;
import org.timescope.timeline.layout.SeriesStrip;

/**
 * What a snapshot shows besides the timeline: an optional title, strips of indicator series under it on the
 * same axis, caption lines (filters, date range, data source), the theme legend, a footnote with the selected
 * event's detail, and the eras drawn behind the timeline.
 */
public record Figure(String title, List<String> caption, List<LegendEntry> legend, List<String> footnote,
                     List<SeriesStrip> series, List<org.timescope.model.Era> eras) {

    /** A figure without statistics strips or eras. */
    public Figure(String title, List<String> caption, List<LegendEntry> legend, List<String> footnote) {
        this(title, caption, legend, footnote, List.of(), List.of());
    }

    /** A theme in the legend and its colour slot (its position in the vocabulary). */
    public record LegendEntry(String theme, int slot) {
    }

    public Figure {
        caption = caption == null ? List.of() : List.copyOf(caption);
        legend = legend == null ? List.of() : List.copyOf(legend);
        footnote = footnote == null ? List.of() : List.copyOf(footnote);
        series = series == null ? List.of() : List.copyOf(series);
        eras = eras == null ? List.of() : List.copyOf(eras);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
