package org.timescope.exchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.timescope.model.TimelineEvent;

/**
 * The keys of one file's events, so that no record of it is lost without a word. A record that repeats an earlier
 * one exactly (same key, same content) is skipped and counted. A record that shares its key with a different one —
 * an id given twice, or two events with the same title and dates but other organisations or words — is kept under
 * the key with "-2" (then "-3" …) added, which the same file gives it again on a second import, and the notes say so.
 */
public final class InFileKeys {

    /** The notes name at most this many renamed keys, then count the rest. */
    private static final int NAMED = 5;

    /** Each key taken, with a hash of the content stored under it. */
    private final Map<String, Long> taken;

    public InFileKeys() {
        this(16);
    }

    /** For a file of about {@code expected} records (a large CSV read as it streams): the map is not grown in steps. */
    public InFileKeys(int expected) {
        taken = new HashMap<>((int) Math.min(1 << 30, Math.max(16, expected) * 4L / 3 + 1));
    }
    private int repeats;
    private final List<String> renamed = new ArrayList<>();
    private int renamedCount;

    /** The key to store {@code e} under, or null when it repeats an earlier record of the file exactly. */
    public String place(TimelineEvent e) {
        long content = content(e);
        Long before = taken.putIfAbsent(e.key(), content);
        if (before == null) {
            return e.key();
        }
        for (int n = 2; ; n++) {
            if (before == content) {
                repeats++;
                return null;
            }
            String key = e.key() + "-" + n;
            before = taken.putIfAbsent(key, content);
            if (before == null) {
                if (renamed.size() < NAMED) { // a key made from the title and dates says nothing: the title does
                    renamed.add(e.key().startsWith(DatasetBuilder.DERIVED) ? "\"" + e.title() + "\""
                            : "'" + e.key() + "' (\"" + e.title() + "\") as '" + key + "'");
                }
                renamedCount++;
                return key;
            }
        }
    }

    /** {@code e} under the key {@link #place} gave it, or null when it is skipped. */
    public TimelineEvent placed(TimelineEvent e) {
        String key = place(e);
        if (key == null || key.equals(e.key())) {
            return key == null ? null : e;
        }
        return new TimelineEvent(key, e.title(), e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
    }

    /** What the import report says about the file's repeated keys; empty when there were none. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (repeats > 0) {
            notes.add(repeats + (repeats == 1 ? " record repeats an earlier one" : " records repeat earlier ones")
                    + " of the file exactly (same id, or same title and dates, and the same content): skipped");
        }
        if (renamedCount > 0) {
            notes.add(renamedCount + (renamedCount == 1 ? " record has" : " records have")
                    + " the id, or the title and dates, of a different event earlier in the file; "
                    + (renamedCount == 1 ? "it is" : "each is") + " kept as an event of its own: "
                    + String.join(", ", renamed)
                    + (renamedCount > renamed.size() ? " and " + (renamedCount - renamed.size()) + " more" : ""));
        }
        return notes;
    }

    /** A hash of everything but the key: two records with the same key and hash are the same record. */
    private static long content(TimelineEvent e) {
        long h = 1125899906842597L;
        for (Object part : new Object[] {e.title(), e.summary(), e.category(), e.when(), e.approximate(), e.inferred(),
                e.dateNote(), e.places(), e.organisations(), e.themes(), e.people(), e.evidence()}) {
            h = 31 * h + Objects.hashCode(part);
            h ^= (h >>> 29);
        }
        return h;
    }
}
