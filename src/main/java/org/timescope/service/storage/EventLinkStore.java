package org.timescope.service.storage;

import java.util.List;
import org.timescope.model.EventLink;

/** Reads the typed links between events (written through {@link EditSession} and dataset writes). */
public interface EventLinkStore {

    /** The links from or to one event, in the order they were stored. Read through an index in both directions. */
    List<EventLink> of(String eventKey);

    /** Every link, in the order they were stored. */
    List<EventLink> all();
}
