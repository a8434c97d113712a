package org.timescope.model;

import java.time.Instant;
import java.util.List;

/**
 * What one user action changed: when, by whom, what kind of action ({@code edit}, {@code create},
 * {@code delete}, {@code merge}, {@code import}, {@code undo} …), a sentence saying what it did, the group
 * it undoes (0 for none) and its changes in the order they were made. Groups are never rewritten.
 */
public record ChangeGroup(long id, Instant at, String author, String action, String summary, long undoes,
                          List<Change> changes) {
    public ChangeGroup {
        changes = List.copyOf(changes);
    }
}
