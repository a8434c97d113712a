package org.timescope.service.storage;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * What a write does when another program (another import, a window's edit) is writing the same collection: it
 * waits its turn for at most {@code limit} instead of failing at once. {@code waiting} is told once, when the
 * write finds it must wait (to show "waiting for another import…"); {@code cancelled} is asked while it waits,
 * so that the user can give up. Nothing has been written while a write waits, so giving up changes nothing.
 */
public record WriterWait(Duration limit, Runnable waiting, BooleanSupplier cancelled) {

    /** How long a write waits by default: long enough for a large import by another program to finish. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(3);

    public WriterWait {
        if (limit == null || limit.isNegative()) {
            throw new IllegalArgumentException("a wait limit must be zero or more");
        }
    }

    /** Waits up to the default limit, telling no one. */
    public static WriterWait standard() {
        return new WriterWait(DEFAULT_LIMIT, () -> { }, () -> false);
    }
}
