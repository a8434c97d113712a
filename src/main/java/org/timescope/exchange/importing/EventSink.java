package org.timescope.exchange.importing;

import org.timescope.model.Evidence;
import org.timescope.model.TimelineEvent;

/** Where a streaming reader puts what it reads: in memory (a dataset) or straight into the store. */
public interface EventSink {
    void theme(String name, String description);

    void organisation(String name);

    void place(String name);

    /** Evidence citing the file being read. */
    Evidence evidence(String quote);

    /** Evidence citing a source known by its title only. */
    Evidence evidence(String quote, String sourceTitle);

    /** Adds an event; false if the input already had it. */
    boolean event(TimelineEvent e);
}
