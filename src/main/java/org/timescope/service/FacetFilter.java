package org.timescope.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;
import org.timescope.model.EventFilter;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.service.storage.EventStore;
import org.timescope.service.storage.FacetLinks;
import org.timescope.service.storage.StorageException;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.IndexEdit;

/**
 * Applies an {@link EventFilter} to the loaded timeline columns with bitsets: one RoaringBitmap of
 * positions per organisation, theme, person and place, built once (an organisation's or a place's bitmap
 * holds the events of those inside it too). A filter is ORs within a checklist and ANDs across
 * checklists, dates and text; only the text goes to the store (FTS5). A count is the cardinality of a
 * value's bitmap ANDed with every other filter, so it says what ticking that value would give. Nothing
 * here builds an event object.
 */
public final class FacetFilter {

    /**
     * The checklists' counts of a large collection are taken here, beside the caller: one thread fewer than the
     * cores, since the caller counts too ({@link PendingCounts}). Four threads on two cores took the core of the
     * caller, which meanwhile takes the subset and lays it out (decision 0051). Not on the common pool: from JDK 25
     * on, with two cores, that is a single thread that any blocked task can hold (decision 0046).
     */
    private static final java.util.concurrent.ExecutorService COUNTING = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), task -> {
                Thread t = new Thread(task, "facet-counts");
                t.setDaemon(true);
                return t;
            });

    /**
     * The shown positions and the counts of the four checklists. The positions stay a bitmap ({@code null} when
     * nothing is filtered out, so that an unfiltered result costs no array of the index's size, e.g. after every
     * edit); {@link #shown()} writes them out. The counts are worked out on another core while the caller takes
     * the subset and lays it out; {@link #counts()} counts the lists no other thread has started, then waits.
     */
    public record Result(RoaringBitmap positions, int size, PendingCounts pending) {
        /** The shown positions, ascending. */
        public int[] shown() {
            if (positions != null) {
                return positions.toArray();
            }
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            return all;
        }

        /** True when every event of the index is shown. */
        public boolean everything() {
            return positions == null || positions.getLongCardinality() == size;
        }

        public Counts counts() {
            return pending.join();
        }
    }

    /**
     * The four checklists' counts, each a task: for a large collection the counting threads take them in list
     * order as soon as the filter is applied; whoever then asks for the counts runs those not yet started (from the
     * last list), so a waiting caller counts instead of idling, and no more threads count than there are cores.
     */
    public static final class PendingCounts {
        private final List<java.util.concurrent.FutureTask<Map<String, Integer>>> parts;

        private PendingCounts(List<java.util.concurrent.FutureTask<Map<String, Integer>>> parts) {
            this.parts = parts;
        }

        Counts join() {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).run(); // nothing happens when a counting thread started it
            }
            return new Counts(part(ORGANISATIONS), part(THEMES), part(PEOPLE), part(PLACES));
        }

        private Map<String, Integer> part(int facet) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return parts.get(facet).get();
                    } catch (InterruptedException e) {
                        interrupted = true; // as a join: the counts are moments away
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Events per value of each checklist under the other filters. */
    public record Counts(Map<String, Integer> organisations, Map<String, Integer> themes,
                         Map<String, Integer> people, Map<String, Integer> places) {
        public static final Counts NONE = new Counts(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * One checklist: its values, a bitmap per value, the names it accepts (lower case → value) and, per value,
     * the values whose bitmaps hold its events (itself and those it lies inside).
     */
    record Facet(String what, String[] values, RoaringBitmap[] events, Map<String, Integer> byName,
                 int[][] ancestors, Map<String, String> parents) {

        /**
         * The events of any of these values, ORed into one new bitmap one by one. Not {@code RoaringBitmap.or} of them
         * all: for more than a few it takes {@code FastAggregation}'s way, which in a session's first filter (20
         * organisations of 10,000 events, the first JIT tier) took 16–20 ms against 0.6 ms this way (decision 0050).
         */
        RoaringBitmap select(Set<String> chosen) {
            RoaringBitmap any = new RoaringBitmap();
            for (String name : chosen) {
                Integer k = byName.get(name.toLowerCase(Locale.ROOT));
                if (k == null) {
                    throw new StorageException("unknown " + what + " '" + name + "'");
                }
                if (k >= 0) {
                    any.or(events[k]); // -1: a known value on no event
                }
            }
            return any;
        }

        /**
         * Events per value within a bitmap. A large one is first laid out as plain bits, and each value's events
         * are looked up in them: intersecting sparse containers pairwise (a value of 5,000 events against a filter
         * of 60,000 at a million) cost 15–20 ms for 200 values, the lookups about 2.
         */
        Map<String, Integer> counts(RoaringBitmap within, int size) {
            Map<String, Integer> out = new HashMap<>();
            long[] bits = within != null && within.getCardinality() > DENSE ? bits(within, size) : null;
            int[] batch = bits == null ? null : new int[256];
            for (int k = 0; k < values.length; k++) {
                int n;
                if (within == null) {
                    n = events[k].getCardinality();
                } else if (bits == null) {
                    n = RoaringBitmap.andCardinality(events[k], within);
                } else {
                    n = 0;
                    BatchIterator it = events[k].getBatchIterator();
                    while (it.hasNext()) {
                        int got = it.nextBatch(batch);
                        for (int i = 0; i < got; i++) {
                            n += (int) (bits[batch[i] >>> 6] >>> batch[i]) & 1;
                        }
                    }
                }
                out.put(values[k], n);
            }
            return out;
        }
    }

    /** Above this many events a filter is counted against as plain bits (see {@code Facet.counts}). */
    private static final int DENSE = 4096;
    /** From this many events the counts are worked out beside the caller (under it, a thread costs more than they do). */
    private static final int PARALLEL = 50_000;

    private static final int ORGANISATIONS = 0;
    private static final int THEMES = 1;
    private static final int PEOPLE = 2;
    private static final int PLACES = 3;

    private final EventIndex all;
    private final EventStore events;
    private final Facet[] facets;

    private FacetFilter(EventIndex all, EventStore events, Facet[] facets) {
        this.all = all;
        this.events = events;
        this.facets = facets;
    }

    /** The bitsets of {@code all} with the workspace's catalogue: names, acronyms, aliases and parents. */
    public static FacetFilter of(EventIndex all, Workspace workspace) {
        Map<String, String> orgParents = new HashMap<>();
        workspace.catalog().organisations().forEach(o -> orgParents.put(o.name(), o.parent()));
        Map<String, String> orgNames = organisationNames(workspace.catalog().organisations());
        Map<String, String> placeParents = new HashMap<>();
        Map<String, String> placeNames = new HashMap<>();
        for (Place p : workspace.catalog().places()) {
            placeParents.put(p.name(), p.parent());
            placeNames.put(p.name().toLowerCase(Locale.ROOT), p.name());
        }
        Map<String, String> themeNames = new HashMap<>();
        workspace.catalog().themes().forEach(t -> themeNames.put(t.name().toLowerCase(Locale.ROOT), t.name()));
        Map<String, String> people = new HashMap<>();
        workspace.catalog().people().forEach(p -> people.put(p.toLowerCase(Locale.ROOT), p));

        int n = all.size();
        Facet[] facets = new Facet[4];
        facets[ORGANISATIONS] = facet("organisation", all.organisationNames(), orgParents, orgNames, n,
                all::forEachOrganisation);
        facets[THEMES] = facet("theme", all.themeNames(), Map.of(), themeNames, n, all::forEachTheme);
        facets[PEOPLE] = stored("person", all, workspace.events().links("person"), Map.of(), people);
        facets[PLACES] = stored("place", all, workspace.events().links("place"), placeParents, placeNames);
        return new FacetFilter(all, workspace.events(), facets);
    }

    /** Every name an organisation is known by (name, acronym, aliases), in lower case → its canonical name. */
    public static Map<String, String> organisationNames(List<Organisation> organisations) {
        Map<String, String> names = new HashMap<>();
        for (Organisation o : organisations) {
            Stream.concat(Stream.of(o.name(), o.acronym()), o.aliases().stream()).filter(Objects::nonNull)
                    .forEach(n -> names.putIfAbsent(n.toLowerCase(Locale.ROOT), o.name()));
        }
        return names;
    }

    private interface Links {
        void forEach(int position, IntConsumer value);
    }

    /** A facet from links stored elsewhere: (event id, value name) pairs mapped onto positions. */
    private static Facet stored(String what, EventIndex all, FacetLinks links,
                                Map<String, String> parents, Map<String, String> names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String v : links.values()) {
            index.putIfAbsent(v, index.size());
        }
        String[] values = index.keySet().toArray(String[]::new);
        // links sorted by position, so that each value's bitmap is written in order
        long[] packed = new long[links.events().length];
        int m = 0;
        int[] positions = positionsOf(all, links.events());
        for (int k = 0; k < packed.length; k++) {
            if (positions[k] >= 0) {
                packed[m++] = ((long) positions[k] << 32) | index.get(links.values()[k]);
            }
        }
        long[] sorted = Arrays.copyOf(packed, m);
        Arrays.sort(sorted);
        // only the positions that have links are visited (none at all in a collection without people or places),
        // not every event: visit[j] is the j-th such position, its links sorted[from[j] .. from[j + 1])
        int[] visit = new int[m];
        int[] from = new int[m + 1];
        int[] valueOf = new int[m];
        int visited = 0;
        for (int k = 0; k < m; k++) {
            int p = (int) (sorted[k] >>> 32);
            if (visited == 0 || visit[visited - 1] != p) {
                visit[visited] = p;
                from[visited] = k;
                visited++;
            }
            valueOf[k] = (int) sorted[k];
        }
        from[visited] = m;
        return facet(what, values, parents, names, all.size(), Arrays.copyOf(visit, visited), (j, add) -> {
            for (int k = from[j]; k < from[j + 1]; k++) {
                add.accept(valueOf[k]);
            }
        });
    }

    private static int[] positionsOf(EventIndex all, long[] ids) {
        int[] out = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = all.positionOf(ids[k]);
        }
        return out;
    }

    /**
     * One bitmap per value, written in position order (appends: the cheap way to fill a bitmap). With
     * parents, a value's bitmap also holds the events of every value inside it.
     */
    private static Facet facet(String what, String[] linked, Map<String, String> parents, Map<String, String> names,
                               int n, Links links) {
        return facet(what, linked, parents, names, n, null, links);
    }

    /**
     * As above, visiting only the positions {@code visit} (ascending; null: every position 0 to n − 1); {@code links}
     * is then asked by the ordinal of the visit, not the position.
     */
    private static Facet facet(String what, String[] linked, Map<String, String> parents, Map<String, String> names,
                               int n, int[] visit, Links links) {
        // the values on events, then those they lie inside (a place with no event of its own still gathers its parts')
        List<String> all = new ArrayList<>(List.of(linked));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(all.get(i), i);
            String parent = parents.get(all.get(i));
            if (parent != null && !index.containsKey(parent) && !all.contains(parent)) {
                all.add(parent);
            }
        }
        String[] values = all.toArray(String[]::new);
        int[][] ancestors = new int[values.length][];
        for (int i = 0; i < values.length; i++) {
            List<Integer> chain = new ArrayList<>();
            for (String at = values[i]; at != null && chain.size() < 50; at = parents.get(at)) {
                Integer k = index.get(at);
                if (k != null && !chain.contains(k)) {
                    chain.add(k);
                }
            }
            ancestors[i] = chain.stream().mapToInt(Integer::intValue).toArray();
        }
        @SuppressWarnings("unchecked")
        RoaringBitmapWriter<RoaringBitmap>[] writers = new RoaringBitmapWriter[values.length];
        for (int k = 0; k < values.length; k++) {
            writers[k] = RoaringBitmapWriter.writer().runCompress(true).get();
        }
        int[] last = new int[values.length];
        Arrays.fill(last, -1);
        int[] position = new int[1];
        IntConsumer add = k -> { // one consumer for all positions: a lambda per event was 120 MB at 1M
            for (int a : ancestors[k]) {
                if (last[a] != position[0]) { // two values inside one parent count the event once
                    last[a] = position[0];
                    writers[a].add(position[0]);
                }
            }
        };
        int visits = visit == null ? n : visit.length;
        for (int j = 0; j < visits; j++) {
            position[0] = visit == null ? j : visit[j];
            links.forEach(j, add);
        }
        RoaringBitmap[] events = new RoaringBitmap[values.length];
        for (int k = 0; k < values.length; k++) {
            events[k] = writers[k].get();
        }
        Map<String, Integer> byName = new HashMap<>();
        names.forEach((lower, canonical) -> byName.put(lower, index.getOrDefault(canonical, -1)));
        for (int i = 0; i < values.length; i++) {
            byName.put(values[i].toLowerCase(Locale.ROOT), i);
        }
        return new Facet(what, values, events, byName, ancestors, parents);
    }

    /** Above this many events leaving or arriving, an edit rebuilds the bitmaps instead of shifting them. */
    public static final int MOST_SHIFTED = 256;

    /**
     * The bitsets after an edit of the index (see {@link IndexEdit}): positions after each leaver move down,
     * after each arrival up, and the arrivals join the bitmaps of their organisations, themes, people and places
     * (a value new to the catalogue gets a bitmap of its own). Nothing is read from the store.
     */
    public FacetFilter edited(IndexEdit.Result edit) {
        Facet[] next = new Facet[facets.length];
        for (int f = 0; f < facets.length; f++) {
            next[f] = FacetShift.shifted(facets[f], edit);
        }
        return new FacetFilter(edit.index(), events, next);
    }

    /** Bytes held by the bitmaps (serialized size, close to what they occupy). */
    public long sizeInBytes() {
        long bytes = 0;
        for (Facet f : facets) {
            for (RoaringBitmap b : f.events()) {
                bytes += b.getLongSizeInBytes();
            }
        }
        return bytes;
    }

    public EventIndex index() {
        return all;
    }

    /** The shown positions and the counts; {@link #shown} makes the subset index. */
    public Result apply(EventFilter f) {
        List<Set<String>> chosen = List.of(f.organisations(), f.themes(), f.people(), f.places());
        RoaringBitmap[] selected = new RoaringBitmap[facets.length];
        for (int i = 0; i < facets.length; i++) {
            selected[i] = chosen.get(i).isEmpty() ? null : facets[i].select(chosen.get(i));
        }
        RoaringBitmap fixed = and(f.from() == null && f.to() == null ? null : dates(f),
                f.text() == null ? null : matches(f.text()));
        RoaringBitmap shown = fixed;
        for (RoaringBitmap s : selected) {
            shown = and(shown, s);
        }
        List<java.util.concurrent.FutureTask<Map<String, Integer>>> parts = new ArrayList<>();
        for (int i = 0; i < facets.length; i++) {
            int facet = i;
            parts.add(new java.util.concurrent.FutureTask<>(() -> count(facet, fixed, selected)));
        }
        if (all.size() >= PARALLEL) {
            // the lists counted beside the caller, which lays out the subset meanwhile and counts what is left when
            // it asks (one thread for all four took 11-18 ms at 1M with the first-tier JIT the package runs, 0047)
            parts.forEach(COUNTING::execute);
        }
        return new Result(shown, all.size(), new PendingCounts(parts));
    }

    /** One checklist's counts: its values under the other lists' choices, the dates and the text. */
    private Map<String, Integer> count(int facet, RoaringBitmap fixed, RoaringBitmap[] selected) {
        RoaringBitmap within = fixed;
        for (int j = 0; j < facets.length; j++) {
            if (j != facet) {
                within = and(within, selected[j]);
            }
        }
        return facets[facet].counts(within, all.size());
    }

    /** The subset index of a result (the whole index when nothing is filtered out). */
    public EventIndex shown(Result r, List<String> themeOrder) {
        return r.everything() ? all : all.subset(r.shown(), themeOrder);
    }

    private static RoaringBitmap and(RoaringBitmap a, RoaringBitmap b) {
        return a == null ? b : b == null ? a : RoaringBitmap.and(a, b);
    }

    private RoaringBitmap dates(EventFilter f) {
        double from = f.from() == null ? Double.NEGATIVE_INFINITY : f.from().firstDay().toEpochDay();
        double to = f.to() == null ? Double.POSITIVE_INFINITY : f.to().lastDay().toEpochDay() + 1;
        RoaringBitmapWriter<RoaringBitmap> w = RoaringBitmapWriter.writer().get();
        for (int i = 0; i < all.size(); i++) {
            if (all.end(i) > from && all.first(i) < to) {
                w.add(i);
            }
        }
        return w.get();
    }

    /** The last search and its matches: ticking a checklist under a search does not ask the full-text index again. */
    private record Search(String text, RoaringBitmap positions) {
    }

    private volatile Search lastSearch;

    private RoaringBitmap matches(String text) {
        Search last = lastSearch;
        if (last != null && last.text().equals(text)) {
            return last.positions();
        }
        RoaringBitmap positions = positions(events.ids(EventFilter.ALL.withText(text)));
        lastSearch = new Search(text, positions);
        return positions;
    }

    /** The positions of these store ids, set as bits: one pass over the matches, not over the index. */
    private RoaringBitmap positions(long[] ids) {
        long[] bits = new long[(all.size() + 63) >>> 6];
        all.forEachPosition(ids, p -> bits[p >>> 6] |= 1L << p);
        return BitSetUtil.bitmapOf(bits);
    }

    /** A bitmap as plain bits over positions [0, size). */
    private static long[] bits(RoaringBitmap b, int size) {
        long[] bits = new long[(size + 63) >>> 6];
        b.forEach((int p) -> bits[p >>> 6] |= 1L << p);
        return bits;
    }
}
