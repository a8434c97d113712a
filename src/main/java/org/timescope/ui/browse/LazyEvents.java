package org.timescope.ui.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ObservableListBase;
import org.timescope.model.TimelineEvent;
import org.timescope.timeline.layout.EventIndex;

/**
 * The shown events as a list for the table, without an object per event: row {@code i} is read (from
 * the index, or the store for large data) only when the table shows it, and a few hundred recent rows are
 * kept. An optional permutation gives the table's sort order.
 */
public final class LazyEvents extends ObservableListBase<TimelineEvent> {

    private final EventIndex index;
    private int[] order;
    private int[] rowOf;
    private final Map<Integer, TimelineEvent> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, TimelineEvent> eldest) {
            return size() > 512;
        }
    };

    public LazyEvents(EventIndex index, int[] order) {
        this.index = index;
        this.order = order;
    }

    public EventIndex index() {
        return index;
    }

    /**
     * Shows the rows in a new order (index positions, or null for date order) and tells the table as a
     * permutation, so its sort state stays as it is.
     */
    public void reorder(int[] newOrder) {
        int n = size();
        int[] oldRowOfPosition = new int[n];
        for (int r = 0; r < n; r++) {
            oldRowOfPosition[position(r)] = r;
        }
        order = newOrder;
        rowOf = null;
        int[] permutation = new int[n];
        for (int r = 0; r < n; r++) {
            permutation[oldRowOfPosition[position(r)]] = r;
        }
        beginChange();
        nextPermutation(0, n, permutation);
        endChange();
    }

    /** The index position shown at row {@code i}. */
    public int position(int i) {
        return order == null ? i : order[i];
    }

    @Override
    public TimelineEvent get(int i) {
        return recent.computeIfAbsent(position(i), index::event);
    }

    @Override
    public int size() {
        return index.size();
    }

    /** The row of the event with this key, or -1 — without reading any event. */
    public int rowOf(String key) {
        int p = index.indexOf(key);
        if (p < 0 || order == null) {
            return p;
        }
        if (rowOf == null) {
            rowOf = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rowOf[order[r]] = r;
            }
        }
        return rowOf[p];
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof TimelineEvent e ? rowOf(e.key()) : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /**
     * Identity: each filtering gives a new list, and it must count as a change even when it holds the same events
     * (a search refined without changing its matches still changes the status bar). A list's element-wise equals
     * would also read every event of a million to compare two lists.
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
