package org.timescope.ui.browse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableColumn;
import org.timescope.timeline.layout.EventIndex;

/** The table's sort as a permutation of index positions, computed from the index's columns. */
final class TableSort {
    private TableSort() {
    }

    /** The order of index positions for a sort by {@code by} (null: date order). */
    static int[] order(LazyEvents items, TableColumn<?, ?> by, TableColumn<?, ?> date, TableColumn<?, ?> title,
                       TableColumn<?, ?> orgs, TableColumn<?, ?> themes) {
        EventIndex index = items.index();
        int n = index.size();
        if (by == null || by == date) {
            if (by != null && by.getSortType() == TableColumn.SortType.DESCENDING) {
                int[] order = new int[n];
                for (int i = 0; i < n; i++) {
                    order[i] = n - 1 - i;
                }
                return order;
            }
            return null; // the index is in date order
        }
        Comparator<Integer> cmp;
        if (by == title) {
            cmp = Comparator.comparing(index::title, String.CASE_INSENSITIVE_ORDER);
        } else if (by == orgs) {
            cmp = Comparator.comparing(i -> first(index.organisations(i)), String.CASE_INSENSITIVE_ORDER);
        } else {
            cmp = Comparator.comparing(i -> first(index.themes(i)), String.CASE_INSENSITIVE_ORDER);
        }
        if (by.getSortType() == TableColumn.SortType.DESCENDING) {
            cmp = cmp.reversed();
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, cmp.thenComparingInt(i -> i));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "" : String.join("; ", names);
    }
}
