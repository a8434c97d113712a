package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.timescope.model.DateSpan;
import org.timescope.model.Texts;
import org.timescope.model.TimelineRows;

/**
 * The timeline's columns scanned out of the database: the events in storage order (one scan, sorted in memory),
 * their dates packed from the first and last day and a precision code instead of read as text, the organisation
 * and theme links read on connections of their own meanwhile, names as dense indexes. {@link TimelineColumns}
 * decides when to scan (no columns kept, no current cache file); this class does the scanning.
 */
final class EventScan {

    private final Database database;

    EventScan(Database database) {
        this.database = database;
    }

    /**
     * The date columns of a dates-only scan of the database (no current cache file), in storage order, and the data
     * version then: the full read that follows, if nothing was written since, reads only the texts (ids, keys and
     * titles), not the dates and their precision again (decision 0048).
     */
    record Scanned(long version, int count, long[] ids, long[] first, long[] last, int[] code, DateSpan[] timed) {

        /** The dates alone in date order (ties by id: there are no keys yet), for a first picture. */
        TimelineRows inDateOrder() {
            int[] order = dateOrder(first, last, null, ids, count);
            refineTimed(order, first, last, timed, null, ids);
            Dates d = Dates.gather(order, ids, first, last, code, timed);
            return TimelineRows.datesOnly(d.ids(), d.first(), d.end(), d.flags(), d.start(), d.finish());
        }
    }

    /** The dates alone, in storage order (a first picture's, when no cache file is current). */
    Scanned dates(long version) {
        return database.read(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM event"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
            return events(c, version, n, null, null, done -> { });
        });
    }

    /**
     * One scan of the events in storage order: ids, dates, precision codes and times of day, and with {@code keys}
     * and {@code titles} given (arrays of {@code n}) those texts too; at most {@code n} rows.
     */
    private static Scanned events(Connection c, long version, int n, String[] keys, String[] titles,
                                  DoubleConsumer progress) throws SQLException {
        long[] rawIds = new long[n];
        long[] rawFirst = new long[n];
        long[] rawLast = new long[n];
        int[] rawCode = new int[n];
        int[] flagged = new int[Math.max(n, 1)]; // the rows with a time of day, in id order
        int timedRows = 0;
        int texts = keys == null ? 0 : 2;
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + (texts == 0 ? "" : "key, title, ")
                + "first_day, last_day, " + CODE + ", " + TIMED + " FROM event ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            for (; rs.next() && count < n; count++) {
                if ((count & 0xFFFF) == 0) {
                    progress.accept(0.85 * count / n); // the event scan is most of the time
                }
                rawIds[count] = rs.getLong(1);
                if (texts > 0) {
                    keys[count] = rs.getString(2);
                    titles[count] = rs.getString(3);
                }
                rawFirst[count] = rs.getLong(2 + texts);
                rawLast[count] = rs.getLong(3 + texts);
                rawCode[count] = rs.getInt(4 + texts);
                if (rs.getInt(5 + texts) != 0) {
                    flagged[timedRows++] = count;
                }
            }
        }
        return new Scanned(version, count, rawIds, rawFirst, rawLast, rawCode,
                timedTexts(c, rawIds, count, flagged, timedRows));
    }

    /** The date columns in date order, taken from rows read in storage order. */
    private record Dates(long[] ids, double[] first, double[] end, byte[] flags, long[] start, long[] finish) {

        static Dates gather(int[] order, long[] rawIds, long[] rawFirst, long[] rawLast, int[] rawCode,
                            DateSpan[] timed) {
            int n = order.length;
            Dates d = new Dates(new long[n], new double[n], new double[n], new byte[n], new long[n], new long[n]);
            for (int i = 0; i < n; i++) {
                int r = order[i];
                int code = rawCode[r];
                d.ids[i] = rawIds[r];
                d.first[i] = rawFirst[r];
                d.end[i] = rawLast[r] + 1;
                d.flags[i] = (byte) (code & 3);
                d.start[i] = packDay(rawFirst[r], (code >> 2) & 3);
                d.finish[i] = ((code >> 4) & 3) == 3 ? Long.MIN_VALUE : packDay(rawLast[r], (code >> 4) & 3);
                DateSpan when = timed == null ? null : timed[r];
                if (when != null) { // a time of day: the few such rows are read from their text
                    d.first[i] = when.from();
                    d.end[i] = when.until();
                    d.start[i] = TimelineRows.pack(when.start());
                    d.finish[i] = TimelineRows.pack(when.end());
                }
            }
            return d;
        }
    }

    /** Changes by this connection and commits by others: equal counters mean the events are unchanged. */
    TimelineRows rows(DoubleConsumer progress, Scanned dates) {
        return database.read(c -> {
            int n;
            long maxId;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(max(id), 0) FROM event");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
                maxId = rs.getLong(2);
            }
            // the link tables are read on a second connection while this one reads the events
            java.util.concurrent.CompletableFuture<long[][]> orgPairs = pairs("SELECT event_id, organisation_id, ordinal "
                    + "FROM event_organisation");
            java.util.concurrent.CompletableFuture<long[][]> themePairs = pairs("SELECT event_id, theme_id, ordinal "
                    + "FROM event_theme");
            // read in storage order (a plain scan) and sort here: far cheaper than ORDER BY over a million rows.
            // Dates as written are not read as text: their precision (the dashes after the sign) comes as
            // bits of one integer with the flags, their values from the first and last day.
            String[] rawKeys = new String[n];
            String[] rawTitles = new String[n];
            if (dates != null && dates.count() == n && texts(c, dates.ids(), rawKeys, rawTitles, progress)) {
                return assemble(c, n, maxId, orgPairs, themePairs, dates.ids(), rawKeys, rawTitles, dates.first(),
                        dates.last(), dates.code(), dates.timed());
            }
            Scanned all = events(c, 0, n, rawKeys, rawTitles, progress);
            return assemble(c, all.count(), maxId, orgPairs, themePairs, all.ids(), rawKeys, rawTitles, all.first(),
                    all.last(), all.code(), all.timed());
        });
    }

    /**
     * The keys and titles of the events {@code ids} (a dates-only scan's, in storage order), by a scan of those
     * columns alone; false if the table does not hold those very events in that order (then the full scan runs).
     */
    private static boolean texts(Connection c, long[] ids, String[] keys, String[] titles, DoubleConsumer progress)
            throws SQLException {
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, key, title FROM event ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            for (; rs.next(); count++) {
                if (count == ids.length || rs.getLong(1) != ids[count]) {
                    return false;
                }
                if ((count & 0xFFFF) == 0) {
                    progress.accept(0.85 * count / ids.length);
                }
                keys[count] = rs.getString(2);
                titles[count] = rs.getString(3);
            }
        }
        return count == ids.length;
    }

    /** The columns in date order, from the events' columns in storage order and their links. */
    private TimelineRows assemble(Connection c, int n, long maxId, java.util.concurrent.CompletableFuture<long[][]> orgPairs,
                              java.util.concurrent.CompletableFuture<long[][]> themePairs, long[] rawIds, String[] rawKeys,
                              String[] rawTitles, long[] rawFirst, long[] rawLast, int[] rawCode,
                              DateSpan[] timed) throws SQLException {
        int[] order = dateOrder(rawFirst, rawLast, rawKeys, rawIds, n);
        refineTimed(order, rawFirst, rawLast, timed, rawKeys, rawIds);
        Dates d = Dates.gather(order, rawIds, rawFirst, rawLast, rawCode, timed);
        long[] ids = d.ids();
        String[] keys = new String[n];
        String[] titles = new String[n];
        int[] position = new int[(int) maxId + 1];
        java.util.Arrays.fill(position, -1); // no event: a link row another program left behind is skipped
        for (int i = 0; i < n; i++) {
            int r = order[i];
            keys[i] = rawKeys[r];
            titles[i] = rawTitles[r];
            position[(int) ids[i]] = i;
        }
        Names table = names(c, "SELECT id, name FROM organisation ORDER BY id");
        int[][] orgs = links(orgPairs.join(), n, position, table);
        Names themes = names(c, "SELECT id, name FROM theme ORDER BY id");
        int[][] th = links(themePairs.join(), n, position, themes);
        return new TimelineRows(ids, Texts.of(keys), Texts.of(titles), d.first(), d.end(), d.flags(), d.start(), d.finish(), orgs[0], orgs[1],
                table.names(), th[0], th[1], themes.names());
    }

    /**
     * Row numbers in date order: by first day, then last day, then key (or id when there are no keys). A primitive sort on
     * (first day, row) does the bulk of the work; only runs of equal first days are sorted further.
     */
    static int[] dateOrder(long[] first, long[] last, String[] keys, long[] ids, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((first[i] + (1L << 30)) << 32) | i;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        int[] buffer = new int[16];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && first[order[j]] == first[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                if (buffer.length < j - i) {
                    buffer = new int[Math.max(j - i, buffer.length * 2)];
                }
                mergeSort(order, i, j, buffer, last, keys, ids);
            }
            i = j;
        }
        return order;
    }

    /** Sorts {@code rows[from, to)} by last day, then key: a merge sort on the ints, no boxing. */
    private static void mergeSort(int[] rows, int from, int to, int[] buffer, long[] last, String[] keys,
                                  long[] ids) {
        if (to - from < 12) {
            for (int a = from + 1; a < to; a++) {
                int v = rows[a];
                int b = a;
                for (; b > from && after(rows[b - 1], v, last, keys, ids); b--) {
                    rows[b] = rows[b - 1];
                }
                rows[b] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(rows, from, mid, buffer, last, keys, ids);
        mergeSort(rows, mid, to, buffer, last, keys, ids);
        if (!after(rows[mid - 1], rows[mid], last, keys, ids)) {
            return;
        }
        System.arraycopy(rows, from, buffer, 0, mid - from);
        int a = 0;
        int aEnd = mid - from;
        int b = mid;
        int out = from;
        while (a < aEnd && b < to) {
            rows[out++] = after(buffer[a], rows[b], last, keys, ids) ? rows[b++] : buffer[a++];
        }
        while (a < aEnd) {
            rows[out++] = buffer[a++];
        }
    }

    private static boolean after(int x, int y, long[] last, String[] keys, long[] ids) {
        if (last[x] != last[y]) {
            return last[x] > last[y];
        }
        return keys != null ? keys[x].compareTo(keys[y]) > 0 : ids[x] > ids[y];
    }

    /**
     * Flags (bit 0 approximate, 1 inferred), then the precision of the start (bits 2–3) and of the end (4–5,
     * 3 = none) as 0 year, 1 month, 2 day. A date written as "YYYY-MM" has a dash 3 characters from its end,
     * "YYYY-MM-DD" also 6 from its end, whatever the sign or length of the year. Without an end, the event's
     * precision column is the start's: no text is looked at for four events in five.
     */
    private static final String CODE = "approximate | (inferred << 1) | ((CASE WHEN end_date IS NULL THEN "
            + "12 + (precision <> 'year') + (precision = 'day') ELSE " + dashes("start_date") + " + "
            + dashes("end_date") + " * 4 END) << 2)"; // SQLite's | and << bind equally: keep the parentheses

    /**
     * 1 for an event with a time of day, whose start and end are then read from their text ({@link #timedTexts}): the
     * date columns know days. One number per row, not the two texts (null for nearly every row): each value read
     * through the driver is a call into SQLite, and a million rows' two nulls cost 0.1-0.3 s of a start without
     * a column cache (decision 0048).
     */
    private static final String TIMED = "(instr(start_date, 'T') OR instr(end_date, 'T'))";

    /**
     * The start and end as written of the rows {@code flagged} (the first {@code timedRows}, in id order), in the same
     * read: an array by row of the scan, null where a row has no time of day; null when none has. Both queries run in
     * id order, so the rows are matched by walking the two in step, with no map of ids (decision 0049).
     */
    private static DateSpan[] timedTexts(Connection c, long[] rawIds, int count, int[] flagged, int timedRows)
            throws SQLException {
        if (timedRows == 0) {
            return null;
        }
        DateSpan[] timed = new DateSpan[count];
        int next = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, start_date, end_date FROM event WHERE " + TIMED
                + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && next < timedRows) {
                long id = rs.getLong(1);
                while (next < timedRows && rawIds[flagged[next]] < id) {
                    next++; // cannot happen within one read transaction; a row the scan missed is left untimed
                }
                if (next < timedRows && rawIds[flagged[next]] == id) {
                    timed[flagged[next++]] = DateSpan.parse(rs.getString(2), rs.getString(3));
                }
            }
        }
        return timed;
    }

    /**
     * Orders events with a time of day within their first day: by where they begin, then end, then key (or id),
     * as {@link org.timescope.timeline.layout.EventIndex} orders records. Only runs of a day holding one are touched.
     */
    static void refineTimed(int[] order, long[] first, long[] last, DateSpan[] timed, String[] keys,
                            long[] ids) {
        if (timed == null) {
            return;
        }
        java.util.Comparator<Integer> byTime = java.util.Comparator
                .comparingDouble((Integer r) -> timed[r] != null ? timed[r].from() : first[r])
                .thenComparingDouble(r -> timed[r] != null ? timed[r].until() : last[r] + 1)
                .thenComparing(r -> keys != null ? keys[r] : Long.toString(ids[r]), keys != null
                        ? java.util.Comparator.<String>naturalOrder()
                        : java.util.Comparator.comparingLong(Long::parseLong));
        for (int i = 0; i < order.length; ) {
            int j = i + 1;
            boolean any = timed[order[i]] != null;
            while (j < order.length && first[order[j]] == first[order[i]]) {
                any |= timed[order[j]] != null;
                j++;
            }
            if (any) {
                List<Integer> run = new ArrayList<>();
                for (int k = i; k < j; k++) {
                    run.add(order[k]);
                }
                run.sort(byTime);
                for (int k = i; k < j; k++) {
                    order[k] = run.get(k - i);
                }
            }
            i = j;
        }
    }

    private static String dashes(String column) {
        return "((substr(" + column + ", -3, 1) = '-') + (substr(" + column + ", -6, 1) = '-'))";
    }

    /**
     * Packs (see {@link TimelineRows#pack}) the date of the given precision (0 year, 1 month, 2 day) that
     * contains the epoch day: the start from the first day, the end from the last, as the store derived them.
     */
    static long packDay(long epochDay, int precision) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
        int month = precision >= 1 ? d.getMonthValue() : 0;
        int day = precision >= 2 ? d.getDayOfMonth() : 0;
        return TimelineRows.packDay(TimelineRows.pack(d.getYear(), month, day), 0);
    }

    /** A name table: database id → dense index ({@code byId}, -1 where no row) → name. */
    private record Names(int[] byId, String[] names) {
    }

    private static Names names(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                names.add(rs.getString(2));
            }
        }
        int[] byId = new int[ids.isEmpty() ? 0 : Math.toIntExact(ids.get(ids.size() - 1)) + 1];
        java.util.Arrays.fill(byId, -1);
        for (int i = 0; i < ids.size(); i++) {
            byId[Math.toIntExact(ids.get(i))] = i;
        }
        return new Names(byId, names.toArray(String[]::new));
    }

    /**
     * (event id, name id, ordinal) triples of a link table, read on a connection and a thread of their own. Not on
     * the common pool: from JDK 25 on, with two cores, that is one thread, which a caller's blocked task (an edit
     * held open by its caller) occupies while this read waits behind it, and the read never ends.
     */
    private java.util.concurrent.CompletableFuture<long[][]> pairs(String sql) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (Connection reader = database.openReader(); PreparedStatement ps = reader.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                long[] events = new long[1 << 16];
                long[] names = new long[1 << 16];
                long[] ordinals = new long[1 << 16];
                int m = 0;
                while (rs.next()) {
                    if (m == events.length) {
                        events = java.util.Arrays.copyOf(events, m * 2);
                        names = java.util.Arrays.copyOf(names, m * 2);
                        ordinals = java.util.Arrays.copyOf(ordinals, m * 2);
                    }
                    events[m] = rs.getLong(1);
                    names[m] = rs.getLong(2);
                    ordinals[m] = rs.getLong(3);
                    m++;
                }
                return new long[][] {java.util.Arrays.copyOf(events, m), java.util.Arrays.copyOf(names, m),
                        java.util.Arrays.copyOf(ordinals, m)};
            } catch (SQLException e) {
                throw new StoreException(Database.describe(database.file(), e), e);
            }
        }, EventScan::onItsOwnThread);
    }

    private static void onItsOwnThread(Runnable task) {
        Thread t = new Thread(task, "read-links");
        t.setDaemon(true);
        t.start();
    }

    /** The row of a stored event, -1 for an id no event has. */
    private static int rowOf(long event, int[] position) {
        return event >= 0 && event < position.length ? position[(int) event] : -1;
    }

    /** The index of a stored name, -1 for an id no name has. */
    private static int nameOf(long id, Names names) {
        return id >= 0 && id < names.byId().length ? names.byId()[(int) id] : -1;
    }

    /**
     * Compressed rows of (event position → name indexes), each event's names in their own order. A row naming an
     * event or a name that is not stored is skipped: Timescope deletes links with their event or name (foreign keys),
     * but another program writing the file with foreign keys off (the {@code sqlite3} shell's default) leaves them.
     */
    private static int[][] links(long[][] triples, int n, int[] position, Names names) {
        long[] events = triples[0];
        int m = events.length;
        int[] count = new int[n + 1];
        for (int k = 0; k < m; k++) {
            int r = rowOf(events[k], position);
            if (r >= 0 && nameOf(triples[1][k], names) >= 0) {
                count[r + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] fill = java.util.Arrays.copyOf(count, n);
        int[] out = new int[count[n]];
        long[] ord = new long[count[n]];
        for (int k = 0; k < m; k++) {
            int r = rowOf(events[k], position);
            int name = nameOf(triples[1][k], names);
            if (r >= 0 && name >= 0) {
                int at = fill[r]++;
                out[at] = name;
                ord[at] = triples[2][k];
            }
        }
        for (int i = 0; i < n; i++) { // a handful per event: insertion sort by ordinal
            for (int a = count[i] + 1; a < count[i + 1]; a++) {
                for (int b = a; b > count[i] && ord[b - 1] > ord[b]; b--) {
                    long o = ord[b];
                    ord[b] = ord[b - 1];
                    ord[b - 1] = o;
                    int v = out[b];
                    out[b] = out[b - 1];
                    out[b - 1] = v;
                }
            }
        }
        return new int[][] {count, out};
    }
}
