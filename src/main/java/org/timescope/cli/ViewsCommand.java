package org.timescope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.timescope.model.SavedView;
import org.timescope.service.ViewService;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timescope views [save|rename|delete]}: the named views kept in the database. */
@Command(name = "views", mixinStandardHelpOptions = true, description = "List the saved views, or save, rename or delete one.",
        subcommands = {ViewsCommand.Save.class, ViewsCommand.Rename.class, ViewsCommand.Delete.class})
final class ViewsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Workspace workspace = store.openForReading()) {
            ViewService views = new ViewService(workspace);
            PrintWriter out = spec.commandLine().getOut();
            List<String> names = views.names();
            TextTable table = new TextTable(List.of("VIEW", "LANES", "FILTERS"), List.of(32, 14, 80));
            for (String name : names) {
                SavedView v = views.find(name);
                table.row(v.name(), v.laneMode().toLowerCase(java.util.Locale.ROOT),
                        v.filter().isEmpty() ? "(none)" : v.filter().describe());
            }
            table.print(out);
            out.println(names.size() + (names.size() == 1 ? " view" : " views"));
            return 0;
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Save the filters and lanes as a named view (replacing one of that name).")
    static final class Save implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Mixin
        FilterOptions filters;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--lanes", paramLabel = "MODE", defaultValue = "none", description = "none, organisation or theme.")
        String lanes;
        @Option(names = "--select", paramLabel = "EVENT-ID", description = "The event to highlight.")
        String select;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                workspace.events().count(filters.toFilter()); // an unknown name fails here, before saving
                if (select != null && workspace.events().byKey(select) == null) {
                    throw new Errors.CommandFailure("--select: there is no event '" + select + "'");
                }
                new ViewService(workspace).save(new SavedView(name, filters.toFilter(), SnapshotCommand.laneMode(lanes),
                        null, null, select));
                spec.commandLine().getOut().println("Saved view '" + name.strip() + "'");
                return 0;
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a view.")
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(index = "0", paramLabel = "OLD")
        String from;
        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                new ViewService(workspace).rename(from, to);
                spec.commandLine().getOut().println("Renamed view '" + from + "' to '" + to.strip() + "'");
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a view.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Workspace workspace = store.open()) {
                new ViewService(workspace).delete(name);
                spec.commandLine().getOut().println("Deleted view '" + name + "'");
                return 0;
            }
        }
    }
}
