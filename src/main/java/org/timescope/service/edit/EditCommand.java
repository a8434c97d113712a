package org.timescope.service.edit;

import java.util.function.Consumer;

/**
 * One user action that changes the collection: what kind it is ({@code edit}, {@code create}, {@code delete},
 * {@code merge}, {@code bulk-edit} …), the sentence the Edit menu and the log show, and how it plans its
 * changes. Made by {@link EventEdits} and {@link CatalogEdits}; run by {@link Editor}.
 */
public final class EditCommand {
    private final String action;
    private final String summary;
    private final Consumer<Plan> planner;

    EditCommand(String action, String summary, Consumer<Plan> planner) {
        this.action = action;
        this.summary = summary;
        this.planner = planner;
    }

    public String action() {
        return action;
    }

    /** What it does, as a sentence fragment: "Merge of 'SIPO' into 'CNIPA'". */
    public String summary() {
        return summary;
    }

    void plan(Plan plan) {
        planner.accept(plan);
    }

    static String quoted(String text) {
        String t = text.length() > 48 ? text.substring(0, 47) + "…" : text;
        return "'" + t + "'";
    }
}
