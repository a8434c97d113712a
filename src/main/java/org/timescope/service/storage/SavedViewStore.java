package org.timescope.service.storage;

import java.util.List;
import java.util.Optional;

/** Named views kept with the data, as opaque text (their JSON form is the exchange ring's business). */
public interface SavedViewStore {
    void save(String name, String spec);

    Optional<String> find(String name);

    List<String> names();

    void rename(String from, String to, String newSpec);

    boolean delete(String name);
}
