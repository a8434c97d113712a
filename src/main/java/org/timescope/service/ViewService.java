package org.timescope.service;

import java.util.List;
import org.timescope.exchange.ViewJson;
import org.timescope.model.SavedView;
import org.timescope.service.storage.SavedViewStore;

/** Named views kept in the database: save, reopen, rename, delete. */
public final class ViewService {

    private final SavedViewStore repository;

    public ViewService(Workspace workspace) {
        this.repository = workspace.savedViews();
    }

    public void save(SavedView view) {
        repository.save(view.name(), ViewJson.write(view));
    }

    /** The view called {@code name} (any case). */
    public SavedView find(String name) {
        return repository.find(name).map(json -> ViewJson.read(canonicalName(name), json))
                .orElseThrow(() -> new IllegalArgumentException("unknown view '" + name + "'"
                        + (names().isEmpty() ? " (no views are saved yet)" : " (saved views: " + String.join(", ", names()) + ")")));
    }

    private String canonicalName(String name) {
        return names().stream().filter(n -> n.equalsIgnoreCase(name.strip())).findFirst().orElse(name.strip());
    }

    public List<String> names() {
        return repository.names();
    }

    public void rename(String from, String to) {
        SavedView view = find(from);
        repository.rename(view.name(), to, ViewJson.write(view.withName(to.strip())));
    }

    public void delete(String name) {
        if (!repository.delete(name)) {
            throw new IllegalArgumentException("unknown view '" + name + "'");
        }
    }
}
