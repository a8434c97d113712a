package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;

/**
 * The shown events in the form the layout queries fast: columns in date order (first day, then last
 * day, then key, so the order is deterministic), intervals as primitive arrays — an event covers
 * [first, end), a month-precision event its whole month — and names as indexes into small tables.
 * Built from records (small data) or from {@link TimelineRows} (large data, no object per event; the
 * full event is then read on demand).
 */
public final class EventIndex {

    private final TimelineRows rows;
    private final List<String> themeOrder;
    private final int[] colour;
    private final double longest;
    private final double maxDay;
    private final TimelineEvent[] records;
    private final Function<String, TimelineEvent> details;
    private Map<String, Integer> byKey;

    private EventIndex(TimelineRows rows, List<String> themeOrder, TimelineEvent[] records,
                       Function<String, TimelineEvent> details) {
        this.themeOrder = List.copyOf(themeOrder);
        this.rows = rows;
        this.records = records;
        this.details = details;
        int n = rows.size();
        colour = new int[n];
        int[] slot = new int[rows.themeNames().length];
        for (int t = 0; t < slot.length; t++) {
            slot[t] = themeOrder.indexOf(rows.themeNames()[t]);
        }
        double max = 0;
        double lastEnd = Double.NaN;
        // the columns in locals: this loop runs once per open over every event, mostly before the JIT has compiled it
        double[] end = rows.end();
        double[] first = rows.first();
        int[] themeStart = rows.themeStart();
        int[] themes = rows.themes();
        for (int i = 0; i < n; i++) {
            max = Math.max(max, end[i] - first[i]);
            lastEnd = Double.isNaN(lastEnd) ? end[i] : Math.max(lastEnd, end[i]);
            int from = themeStart[i];
            colour[i] = from < themeStart[i + 1] ? slot[themes[from]] : -1;
        }
        longest = max;
        maxDay = lastEnd;
    }

    /** An index over columns already laid out (an edit's splice): colours, longest and last day given. */
    private EventIndex(TimelineRows rows, List<String> themeOrder, TimelineEvent[] records,
                       Function<String, TimelineEvent> details, int[] colour, double longest, double maxDay) {
        this.themeOrder = List.copyOf(themeOrder);
        this.rows = rows;
        this.records = records;
        this.details = details;
        this.colour = colour;
        this.longest = longest;
        this.maxDay = maxDay;
    }

    /** An index over edited columns (see {@link IndexEdit}), keeping how full events are found. */
    EventIndex with(TimelineRows edited, List<String> themeOrder, TimelineEvent[] editedRecords) {
        return new EventIndex(edited, themeOrder, editedRecords, details);
    }

    /**
     * As {@link #with(TimelineRows, List, TimelineEvent[])} with the colour column spliced too (valid when the
     * theme order only grew) and the longest event and last day known: no pass over a million rows.
     */
    EventIndex with(TimelineRows edited, List<String> order, TimelineEvent[] editedRecords, int[] colours,
                    double longestDays, double lastDay) {
        return new EventIndex(edited, order, editedRecords, details, colours, longestDays, lastDay);
    }

    int[] colours() {
        return colour;
    }

    /** The theme order the colour slots follow. */
    List<String> themeOrder() {
        return themeOrder;
    }

    TimelineRows rows() {
        return rows;
    }

    /** The events as records when the index was built from records, else null. */
    TimelineEvent[] records() {
        return records;
    }

    /** Indexes events held as records; {@code themeOrder} fixes each theme's colour slot (the vocabulary order). */
    public static EventIndex of(List<TimelineEvent> events, List<String> themeOrder) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        // from and until are the first and last day unless a time is written: the order of days, refined by time
        sorted.sort(Comparator.comparingDouble((TimelineEvent e) -> e.when().from())
                .thenComparingDouble(e -> e.when().until())
                .thenComparing(TimelineEvent::key));
        TimelineEvent[] records = sorted.toArray(TimelineEvent[]::new);
        return new EventIndex(columns(records), themeOrder, records, null);
    }

    /** Indexes columns read from the store; {@code details} reads one full event by key when asked. */
    public static EventIndex of(TimelineRows rows, List<String> themeOrder, Function<String, TimelineEvent> details) {
        return new EventIndex(rows, themeOrder, null, details);
    }

    public static EventIndex empty() {
        return of(List.of(), List.of());
    }

    private static TimelineRows columns(TimelineEvent[] events) {
        long[] ids = new long[events.length];
        java.util.Arrays.setAll(ids, i -> i);
        return columns(events, ids, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * Events as columns, with these store ids; their organisation and theme names are indexed in the given
     * tables, which grow by the names they lack (an edit's arrivals use the tables of the index they join).
     */
    static TimelineRows columns(TimelineEvent[] events, long[] ids, Map<String, Integer> orgNames,
                                Map<String, Integer> themeNames) {
        int n = events.length;
        String[] keys = new String[n];
        String[] titles = new String[n];
        double[] first = new double[n];
        double[] end = new double[n];
        byte[] flags = new byte[n];
        long[] start = new long[n];
        long[] finish = new long[n];
        int[] orgStart = new int[n + 1];
        int[] themeStart = new int[n + 1];
        List<Integer> orgs = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TimelineEvent e = events[i];
            keys[i] = e.key();
            titles[i] = e.title();
            first[i] = e.when().from();
            end[i] = e.when().until();
            flags[i] = (byte) ((e.approximate() ? 1 : 0) | (e.inferred() ? 2 : 0));
            start[i] = TimelineRows.pack(e.when().start());
            finish[i] = TimelineRows.pack(e.when().end());
            for (String o : e.organisationNames()) {
                orgs.add(orgNames.computeIfAbsent(o, k -> orgNames.size()));
            }
            orgStart[i + 1] = orgs.size();
            for (String t : e.themes()) {
                themes.add(themeNames.computeIfAbsent(t, k -> themeNames.size()));
            }
            themeStart[i + 1] = themes.size();
        }
        return new TimelineRows(ids, keys, titles, first, end, flags, start, finish, orgStart,
                orgs.stream().mapToInt(Integer::intValue).toArray(), orgNames.keySet().toArray(String[]::new),
                themeStart, themes.stream().mapToInt(Integer::intValue).toArray(), themeNames.keySet().toArray(String[]::new));
    }

    public int size() {
        return rows.size();
    }

    /** The full event; from the store when the index was built from columns. */
    public TimelineEvent event(int i) {
        return records != null ? records[i] : details.apply(rows.keys()[i]);
    }

    public String key(int i) {
        return rows.keys()[i];
    }

    public String title(int i) {
        return rows.titles()[i];
    }

    public boolean approximate(int i) {
        return (rows.flags()[i] & 1) != 0;
    }

    public boolean inferred(int i) {
        return (rows.flags()[i] & 2) != 0;
    }

    /** The dates as written. */
    public DateSpan when(int i) {
        return new DateSpan(TimelineRows.unpack(rows.start()[i]), TimelineRows.unpack(rows.finish()[i]));
    }

    public double first(int i) {
        return rows.first()[i];
    }

    /** The day after the event's last day. */
    public double end(int i) {
        return rows.end()[i];
    }

    /** The event's colour slot: the position of its first theme in the vocabulary, or -1. */
    public int colour(int i) {
        return colour[i];
    }

    /** The event's organisations, in its own order. */
    public List<String> organisations(int i) {
        return names(rows.orgStart(), rows.orgs(), rows.orgNames(), i);
    }

    public List<String> themes(int i) {
        return names(rows.themeStart(), rows.themes(), rows.themeNames(), i);
    }

    private static List<String> names(int[] start, int[] values, String[] names, int i) {
        List<String> out = new ArrayList<>(start[i + 1] - start[i]);
        for (int k = start[i]; k < start[i + 1]; k++) {
            out.add(names[values[k]]);
        }
        return out;
    }

    /** Calls {@code action} with the name index of each of the event's organisations. */
    public void forEachOrganisation(int i, java.util.function.IntConsumer action) {
        int[] start = rows.orgStart();
        int[] orgs = rows.orgs();
        for (int k = start[i]; k < start[i + 1]; k++) {
            action.accept(orgs[k]);
        }
    }

    public void forEachTheme(int i, java.util.function.IntConsumer action) {
        int[] start = rows.themeStart();
        int[] themes = rows.themes();
        for (int k = start[i]; k < start[i + 1]; k++) {
            action.accept(themes[k]);
        }
    }

    /** The organisation and theme name tables the name indexes point into. */
    public String[] organisationNames() {
        return rows.orgNames();
    }

    public String[] themeNames() {
        return rows.themeNames();
    }

    /** The position of the event with this store id, or -1. */
    public int positionOf(long id) {
        int[] position = positions();
        return id >= 0 && id < position.length ? position[(int) id] : -1;
    }

    /** Positions of the given store ids, as a mask over this index. */
    public boolean[] mask(long[] ids) {
        int[] position = positions();
        boolean[] keep = new boolean[size()];
        for (long id : ids) {
            if (id >= 0 && id < position.length && position[(int) id] >= 0) {
                keep[position[(int) id]] = true;
            }
        }
        return keep;
    }

    /** The position of the event with this key, or -1. */
    public int indexOf(String key) {
        Map<String, Integer> map = byKey;
        if (map == null) {
            map = new HashMap<>(size() * 2);
            for (int i = 0; i < size(); i++) {
                map.put(rows.keys()[i], i);
            }
            byKey = map; // built on first use: most frames ask for no key at all
        }
        return map.getOrDefault(key, -1);
    }

    /** The earliest first day, or NaN when empty. */
    public double minDay() {
        return size() == 0 ? Double.NaN : rows.first()[0];
    }

    /** The latest end, or NaN when empty (found once: the overview asks at every paint). */
    public double maxDay() {
        return maxDay;
    }

    /** Events whose interval meets [fromDay, toDay), in index order. */
    public int[] overlapping(double fromDay, double toDay) {
        int lo = lowerBound(fromDay - longest);
        int hi = lowerBound(toDay);
        int[] out = new int[Math.max(0, hi - lo)];
        int n = 0;
        for (int i = lo; i < hi; i++) {
            if (rows.end()[i] > fromDay) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The first position whose first day is not below {@code day}. */
    int lowerBound(double day) {
        double[] first = rows.first();
        int lo = 0;
        int hi = first.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The longest event, in days: how far left of a window an overlapping event may start. */
    double longest() {
        return longest;
    }

    /** How many events start in each of {@code bins} equal slices of [fromDay, toDay). */
    public int[] histogram(double fromDay, double toDay, int bins) {
        int[] counts = new int[Math.max(bins, 1)];
        double width = (toDay - fromDay) / counts.length;
        if (!(width > 0)) {
            return counts;
        }
        for (int b = 0; b < counts.length; b++) {
            counts[b] = lowerBound(fromDay + (b + 1) * width) - lowerBound(fromDay + b * width);
        }
        return counts;
    }

    /**
     * The events among {@code ids} (store ids), as a new index over the same columns: filtering a
     * million events costs a pass over arrays, not a reload.
     */
    public EventIndex subset(long[] ids, List<String> themeOrder) {
        return select(mask(ids), themeOrder);
    }

    private int[] positionById;

    /** Store id → position (-1 if not here), built once. */
    private int[] positions() {
        if (positionById == null) {
            long max = -1;
            for (long id : rows.ids()) {
                max = Math.max(max, id);
            }
            int[] p = new int[(int) max + 1];
            Arrays.fill(p, -1);
            for (int i = 0; i < size(); i++) {
                p[(int) rows.ids()[i]] = i;
            }
            positionById = p;
        }
        return positionById;
    }

    /** The events at these positions (ascending), as a new index over the same columns. */
    public EventIndex subset(int[] positions, List<String> themeOrder) {
        return select(positions, themeOrder);
    }

    private EventIndex select(boolean[] keep, List<String> themeOrder) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        int[] positions = new int[n];
        int j = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                positions[j++] = i;
            }
        }
        return select(positions, themeOrder);
    }

    private EventIndex select(int[] positions, List<String> themeOrder) {
        int n = positions.length;
        long[] ids = new long[n];
        String[] keys = new String[n];
        String[] titles = new String[n];
        double[] first = new double[n];
        double[] end = new double[n];
        byte[] flags = new byte[n];
        long[] start = new long[n];
        long[] finish = new long[n];
        int[] orgStart = new int[n + 1];
        int[] themeStart = new int[n + 1];
        int orgCount = 0;
        int themeCount = 0;
        for (int i : positions) {
            orgCount += rows.orgStart()[i + 1] - rows.orgStart()[i];
            themeCount += rows.themeStart()[i + 1] - rows.themeStart()[i];
        }
        int[] orgs = new int[orgCount];
        int[] themes = new int[themeCount];
        TimelineEvent[] kept = records == null ? null : new TimelineEvent[n];
        for (int j = 0; j < n; j++) {
            int i = positions[j];
            ids[j] = rows.ids()[i];
            keys[j] = rows.keys()[i];
            titles[j] = rows.titles()[i];
            first[j] = rows.first()[i];
            end[j] = rows.end()[i];
            flags[j] = rows.flags()[i];
            start[j] = rows.start()[i];
            finish[j] = rows.finish()[i];
            int o = rows.orgStart()[i + 1] - rows.orgStart()[i];
            System.arraycopy(rows.orgs(), rows.orgStart()[i], orgs, orgStart[j], o);
            orgStart[j + 1] = orgStart[j] + o;
            int t = rows.themeStart()[i + 1] - rows.themeStart()[i];
            System.arraycopy(rows.themes(), rows.themeStart()[i], themes, themeStart[j], t);
            themeStart[j + 1] = themeStart[j] + t;
            if (kept != null) {
                kept[j] = records[i];
            }
        }
        TimelineRows subset = new TimelineRows(ids, keys, titles, first, end, flags, start, finish, orgStart, orgs,
                rows.orgNames(), themeStart, themes, rows.themeNames());
        return new EventIndex(subset, themeOrder, kept, details);
    }

}
