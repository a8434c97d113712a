package org.timescope.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import org.timescope.timeline.layout.IndexEdit;

/**
 * The checklists' bitmaps after an edit of the index ({@link FacetFilter#edited}), made from the old ones without
 * reading the store: every position after a leaver moves down and after an arrival up, run by run, and the arrivals
 * join the bitmaps of their organisations, themes, people and places (a value new to the catalogue, and those it lies
 * inside, get bitmaps of their own). Bitmaps wholly below the first change are shared with the old filter.
 */
final class FacetShift {

    private FacetShift() {
    }

    static FacetFilter.Facet shifted(FacetFilter.Facet facet, IndexEdit.Result edit) {
        List<String> values = new ArrayList<>(List.of(facet.values()));
        List<RoaringBitmap> maps = new ArrayList<>();
        // positions below the first that left or arrived keep their place: a bitmap wholly below it is shared with
        // the old filter (never changed in place: copied before an arrival joins it)
        long unmoved = Math.min(edit.removed().length > 0 ? edit.removed()[0] : Integer.MAX_VALUE,
                edit.inserted().length > 0 ? edit.inserted()[0] : Integer.MAX_VALUE);
        java.util.BitSet shared = new java.util.BitSet();
        for (RoaringBitmap b : facet.events()) {
            if (b.isEmpty() || Integer.toUnsignedLong(b.last()) < unmoved) {
                shared.set(maps.size());
                maps.add(b);
            } else {
                maps.add(shift(b, edit.removed(), edit.inserted()));
            }
        }
        Map<String, Integer> byName = new HashMap<>(facet.byName());
        List<int[]> ancestors = new ArrayList<>(List.of(facet.ancestors()));
        for (int k = 0; k < edit.arrived().size(); k++) {
            int position = edit.inserted()[k];
            for (String name : memberships(facet.what(), edit.arrived().get(k).event())) {
                int v = valueOf(name, facet.parents(), values, maps, byName, ancestors, 0);
                for (int a : ancestors.get(v)) {
                    if (shared.get(a)) {
                        maps.set(a, maps.get(a).clone());
                        shared.clear(a);
                    }
                    maps.get(a).add(position);
                }
            }
        }
        return new FacetFilter.Facet(facet.what(), values.toArray(String[]::new), maps.toArray(RoaringBitmap[]::new), byName,
                ancestors.toArray(int[][]::new), facet.parents());
    }

    /** The value index of a name, adding the value (and those it lies inside) when no event had it before. */
    private static int valueOf(String name, Map<String, String> parents, List<String> values, List<RoaringBitmap> maps,
                               Map<String, Integer> byName, List<int[]> ancestors, int depth) {
        Integer known = byName.get(name.toLowerCase(Locale.ROOT));
        if (known != null && known >= 0) {
            return known;
        }
        int v = values.size();
        String canonical = values.stream().filter(x -> x.equalsIgnoreCase(name)).findFirst().orElse(name);
        values.add(canonical);
        maps.add(new RoaringBitmap());
        ancestors.add(new int[] {v}); // the slot of v, completed below once its parent has one
        byName.put(name.toLowerCase(Locale.ROOT), v);
        byName.put(canonical.toLowerCase(Locale.ROOT), v);
        String parent = parents.get(canonical);
        int[] chain = {v};
        if (parent != null && depth < 50) {
            int p = valueOf(parent, parents, values, maps, byName, ancestors, depth + 1);
            int[] above = ancestors.get(p);
            chain = new int[above.length + 1];
            chain[0] = v;
            System.arraycopy(above, 0, chain, 1, above.length);
        }
        ancestors.set(v, chain);
        return v;
    }

    private static List<String> memberships(String what, org.timescope.model.TimelineEvent e) {
        return switch (what) {
            case "organisation" -> e.organisationNames();
            case "theme" -> e.themes();
            case "person" -> e.people().stream().map(org.timescope.model.PersonRole::name).distinct().toList();
            default -> e.places();
        };
    }

    /**
     * A bitmap of positions after leavers at old positions {@code removed} are taken out and arrivals put in at
     * new positions {@code inserted}: each run between two of them moves by a constant, as one offset of a range.
     * The 65,536-position containers wholly below the first leaver or arrival are the old bitmap's own, shared,
     * not copied: bitmaps are never changed in place, except that an arrival joins the result (at or above the
     * first arrival, so never in a shared container).
     */
    static RoaringBitmap shift(RoaringBitmap b, int[] removed, int[] inserted) {
        RoaringBitmap out = new RoaringBitmap();
        if (b.isEmpty()) {
            return out;
        }
        // ranges end at the last value, not at 2^32: selectRange visits every 65,536-wide chunk up to its end
        long end = Integer.toUnsignedLong(b.last()) + 1;
        long unmoved = Math.min(removed.length > 0 ? Integer.toUnsignedLong(removed[0]) : end,
                inserted.length > 0 ? Integer.toUnsignedLong(inserted[0]) : end);
        long from = Math.min(unmoved, end) >>> 16 << 16;
        for (org.roaringbitmap.ContainerPointer c = b.getContainerPointer();
             c.getContainer() != null && c.key() < (from >>> 16); c.advance()) {
            out.append(c.key(), c.getContainer());
        }
        int r = 0; // leavers below from
        int j = 0; // arrivals placed before the survivor at from
        while (from < end) {
            long rank = from - r; // survivors before from
            while (j < inserted.length && inserted[j] - j <= rank) {
                j++;
            }
            long nextRemoved = r < removed.length ? removed[r] : end;
            long nextInserted = j < inserted.length ? from + (inserted[j] - j - rank) : end;
            long to = Math.min(end, Math.min(nextRemoved, nextInserted));
            if (to > from) { // one run of old positions, all moved by the same offset: one copy each
                RoaringBitmap run = b.selectRange(from, to);
                if (j != r) {
                    run = RoaringBitmap.addOffset(run, j - r);
                }
                append(out, run);
            }
            if (r < removed.length && to == removed[r]) {
                from = to + 1; // a leaver: skipped
                r++;
            } else {
                from = to;
            }
        }
        return out;
    }

    /**
     * Adds a run (a bitmap made for this shift, above everything in {@code out}) to {@code out}, taking its
     * containers rather than copying them; the one where the last run ended is merged.
     */
    private static void append(RoaringBitmap out, RoaringBitmap run) {
        org.roaringbitmap.ContainerPointer c = run.getContainerPointer();
        if (c.getContainer() != null && !out.isEmpty() && c.key() == out.last() >>> 16) {
            RoaringBitmap first = new RoaringBitmap();
            first.append(c.key(), c.getContainer());
            out.or(first);
            c.advance();
        }
        for (; c.getContainer() != null; c.advance()) {
            out.append(c.key(), c.getContainer());
        }
    }
}
