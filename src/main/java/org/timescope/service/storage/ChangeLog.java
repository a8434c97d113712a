package org.timescope.service.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.timescope.model.ChangeGroup;

/** The append-only record of every user action: read here, written by {@link EditSession#log}. */
public interface ChangeLog {

    /**
     * Groups newest first, with their changes: all of them, or those touching one entry ({@code entity} and
     * {@code key} both non-null), made at or after {@code since} (null for any time), at most {@code limit}.
     */
    List<ChangeGroup> groups(String entity, String key, Instant since, int limit);

    Optional<ChangeGroup> group(long id);

    /** The id of the newest group, 0 when the log is empty: it grows whenever anyone changes the collection. */
    long lastGroupId();

    /**
     * The newest group whose effect is still there and that is not itself an undo (what {@code timescope undo}
     * takes back): groups an undo took back are passed over, as are undos. Reads only the newest groups' heads,
     * back to that group, never the whole log.
     */
    Optional<ChangeGroup> lastUndoable();

    /** The groups after {@code id}, oldest first: what others changed since this window last looked. */
    List<ChangeGroup> after(long id);
}
