package org.timescope.ui.browse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.timescope.model.EventFilter;
import org.timescope.store.EventRepository;
import org.timescope.store.StoreException;
import org.timescope.timeline.layout.EventIndex;

/**
 * Applies an {@link EventFilter} to the loaded columns: one mask per facet (organisations and themes
 * from the columns, with child organisations; dates from the days; people, places and text from the
 * store as ids), the shown events where all masks agree, and per-facet counts where all the other masks
 * agree — so a count says what ticking that value would give. Nothing here builds an event object.
 */
final class Selection {

    /** The shown events and the counts of the four checklists. */
    record Result(boolean[] shown, BrowserModel.Counts counts) {
    }

    private final EventIndex all;
    private final EventRepository events;
    private final Map<String, String> orgParents;
    private final int[][] orgAncestors;

    Selection(EventIndex all, EventRepository events, Map<String, String> orgParents) {
        this.all = all;
        this.events = events;
        this.orgParents = orgParents;
        String[] names = all.organisationNames();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        orgAncestors = new int[names.length][];
        for (int i = 0; i < names.length; i++) {
            List<Integer> chain = new ArrayList<>();
            for (String at = names[i]; at != null && chain.size() < 50; at = orgParents.get(at)) {
                Integer k = index.get(at);
                chain.add(k == null ? -1 : k);
            }
            orgAncestors[i] = chain.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Result apply(EventFilter f, Map<String, String> orgNamesLower, Set<String> themeVocabulary) {
        for (String t : f.themes()) {
            if (themeVocabulary.stream().noneMatch(v -> v.equalsIgnoreCase(t))) {
                throw new StoreException("unknown theme '" + t + "'");
            }
        }
        int n = all.size();
        boolean[] org = f.organisations().isEmpty() ? null : orgMask(f.organisations(), orgNamesLower);
        boolean[] theme = f.themes().isEmpty() ? null : themeMask(f.themes());
        boolean[] date = f.from() == null && f.to() == null ? null : dateMask(f);
        boolean[] rest = f.people().isEmpty() && f.places().isEmpty() && f.text() == null ? null
                : all.mask(events.ids(EventFilter.ALL.withPeople(f.people()).withPlaces(f.places()).withText(f.text())));
        boolean[] shown = new boolean[n];
        int[] orgCounts = new int[all.organisationNames().length];
        int[] themeCounts = new int[all.themeNames().length];
        int[] stamp = new int[orgCounts.length];
        java.util.Arrays.fill(stamp, -1);
        for (int i = 0; i < n; i++) {
            boolean base = (date == null || date[i]) && (rest == null || rest[i]);
            if (!base) {
                continue;
            }
            boolean o = org == null || org[i];
            boolean t = theme == null || theme[i];
            shown[i] = o && t;
            if (t) {
                int event = i;
                all.forEachOrganisation(i, name -> {
                    for (int a : orgAncestors[name]) {
                        if (a >= 0 && stamp[a] != event) {
                            stamp[a] = event;
                            orgCounts[a]++;
                        }
                    }
                });
            }
            if (o) {
                all.forEachTheme(i, name -> themeCounts[name]++);
            }
        }
        Map<String, Integer> orgs = new HashMap<>();
        for (int k = 0; k < orgCounts.length; k++) {
            orgs.put(all.organisationNames()[k], orgCounts[k]);
        }
        Map<String, Integer> themes = new HashMap<>();
        for (int k = 0; k < themeCounts.length; k++) {
            themes.put(all.themeNames()[k], themeCounts[k]);
        }
        return new Result(shown, new BrowserModel.Counts(orgs, themes, events.countBy("person", f.withPeople(Set.of())),
                events.countBy("place", f.withPlaces(Set.of()))));
    }

    private boolean[] orgMask(Set<String> selected, Map<String, String> orgNamesLower) {
        String[] names = all.organisationNames();
        boolean[] chosen = new boolean[names.length];
        for (String s : selected) {
            if (!orgNamesLower.containsKey(s.toLowerCase(Locale.ROOT))) {
                throw new StoreException("unknown organisation '" + s + "'");
            }
        }
        for (int k = 0; k < names.length; k++) {
            for (int a : orgAncestors[k]) {
                if (a >= 0 && selected.contains(names[a])) {
                    chosen[k] = true; // the organisation or one it belongs to is ticked
                }
            }
        }
        boolean[] mask = new boolean[all.size()];
        for (int i = 0; i < mask.length; i++) {
            int event = i;
            all.forEachOrganisation(i, name -> {
                if (chosen[name]) {
                    mask[event] = true;
                }
            });
        }
        return mask;
    }

    private boolean[] themeMask(Set<String> selected) {
        String[] names = all.themeNames();
        boolean[] chosen = new boolean[names.length];
        Set<String> lower = new java.util.HashSet<>();
        selected.forEach(s -> lower.add(s.toLowerCase(Locale.ROOT)));
        for (int k = 0; k < names.length; k++) {
            chosen[k] = lower.contains(names[k].toLowerCase(Locale.ROOT));
        }
        boolean[] mask = new boolean[all.size()];
        for (int i = 0; i < mask.length; i++) {
            int event = i;
            all.forEachTheme(i, name -> {
                if (chosen[name]) {
                    mask[event] = true;
                }
            });
        }
        return mask;
    }

    private boolean[] dateMask(EventFilter f) {
        double from = f.from() == null ? Double.NEGATIVE_INFINITY : f.from().firstDay().toEpochDay();
        double to = f.to() == null ? Double.POSITIVE_INFINITY : f.to().lastDay().toEpochDay() + 1;
        boolean[] mask = new boolean[all.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = all.end(i) > from && all.first(i) < to;
        }
        return mask;
    }
}
