package org.timescope.service.storage;

import java.util.List;
import org.timescope.model.Era;

/** Reads the eras of a collection (written through {@link EditSession} and dataset writes). */
public interface EraStore {

    /** Every era, in date order (first day, then last day, then key). */
    List<Era> eras();
}
