package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;

/** Sentences of the editing actions: the deletion question, what another program changed. */
public final class EditTexts {
    private EditTexts() {
    }

    /** "Delete 'A'?", "Delete 'A' and 'B'?", "Delete 'A', 'B', 'C' and 4 other events?". */
    public static String deleteQuestion(List<String> titles) {
        List<String> quoted = titles.stream().map(t -> "'" + t + "'").toList();
        if (quoted.size() <= 4) {
            return "Delete " + and(quoted) + "?";
        }
        return "Delete " + String.join(", ", quoted.subList(0, 3)) + " and " + (quoted.size() - 3) + " other events?";
    }

    private static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * "2 changes by another program (title of 'X', themes of 'Y')": the groups counted, then what they changed,
     * field by event (its title now, from {@code titleOf}; a deleted event by its key), at most four named.
     */
    public static String external(List<ChangeGroup> groups, Function<String, String> titleOf) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (ChangeGroup g : groups) {
            for (Change c : g.changes()) {
                if (c.entity().equals("event")) {
                    String what = c.whole() ? (c.before() == null ? "new event" : c.after() == null ? "deletion" : "all")
                            : c.field();
                    List<String> list = fields.computeIfAbsent(c.key(), k -> new ArrayList<>());
                    if (!list.contains(what)) {
                        list.add(what);
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            String title = titleOf.apply(e.getKey());
            parts.add(String.join(", ", e.getValue()) + " of '" + (title == null ? e.getKey() : title) + "'");
        }
        String head = groups.size() + (groups.size() == 1 ? " change" : " changes") + " by another program";
        if (parts.isEmpty()) {
            return head + " (" + groups.get(groups.size() - 1).summary() + ")";
        }
        String named = String.join("; ", parts.subList(0, Math.min(4, parts.size())));
        return head + " (" + named + (parts.size() > 4 ? "; and " + (parts.size() - 4) + " more events" : "") + ")";
    }
}
