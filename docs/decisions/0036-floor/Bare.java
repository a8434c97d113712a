/*
 * The bare loop of decision 0036 (session 20): the import's SQL without parsing, rows shaped like those of
 * `generate --events N --seed 1` (one organisation of 200, one theme of 30, one evidence and one full-text row) made in memory, chunks of 5,000, CPU time of the one writing thread per step.
 * Not part of the build. Run from the worktree:
 *   mkdir -p /tmp/bare && cat src/main/resources/db/migration/V00*.sql > /tmp/bare/schema.sql
 *   J=~/.m2/repository/org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar
 *   javac -cp $J -d /tmp/bare docs/decisions/0036-floor/Bare.java
 *   java -Xmx3g -cp $J:/tmp/bare Bare 1000000 bind            # as the writer does today
 *   java -Xmx3g -cp $J:/tmp/bare Bare 1000000 json each=jsonb_each   # one JSON text per table per chunk
 *   options: page=N sync=OFF|NORMAL|FULL mmap=N threads=N cache=-KiB ixcache=-KiB norowid=1 ftsside=1
 *            only=event|org|evidence|fts chunk=N
 */
import java.lang.management.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;

public class Bare {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    static long t0;
    static double lap() { long t = mx.getCurrentThreadCpuTime(); double d = (t - t0) / 1e9; t0 = t; return d; }
    static String[] WORDS = {"trademarks","education","health","trade","energy","climate","water","transport","finance","science"};

    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        String mode = a[1];
        Map<String,String> opt = new HashMap<>();
        for (int i = 2; i < a.length; i++) { String[] kv = a[i].split("="); opt.put(kv[0], kv[1]); }
        Path db = Paths.get(System.getProperty("dir", "/tmp/bare"), "t.db");
        for (String s : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Paths.get(db + s));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        if (opt.containsKey("page")) st.execute("PRAGMA page_size=" + opt.get("page"));
        for (String sql : Files.readString(Paths.get(System.getProperty("schema", "/tmp/bare/schema.sql"))).split(";\\s*\n")) {
            String s = sql.replaceAll("(?m)^--.*$", "").trim();
            if (opt.containsKey("norowid") && (s.startsWith("CREATE TABLE event_organisation") || s.startsWith("CREATE TABLE event_theme") || s.startsWith("CREATE TABLE event_person") || s.startsWith("CREATE TABLE event_place"))) s = s + " WITHOUT ROWID";
            if (!s.isEmpty()) st.execute(s);
        }
        st.execute("PRAGMA journal_mode=WAL");
        st.execute("INSERT INTO source(id,key,title) VALUES (1,'s','g1m.csv')");
        for (int i = 0; i < 200; i++) st.execute("INSERT INTO organisation(id,name,kind) VALUES (" + (i+1) + ",'Organisation " + i + "','x')");
        for (int i = 0; i < 30; i++) st.execute("INSERT INTO theme(id,name) VALUES (" + (i+1) + ",'Theme " + i + "')");
        st.execute("PRAGMA foreign_keys=OFF");
        if (opt.containsKey("sync")) st.execute("PRAGMA synchronous=" + opt.get("sync"));
        if (opt.containsKey("mmap")) st.execute("PRAGMA mmap_size=" + opt.get("mmap"));
        c.setAutoCommit(false);
        st.execute("PRAGMA cache_size=" + opt.getOrDefault("cache", "-262144"));
        st.execute("PRAGMA temp_store=MEMORY");
        st.execute("PRAGMA threads=" + opt.getOrDefault("threads", "2"));
        try (ResultSet rs = st.executeQuery("PRAGMA threads")) { rs.next(); System.out.print("threads=" + rs.getInt(1) + " "); }
        try (ResultSet rs = st.executeQuery("PRAGMA synchronous")) { rs.next(); System.out.print("sync=" + rs.getInt(1) + " "); }
        try (ResultSet rs = st.executeQuery("PRAGMA page_size")) { rs.next(); System.out.print("page=" + rs.getInt(1) + " "); }
        String[] idx = {"event_first_day","event_last_day","event_organisation_org","event_theme_theme","event_person_person","event_place_place","evidence_event"};
        for (String i : idx) st.execute("DROP INDEX IF EXISTS " + i);
        // rows in memory
        Random r = new Random(1);
        String[] key = new String[n], title = new String[n], start = new String[n];
        long[] day = new long[n]; long[] org = new long[n]; long[] theme = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = "g1-" + i; title[i] = "Forum on " + WORDS[r.nextInt(10)] + " " + i;
            long d = 3000 + r.nextInt(17000); day[i] = d; start[i] = java.time.LocalDate.ofEpochDay(d).toString();
            org[i] = 1 + r.nextInt(200); theme[i] = 1 + r.nextInt(30);
        }
        String only0 = opt.getOrDefault("only", "all"); String only = only0;
        int chunk = Integer.parseInt(opt.getOrDefault("chunk", "5000"));
        t0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Thread side = null;
        final double[] sideCpu = new double[1];
        if (opt.containsKey("ftsside")) {
            only = "nofts";
            final String[] T = title; final int N = n, CH = chunk;
            side = new Thread(() -> {
                try {
                    long s0 = mx.getCurrentThreadCpuTime();
                    Path sp = Paths.get(System.getProperty("dir", "/tmp/bare"), "side.db");
                    for (String x : new String[]{"", "-wal", "-shm", "-journal"}) Files.deleteIfExists(Paths.get(sp + x));
                    Connection sc = DriverManager.getConnection("jdbc:sqlite:" + sp);
                    Statement ss = sc.createStatement();
                    ss.execute("PRAGMA journal_mode=OFF"); ss.execute("PRAGMA synchronous=OFF");
                    ss.execute("CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, evidence, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
                    sc.setAutoCommit(false);
                    PreparedStatement f = sc.prepareStatement("INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?,?,?,?)");
                    for (int b = 0; b < N; b += CH) {
                        for (int i = b; i < Math.min(N, b + CH); i++) { f.setLong(1, i + 1); f.setString(2, T[i]); f.setString(3, null); f.setString(4, ""); f.addBatch(); }
                        f.executeBatch();
                    }
                    sc.commit(); sc.close();
                    sideCpu[0] = (mx.getCurrentThreadCpuTime() - s0) / 1e9;
                } catch (Exception e) { throw new RuntimeException(e); }
            });
            side.start();
        }
        if (mode.equals("bind")) {
            PreparedStatement ev = c.prepareStatement("INSERT INTO event(id, key, title, summary, category, start_date, end_date, precision, first_day, last_day, approximate, inferred, date_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement eo = c.prepareStatement("INSERT OR IGNORE INTO event_organisation(event_id, organisation_id, role, ordinal) VALUES (?,?,?,?)");
            PreparedStatement et = c.prepareStatement("INSERT OR IGNORE INTO event_theme(event_id, theme_id, ordinal) VALUES (?,?,?)");
            PreparedStatement evd = c.prepareStatement("INSERT INTO evidence(event_id, source_id, quote, start_offset, end_offset, ordinal) VALUES (?,?,?,NULL,NULL,?)");
            PreparedStatement fts = c.prepareStatement("INSERT INTO event_fts(rowid, title, summary, evidence) VALUES (?,?,?,?)");
            for (int s = 0; s < n; s += chunk) {
                for (int i = s; i < Math.min(n, s + chunk); i++) {
                    long id = i + 1;
                    if (only.equals("all") || only.equals("nofts") || only.equals("event")) {
                    ev.setLong(1, id); ev.setString(2, key[i]); ev.setString(3, title[i]); ev.setString(4, null); ev.setString(5, null);
                    ev.setString(6, start[i]); ev.setString(7, null); ev.setString(8, "day"); ev.setLong(9, day[i]); ev.setLong(10, day[i]);
                    ev.setInt(11, 0); ev.setInt(12, 0); ev.setString(13, null); ev.addBatch(); }
                    if (only.equals("all") || only.equals("nofts") || only.equals("org")) {
                    eo.setLong(1, id); eo.setLong(2, org[i]); eo.setString(3, ""); eo.setInt(4, 0); eo.addBatch();
                    et.setLong(1, id); et.setLong(2, theme[i]); et.setInt(3, 0); et.addBatch(); }
                    if (only.equals("all") || only.equals("nofts") || only.equals("evidence")) {
                    evd.setLong(1, id); evd.setLong(2, 1); evd.setString(3, title[i]); evd.setInt(4, 0); evd.addBatch(); }
                    if (only.equals("all") || only.equals("fts")) {
                    fts.setLong(1, id); fts.setString(2, title[i]); fts.setString(3, null); fts.setString(4, ""); fts.addBatch(); }
                }
                for (PreparedStatement p : List.of(ev, eo, et, evd, fts)) p.executeBatch();
            }
        } else if (mode.equals("json")) {
            PreparedStatement ev = c.prepareStatement("INSERT INTO event(id, key, title, summary, category, start_date, end_date, precision, first_day, last_day, approximate, inferred, date_note) "
                + "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9, value->>10, value->>11, value->>12 FROM " + opt.getOrDefault("each", "json_each") + "(?)");
            PreparedStatement eo = c.prepareStatement("INSERT OR IGNORE INTO event_organisation(event_id, organisation_id, role, ordinal) SELECT value->>0, value->>1, value->>2, value->>3 FROM " + opt.getOrDefault("each", "json_each") + "(?)");
            PreparedStatement et = c.prepareStatement("INSERT OR IGNORE INTO event_theme(event_id, theme_id, ordinal) SELECT value->>0, value->>1, value->>2 FROM " + opt.getOrDefault("each", "json_each") + "(?)");
            PreparedStatement evd = c.prepareStatement("INSERT INTO evidence(event_id, source_id, quote, start_offset, end_offset, ordinal) SELECT value->>0, value->>1, value->>2, NULL, NULL, value->>3 FROM " + opt.getOrDefault("each", "json_each") + "(?)");
            PreparedStatement fts = c.prepareStatement("INSERT INTO event_fts(rowid, title, summary, evidence) SELECT value->>0, value->>1, value->>2, value->>3 FROM " + opt.getOrDefault("each", "json_each") + "(?)");
            for (int s = 0; s < n; s += chunk) {
                StringBuilder je = new StringBuilder("["), jo = new StringBuilder("["), jt = new StringBuilder("["), jv = new StringBuilder("["), jf = new StringBuilder("[");
                for (int i = s; i < Math.min(n, s + chunk); i++) {
                    long id = i + 1; String sep = i == s ? "" : ",";
                    boolean E = only.equals("all") || only.equals("event"), O = only.equals("all") || only.equals("org"), V = only.equals("all") || only.equals("evidence"), F = only.equals("all") || only.equals("fts");
                    if (E) je.append(sep).append('[').append(id).append(',').append(q(key[i])).append(',').append(q(title[i])).append(",null,null,").append(q(start[i]))
                      .append(",null,\"day\",").append(day[i]).append(',').append(day[i]).append(",0,0,null]");
                    if (O) jo.append(sep).append('[').append(id).append(',').append(org[i]).append(",\"\",0]");
                    if (O) jt.append(sep).append('[').append(id).append(',').append(theme[i]).append(",0]");
                    if (V) jv.append(sep).append('[').append(id).append(",1,").append(q(title[i])).append(",0]");
                    if (F) jf.append(sep).append('[').append(id).append(',').append(q(title[i])).append(",null,\"\"]");
                }
                if (only.equals("all") || only.equals("event")) { ev.setString(1, je.append(']').toString()); ev.executeUpdate(); }
                if (only.equals("all") || only.equals("org")) { eo.setString(1, jo.append(']').toString()); eo.executeUpdate();
                    et.setString(1, jt.append(']').toString()); et.executeUpdate(); }
                if (only.equals("all") || only.equals("evidence")) { evd.setString(1, jv.append(']').toString()); evd.executeUpdate(); }
                if (only.equals("all") || only.equals("fts")) { fts.setString(1, jf.append(']').toString()); fts.executeUpdate(); }
            }
        }
        double rowsOnly = lap();
        if (side != null) {
            long j0 = System.nanoTime();
            side.join();
            double waited = (System.nanoTime() - j0) / 1e9;
            lap();
            st.execute("ATTACH '" + Paths.get(System.getProperty("dir", "/tmp/bare"), "side.db") + "' AS side");
            for (String t : new String[]{"data", "idx", "docsize", "config"}) {
                st.execute("DELETE FROM main.event_fts_" + t);
                st.execute("INSERT INTO main.event_fts_" + t + " SELECT * FROM side.event_fts_" + t);
            }
            System.out.printf("sideCpu=%.2f joinWait=%.2f copy=%.2f ", sideCpu[0], waited, lap());
        }
        double rows = rowsOnly + lap();
        StringBuilder out = new StringBuilder(String.format("%s n=%d %s rows=%.2f", mode, n, opt, rows));
        String[] create = {"CREATE INDEX event_first_day ON event(first_day, last_day)", "CREATE INDEX event_last_day ON event(last_day)",
            "CREATE INDEX event_organisation_org ON event_organisation(organisation_id, event_id)", "CREATE INDEX event_theme_theme ON event_theme(theme_id, event_id)",
            "CREATE INDEX event_person_person ON event_person(person_id, event_id)", "CREATE INDEX event_place_place ON event_place(place_id, event_id)",
            "CREATE INDEX evidence_event ON evidence(event_id)"};
        double ix = 0;
        if (opt.containsKey("ixcache")) st.execute("PRAGMA cache_size=" + opt.get("ixcache"));
        long pw = System.nanoTime();
        StringBuilder per = new StringBuilder();
        for (String s : create) { st.execute(s); double d = lap(); ix += d; per.append(String.format("%.2f/", d)); }
        out.append(String.format(" index=%.2f (%s) ixwall=%.2f", ix, per, (System.nanoTime() - pw) / 1e9));
        long cw = System.nanoTime();
        c.commit();
        out.append(String.format(" commit=%.2f commitWall=%.2f", lap(), (System.nanoTime() - cw) / 1e9));
        out.append(String.format(" wall=%.2f", (System.nanoTime() - w0) / 1e9));
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM event_fts WHERE event_fts MATCH 'education'")) { rs.next(); out.append(" match=" + rs.getInt(1)); }
        out.append(" load=" + Files.readString(Paths.get("/proc/loadavg")).split(" ")[0]);
        System.out.println(out);
        c.close();
    }
    static String q(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
