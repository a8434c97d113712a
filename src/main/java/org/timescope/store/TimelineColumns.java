package org.timescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineRows;

/**
 * Reads the whole store as the timeline's columns ({@link TimelineRows}): one scan of the events in
 * storage order sorted in memory, the organisation and theme links read on a second connection
 * meanwhile, dates packed without a regex, names as dense indexes. The result is kept until the
 * database changes (this connection's {@code total_changes()} and {@code PRAGMA data_version}).
 */
final class TimelineColumns {

    private final Database database;

    TimelineColumns(Database database) {
        this.database = database;
    }

    /** The columns, read again only if the database changed; {@code progress} hears the share read (0 to 1). */
    TimelineRows read(DoubleConsumer progress) {
        long version = database.read(TimelineColumns::changeCounter);
        TimelineRows cached = rowsCache;
        if (cached != null && version == rowsVersion) {
            progress.accept(1);
            return cached; // nothing was written since: a snapshot or a second view need not read again
        }
        TimelineRows rows = readRows(progress);
        progress.accept(1);
        rowsCache = rows;
        rowsVersion = version;
        return rows;
    }

    private TimelineRows rowsCache;
    private long rowsVersion = Long.MIN_VALUE;

    /** Changes by this connection and commits by others: equal counters mean the events are unchanged. */
    private static long changeCounter(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT total_changes()");
             ResultSet rs = ps.executeQuery(); Statement s = c.createStatement();
             ResultSet dv = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            dv.next();
            return (rs.getLong(1) << 20) ^ dv.getLong(1);
        }
    }

    private TimelineRows readRows(DoubleConsumer progress) {
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
            // read in storage order (a plain scan) and sort here: far cheaper than ORDER BY over a million rows
            long[] rawIds = new long[n];
            String[] rawKeys = new String[n];
            String[] rawTitles = new String[n];
            String[] rawStart = new String[n];
            String[] rawEnd = new String[n];
            long[] rawFirst = new long[n];
            long[] rawLast = new long[n];
            byte[] rawFlags = new byte[n];
            int count = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, key, title, start_date, end_date, first_day, "
                    + "last_day, approximate, inferred FROM event");
                 ResultSet rs = ps.executeQuery()) {
                for (; rs.next() && count < n; count++) {
                    if ((count & 0xFFFF) == 0) {
                        progress.accept(0.85 * count / n); // the event scan is most of the time
                    }
                    rawIds[count] = rs.getLong(1);
                    rawKeys[count] = rs.getString(2);
                    rawTitles[count] = rs.getString(3);
                    rawStart[count] = rs.getString(4);
                    rawEnd[count] = rs.getString(5);
                    rawFirst[count] = rs.getLong(6);
                    rawLast[count] = rs.getLong(7);
                    rawFlags[count] = (byte) ((rs.getInt(8) == 1 ? 1 : 0) | (rs.getInt(9) == 1 ? 2 : 0));
                }
            }
            int[] order = dateOrder(rawFirst, rawLast, rawKeys, count);
            n = count;
            long[] ids = new long[n];
            String[] keys = new String[n];
            String[] titles = new String[n];
            double[] first = new double[n];
            double[] end = new double[n];
            byte[] flags = new byte[n];
            int[] start = new int[n];
            int[] finish = new int[n];
            int[] position = new int[(int) maxId + 1];
            for (int i = 0; i < n; i++) {
                int r = order[i];
                ids[i] = rawIds[r];
                keys[i] = rawKeys[r];
                titles[i] = rawTitles[r];
                start[i] = packIso(rawStart[r]);
                finish[i] = rawEnd[r] == null ? Integer.MIN_VALUE : packIso(rawEnd[r]);
                first[i] = rawFirst[r];
                end[i] = rawLast[r] + 1;
                flags[i] = rawFlags[r];
                position[(int) ids[i]] = i;
            }
            Names table = names(c, "SELECT id, name FROM organisation ORDER BY id");
            int[][] orgs = links(orgPairs.join(), n, position, table);
            Names themes = names(c, "SELECT id, name FROM theme ORDER BY id");
            int[][] th = links(themePairs.join(), n, position, themes);
            return new TimelineRows(ids, keys, titles, first, end, flags, start, finish, orgs[0], orgs[1],
                    table.names(), th[0], th[1], themes.names());
        });
    }

    /**
     * Row numbers in date order: by first day, then last day, then key. A primitive sort on
     * (first day, row) does the bulk of the work; only runs of equal first days are sorted further.
     */
    static int[] dateOrder(long[] first, long[] last, String[] keys, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((first[i] + (1L << 30)) << 32) | i;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        java.util.Comparator<Integer> tie = (a, b) -> last[a] != last[b] ? Long.compare(last[a], last[b])
                : keys[a].compareTo(keys[b]);
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && first[order[j]] == first[order[i]]) {
                j++;
            }
            if (j - i > 1) {
                Integer[] run = new Integer[j - i];
                for (int k = i; k < j; k++) {
                    run[k - i] = order[k];
                }
                java.util.Arrays.sort(run, tie);
                for (int k = i; k < j; k++) {
                    order[k] = run[k - i];
                }
            }
            i = j;
        }
        return order;
    }

    /** Packs a date the store wrote ("2021", "2021-06", "2021-06-11", "-0043-03-15") without a regex. */
    static int packIso(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int dash = s.indexOf('-', i);
        int year = Integer.parseInt(dash < 0 ? s.substring(i) : s.substring(i, dash));
        int month = 0;
        int day = 0;
        if (dash > 0) {
            month = (s.charAt(dash + 1) - '0') * 10 + (s.charAt(dash + 2) - '0');
            if (s.length() > dash + 3) {
                day = (s.charAt(dash + 4) - '0') * 10 + (s.charAt(dash + 5) - '0');
            }
        }
        return TimelineRows.pack(new PartialDate(i == 1 ? -year : year, month, day));
    }

    /** A name table: database id → dense index → name. */
    private record Names(java.util.Map<Long, Integer> index, String[] names) {
    }

    private static Names names(Connection c, String sql) throws SQLException {
        java.util.Map<Long, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                index.put(rs.getLong(1), names.size());
                names.add(rs.getString(2));
            }
        }
        return new Names(index, names.toArray(String[]::new));
    }

    /** (event id, name id, ordinal) triples of a link table, read on a connection of their own. */
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
        });
    }

    /** Compressed rows of (event position → name indexes), each event's names in their own order. */
    private static int[][] links(long[][] triples, int n, int[] position, Names names) {
        long[] events = triples[0];
        int m = events.length;
        int[] count = new int[n + 1];
        for (int k = 0; k < m; k++) {
            count[position[(int) events[k]] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        int[] fill = java.util.Arrays.copyOf(count, n);
        int[] out = new int[m];
        long[] ord = new long[m];
        for (int k = 0; k < m; k++) {
            int at = fill[position[(int) events[k]]]++;
            out[at] = names.index().get(triples[1][k]);
            ord[at] = triples[2][k];
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
