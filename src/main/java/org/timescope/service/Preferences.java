package org.timescope.service;

import java.util.Map;

/**
 * What a person sets once for every collection: the name the change log records for their edits, and the lanes
 * a collection opens with the first time (after that, the window remembers each collection's own). The
 * appearance is kept with the window state, where the View menu also keeps it. {@code author} null or blank
 * means the default: {@code $TIMESCOPE_AUTHOR}, else the user name.
 */
public record Preferences(String author, String defaultLanes) {

    public static final String NO_LANES = "NONE";

    public Preferences {
        author = author == null || author.isBlank() ? null : author.strip();
        defaultLanes = defaultLanes == null || defaultLanes.isBlank() ? NO_LANES : defaultLanes;
    }

    public static Preferences initial() {
        return new Preferences(null, NO_LANES);
    }

    /**
     * The author to set on a workspace, or null to leave its default: {@code $TIMESCOPE_AUTHOR} wins over the
     * preferences (a script or a shared account says who is at work), the preferences over the user name.
     */
    public String authorFor(Map<String, String> environment) {
        String env = environment.get("TIMESCOPE_AUTHOR");
        return env != null && !env.isBlank() ? null : author;
    }

    /** Sets this author on the workspace, unless {@code $TIMESCOPE_AUTHOR} names one. */
    public void applyTo(Workspace workspace, Map<String, String> environment) {
        String name = authorFor(environment);
        if (name != null) {
            workspace.setAuthor(name);
        }
    }
}
