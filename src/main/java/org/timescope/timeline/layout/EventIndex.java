package org.timescope.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.timescope.model.DateSpan;
import org.timescope.model.Texts;
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

    /** Where each position's row lives: the columns read whole, or the chunks of an edited index. */
    private final RowSpine spine;
    private final int size;
    private final String[] orgNames;
    private final String[] themeNames;
    private final boolean hasRecords;
    private final List<String> themeOrder;
    private final double longest;
    private final double maxDay;
    private final Function<String, TimelineEvent> details;
    /** The edit this index came from, to find positions by id or key without a pass (null when read whole). */
    private final Lineage lineage;
    /** For a filter's subset: the index whose rows it picks (never itself a subset); null otherwise. */
    private final EventIndex source;
    /** Key → position, built on first use (volatile: the window's reader thread and the FX thread both ask). */
    private volatile Map<String, Integer> byKey;

    /**
     * How one edit moved positions: old positions that left, new positions that arrived (ascending) and the
     * arrivals' ids and keys in that order.
     */
    private record Step(int[] removed, int[] inserted, long[] ids, String[] keys) {

        /** The new position of an old one, -1 if it left (an event that came back is found by its id or key). */
        int translate(int old) {
            if (old < 0 || Arrays.binarySearch(removed, old) >= 0) {
                return -1;
            }
            int rank = old - (-Arrays.binarySearch(removed, old) - 1);
            int lo = 0;
            int hi = inserted.length; // arrivals whose place (survivors before them) is at or below rank
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (inserted[mid] - mid <= rank) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return rank + lo;
        }
    }

    /**
     * The index read whole that this one was edited from and the steps since, oldest first: a position by id or
     * key is the root's, carried through the steps. Only the root and the small steps are kept (no index in
     * between); after {@link #LONGEST} steps the edited index becomes a root of its own.
     */
    private record Lineage(EventIndex root, List<Step> steps) {
        static final int LONGEST = 256;

        int positionOf(long id) {
            int p = root.positionOf(id);
            for (Step step : steps) {
                p = step.translate(p);
                for (int k = 0; k < step.ids().length; k++) {
                    if (step.ids()[k] == id) { // it arrived (again) in this step
                        p = step.inserted()[k];
                        break;
                    }
                }
            }
            return p;
        }

        int indexOf(String key) {
            int p = root.indexOf(key);
            for (Step step : steps) {
                p = step.translate(p);
                for (int k = 0; k < step.keys().length; k++) {
                    if (step.keys()[k].equals(key)) {
                        p = step.inserted()[k];
                        break;
                    }
                }
            }
            return p;
        }
    }

    private EventIndex(TimelineRows rows, List<String> themeOrder, TimelineEvent[] records,
                       Function<String, TimelineEvent> details) {
        this(rows, themeOrder, records, details, RowSpine.CHUNK);
    }

    private EventIndex(TimelineRows rows, List<String> themeOrder, TimelineEvent[] records,
                       Function<String, TimelineEvent> details, int chunk) {
        this.themeOrder = List.copyOf(themeOrder);
        this.hasRecords = records != null;
        this.details = details;
        this.orgNames = rows.orgNames();
        this.themeNames = rows.themeNames();
        this.lineage = null;
        this.source = null;
        int n = rows.size();
        size = n;
        int[] colour = new int[n];
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
        spine = RowSpine.whole(rows, colour, records, chunk);
    }

    /** An edited index: its rows given (see {@link IndexEdit}), with the longest event and last day known. */
    private EventIndex(RowSpine spine, String[] orgNames, String[] themeNames, boolean hasRecords,
                       List<String> themeOrder, Function<String, TimelineEvent> details, double longest, double maxDay,
                       Lineage lineage) {
        this(spine, orgNames, themeNames, hasRecords, themeOrder, details, longest, maxDay, lineage, null);
    }

    private EventIndex(RowSpine spine, String[] orgNames, String[] themeNames, boolean hasRecords,
                       List<String> themeOrder, Function<String, TimelineEvent> details, double longest, double maxDay,
                       Lineage lineage, EventIndex source) {
        this.source = source;
        this.spine = spine;
        this.size = spine.size();
        this.orgNames = orgNames;
        this.themeNames = themeNames;
        this.hasRecords = hasRecords;
        this.themeOrder = List.copyOf(themeOrder);
        this.details = details;
        this.longest = longest;
        this.maxDay = maxDay;
        this.lineage = lineage;
    }

    /**
     * The index after an edit: {@code chunks} in order (the untouched ones shared with this index), the name tables
     * (this index's, grown by the arrivals' names), and the positions that left and arrived. The longest event
     * only grows (a longest event that left only widens the look-back of overlap queries, still correct); the last
     * day is found again when an event ending on it left.
     */
    EventIndex edited(RowChunk[] next, String[] nextOrgNames, String[] nextThemeNames, List<String> order,
                      int[] removed, int[] inserted, long[] ids, String[] keys, double arrivedLongest,
                      double arrivedLast) {
        boolean lastLeft = false;
        for (int p : removed) {
            lastLeft |= end(p) >= maxDay;
        }
        double last = Double.isNaN(maxDay) || Double.isNaN(arrivedLast) ? (Double.isNaN(maxDay) ? arrivedLast : maxDay)
                : Math.max(maxDay, arrivedLast);
        Step step = new Step(removed, inserted, ids, keys);
        Lineage from;
        if (lineage == null) {
            from = new Lineage(this, List.of(step));
        } else if (lineage.steps().size() < Lineage.LONGEST) {
            List<Step> steps = new ArrayList<>(lineage.steps());
            steps.add(step);
            from = new Lineage(lineage.root(), steps);
        } else {
            from = null; // a root of its own: its positions are found by a pass when first asked
        }
        RowSpine rows = RowSpine.chunked(next, spine.usual());
        return new EventIndex(rows, nextOrgNames, nextThemeNames, hasRecords, order, details,
                Math.max(longest, arrivedLongest), lastLeft ? rows.lastEnd() : last, from); // the last one left: found again
    }

    /** Where each position's row lives (an edit shares the chunks it does not touch). */
    RowSpine spine() {
        return spine;
    }

    /**
     * True when this index was built on exactly {@code rows} (the same arrays, no edit since) with this theme order
     * and no records: an index built for a first picture can then serve the window too (decision 0043).
     */
    public boolean builtOn(TimelineRows rows, List<String> order) {
        return source == null && spine.whole() == rows && !hasRecords && lineage == null && themeOrder.equals(order);
    }

    /** The theme order the colour slots follow. */
    List<String> themeOrder() {
        return themeOrder;
    }

    /** True when the index was built from records (each chunk then holds its events). */
    boolean hasRecords() {
        return hasRecords;
    }

    /** Indexes events held as records; {@code themeOrder} fixes each theme's colour slot (the vocabulary order). */
    public static EventIndex of(List<TimelineEvent> events, List<String> themeOrder) {
        return of(events, themeOrder, RowSpine.CHUNK);
    }

    /** As {@link #of(List, List)} with chunks of {@code chunk} rows (tests: many chunks from few events). */
    static EventIndex of(List<TimelineEvent> events, List<String> themeOrder, int chunk) {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        // from and until are the first and last day unless a time is written: the order of days, refined by time
        sorted.sort(Comparator.comparingDouble((TimelineEvent e) -> e.when().from())
                .thenComparingDouble(e -> e.when().until())
                .thenComparing(TimelineEvent::key));
        TimelineEvent[] records = sorted.toArray(TimelineEvent[]::new);
        return new EventIndex(columns(records), themeOrder, records, null, chunk);
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
        return new TimelineRows(ids, Texts.of(keys), Texts.of(titles), first, end, flags, start, finish, orgStart,
                orgs.stream().mapToInt(Integer::intValue).toArray(), orgNames.keySet().toArray(String[]::new),
                themeStart, themes.stream().mapToInt(Integer::intValue).toArray(), themeNames.keySet().toArray(String[]::new));
    }

    public int size() {
        return size;
    }

    /** The full event; from the store when the index was built from columns. */
    public TimelineEvent event(int i) {
        long at = spine.locate(i);
        TimelineEvent[] records = spine.records(at);
        return records != null ? records[RowSpine.row(at)] : details.apply(spine.rows(at).keys().get(RowSpine.row(at)));
    }

    public String key(int i) {
        long at = spine.locate(i);
        return spine.rows(at).keys().get(RowSpine.row(at));
    }

    /**
     * The index whose rows this one shows: the source a filter's subset picks from, else this index. Its position
     * for position {@code i} is {@link #rowSourcePosition(int)}; what a row holds (title, dates) is the same there.
     */
    public EventIndex rowSource() {
        return source != null ? source : this;
    }

    /** Position {@code i}'s position in {@link #rowSource()}. */
    public int rowSourcePosition(int i) {
        return spine.sourcePosition(i);
    }

    public String title(int i) {
        long at = spine.locate(i);
        return spine.rows(at).titles().get(RowSpine.row(at));
    }

    private byte flags(int i) {
        long at = spine.locate(i);
        return spine.rows(at).flags()[RowSpine.row(at)];
    }

    public boolean approximate(int i) {
        return (flags(i) & 1) != 0;
    }

    public boolean inferred(int i) {
        return (flags(i) & 2) != 0;
    }

    /** The dates as written. */
    public DateSpan when(int i) {
        long at = spine.locate(i);
        TimelineRows rows = spine.rows(at);
        int j = RowSpine.row(at);
        return new DateSpan(TimelineRows.unpack(rows.start()[j]), TimelineRows.unpack(rows.finish()[j]));
    }

    public double first(int i) {
        long at = spine.locate(i);
        return spine.rows(at).first()[RowSpine.row(at)];
    }

    /** The day after the event's last day. */
    public double end(int i) {
        long at = spine.locate(i);
        return spine.rows(at).end()[RowSpine.row(at)];
    }

    /** The event's colour slot: the position of its first theme in the vocabulary, or -1. */
    public int colour(int i) {
        long at = spine.locate(i);
        return spine.colour(at)[RowSpine.row(at)];
    }

    /** The event's store id. */
    long id(int i) {
        long at = spine.locate(i);
        return spine.rows(at).ids()[RowSpine.row(at)];
    }

    /** The event's organisations, in its own order. */
    public List<String> organisations(int i) {
        List<String> out = new ArrayList<>();
        forEachOrganisation(i, k -> out.add(orgNames[k]));
        return out;
    }

    public List<String> themes(int i) {
        List<String> out = new ArrayList<>();
        forEachTheme(i, k -> out.add(themeNames[k]));
        return out;
    }

    /** Calls {@code action} with the name index of each of the event's organisations. */
    public void forEachOrganisation(int i, IntConsumer action) {
        long at = spine.locate(i);
        TimelineRows rows = spine.rows(at);
        forEach(rows.orgStart(), rows.orgs(), RowSpine.row(at), action);
    }

    public void forEachTheme(int i, IntConsumer action) {
        long at = spine.locate(i);
        TimelineRows rows = spine.rows(at);
        forEach(rows.themeStart(), rows.themes(), RowSpine.row(at), action);
    }

    /** Row j's values of a list column whose offsets are {@code start}. */
    private static void forEach(int[] start, int[] values, int j, IntConsumer action) {
        for (int k = start[j]; k < start[j + 1]; k++) {
            action.accept(values[k]);
        }
    }

    /** The organisation and theme name tables the name indexes point into. */
    public String[] organisationNames() {
        return orgNames;
    }

    public String[] themeNames() {
        return themeNames;
    }

    /** The position of the event with this store id, or -1. */
    public int positionOf(long id) {
        if (source != null) { // its place in the source, then among the picked positions
            return spine.pickedIndexOf(source.positionOf(id));
        }
        int[] position = positionById;
        if (position == null && lineage != null) {
            return lineage.positionOf(id);
        }
        position = positions();
        return id >= 0 && id < position.length ? position[(int) id] : -1;
    }

    /** Positions of the given store ids, as a mask over this index. */
    public boolean[] mask(long[] ids) {
        boolean[] keep = new boolean[size()];
        forEachPosition(ids, p -> keep[p] = true);
        return keep;
    }

    /**
     * Calls {@code action} with the position of each of these store ids that is here, in the ids' order. An edited
     * index finds a few ids through its edit's steps; for many ids times many steps (a search after a curating
     * session: 84,000 matches through 50 steps cost ~100 ms) it makes its id → position table once, in one pass,
     * and every later search of this index uses it.
     */
    public void forEachPosition(long[] ids, IntConsumer action) {
        if (source == null && positionById == null && lineage != null
                && (long) ids.length * lineage.steps().size() > 1 << 18) {
            positions();
        }
        for (long id : ids) {
            int p = positionOf(id);
            if (p >= 0) {
                action.accept(p);
            }
        }
    }

    /** The position of the event with this key, or -1. */
    public int indexOf(String key) {
        Map<String, Integer> map = byKey;
        if (map == null && lineage != null) {
            return lineage.indexOf(key);
        }
        if (map == null) {
            map = new HashMap<>(size() * 2);
            for (int i = 0; i < size(); i++) {
                map.put(key(i), i);
            }
            byKey = map; // built on first use: most frames ask for no key at all
        }
        return map.getOrDefault(key, -1);
    }

    /** The earliest first day, or NaN when empty. */
    public double minDay() {
        return size() == 0 ? Double.NaN : first(0);
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
            if (end(i) > fromDay) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The first position whose first day is not below {@code day}. */
    int lowerBound(double day) {
        return spine.lowerBound(day);
    }

    /** The longest event, in days: how far left of a window an overlapping event may start. */
    double longest() {
        return longest;
    }

    /** The latest end, or NaN: {@link #maxDay()} for the edit code. */
    double lastDay() {
        return maxDay;
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

    private volatile int[] positionById;

    /** Store id → position (-1 if not here), built once. */
    private int[] positions() {
        if (positionById == null) {
            long max = -1;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, id(i));
            }
            int[] p = new int[(int) max + 1];
            Arrays.fill(p, -1);
            for (int i = 0; i < size; i++) {
                p[(int) id(i)] = i;
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

    /**
     * The events at these positions (ascending). When the colours follow the same theme order (a filter of the
     * window's index), the subset picks this index's rows without copying them (see {@link RowSpine#pick}); its
     * longest event and last day come from one pass over two columns. Otherwise its columns are copied.
     */
    private EventIndex select(int[] positions, List<String> themeOrder) {
        if (!themeOrder.equals(this.themeOrder)) {
            return copy(positions, themeOrder);
        }
        RowSpine rows = spine.pick(positions);
        double max = 0;
        double last = Double.NaN;
        long at = 0;
        for (int j = 0; j < positions.length; j++) {
            at = rows.locateFrom(at, j);
            TimelineRows r = rows.rows(at);
            int k = RowSpine.row(at);
            double first = r.first()[k];
            double end = r.end()[k];
            max = Math.max(max, end - first);
            last = Double.isNaN(last) ? end : Math.max(last, end);
        }
        return new EventIndex(rows, orgNames, themeNames, hasRecords, this.themeOrder, details, max, last, null,
                source != null ? source : this);
    }

    /** The events at these positions (ascending) as columns of their own, coloured in {@code themeOrder}. */
    private EventIndex copy(int[] positions, List<String> themeOrder) {
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
        // positions come ascending: the chunk is followed forward, not searched for each row (a third of the time)
        long at = 0;
        for (int i : positions) {
            at = spine.locateFrom(at, i);
            TimelineRows rows = spine.rows(at);
            int r = RowSpine.row(at);
            orgCount += rows.orgStart()[r + 1] - rows.orgStart()[r];
            themeCount += rows.themeStart()[r + 1] - rows.themeStart()[r];
        }
        int[] orgs = new int[orgCount];
        int[] themes = new int[themeCount];
        TimelineEvent[] kept = hasRecords ? new TimelineEvent[n] : null;
        at = 0;
        for (int j = 0; j < n; j++) {
            at = spine.locateFrom(at, positions[j]);
            TimelineRows rows = spine.rows(at);
            int r = RowSpine.row(at);
            ids[j] = rows.ids()[r];
            keys[j] = rows.keys().get(r);
            titles[j] = rows.titles().get(r);
            first[j] = rows.first()[r];
            end[j] = rows.end()[r];
            flags[j] = rows.flags()[r];
            start[j] = rows.start()[r];
            finish[j] = rows.finish()[r];
            int o = rows.orgStart()[r + 1] - rows.orgStart()[r];
            System.arraycopy(rows.orgs(), rows.orgStart()[r], orgs, orgStart[j], o);
            orgStart[j + 1] = orgStart[j] + o;
            int t = rows.themeStart()[r + 1] - rows.themeStart()[r];
            System.arraycopy(rows.themes(), rows.themeStart()[r], themes, themeStart[j], t);
            themeStart[j + 1] = themeStart[j] + t;
            if (kept != null) {
                kept[j] = spine.records(at)[r];
            }
        }
        TimelineRows subset = new TimelineRows(ids, Texts.of(keys), Texts.of(titles), first, end, flags, start, finish,
                orgStart, orgs,
                orgNames, themeStart, themes, themeNames);
        return new EventIndex(subset, themeOrder, kept, details);
    }

}
