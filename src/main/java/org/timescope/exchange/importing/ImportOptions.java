package org.timescope.exchange.importing;

import java.util.Map;
import org.timescope.model.PartialDate;

/**
 * How to read a file: what a TimelineJS/Timeline "group" or "category" becomes, a column mapping for
 * generic CSV (field → column header), and the reference date for an article's relative dates
 * ("on Tuesday", "last year") when the article itself has none.
 */
public record ImportOptions(GroupAs groupAs, Map<String, String> columns, PartialDate referenceDate) {

    /** What a group or category in a timeline file becomes. */
    public enum GroupAs { THEME, ORGANISATION }

    public static final ImportOptions DEFAULT = new ImportOptions(GroupAs.THEME, Map.of(), null);

    public ImportOptions {
        groupAs = groupAs == null ? GroupAs.THEME : groupAs;
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }
}
