package org.timescope.cli;

import java.util.concurrent.Callable;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Theme;
import org.timescope.service.Workspace;
import org.timescope.service.edit.CatalogEdits;
import org.timescope.service.edit.EditCommand;
import org.timescope.service.edit.EditResult;
import org.timescope.service.edit.Editor;
import org.timescope.service.edit.Kind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code timescope org|theme|place|person merge|rename|delete}: the catalogue, one implementation for the four
 * kinds of entry. The top-level commands are the tiny subclasses at the end, each naming its {@link Kind}; the
 * subcommands read the kind from their parent. Names, acronyms and aliases are accepted wherever a name is.
 */
@Command(mixinStandardHelpOptions = true,
        subcommands = {CatalogCommand.Merge.class, CatalogCommand.Rename.class, CatalogCommand.Delete.class})
abstract class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Kind kind;

    CatalogCommand(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge FROM into INTO: FROM's events move to INTO and FROM is removed (organisations keep "
                    + "FROM's name, acronym and aliases as INTO's aliases).")
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        CatalogCommand parent;
        @Mixin
        StoreOptions store;
        @Parameters(index = "0", paramLabel = "FROM")
        String from;
        @Parameters(index = "1", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            Kind kind = parent.kind();
            try (Workspace workspace = store.open()) {
                String fromName = CatalogNames.require(workspace, kind, from);
                String intoName = CatalogNames.require(workspace, kind, into);
                EditResult r = new Editor(workspace).run(CatalogEdits.merge(kind, fromName, intoName));
                int moved = r.eventKeys().size();
                spec.commandLine().getOut().println("Merged '" + fromName + "' into '" + intoName + "': " + moved
                        + (moved == 1 ? " event moved" : " events moved"));
                return 0;
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an entry (its events follow).")
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        CatalogCommand parent;
        @Mixin
        StoreOptions store;
        @Parameters(index = "0", paramLabel = "OLD")
        String from;
        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() {
            Kind kind = parent.kind();
            String newName = to.strip();
            if (newName.isEmpty()) {
                throw new Errors.CommandFailure("the new name is empty");
            }
            try (Workspace workspace = store.open()) {
                String old = CatalogNames.require(workspace, kind, from);
                CatalogNames.find(workspace, kind, newName).filter(n -> !n.equalsIgnoreCase(old)).ifPresent(n -> {
                    throw new Errors.CommandFailure("there is already " + article(kind) + " '" + n + "'; merge '" + old
                            + "' into it instead ('timescope " + parent.spec.name() + " merge')");
                });
                new Editor(workspace).run(renaming(workspace, kind, old, newName));
                spec.commandLine().getOut().println("Renamed " + kind.label() + " '" + old + "' to '" + newName + "'");
                return 0;
            }
        }

        private static EditCommand renaming(Workspace workspace, Kind kind, String old, String name) {
            return switch (kind) {
                case ORGANISATION -> {
                    Organisation o = workspace.catalog().organisations().stream()
                            .filter(x -> x.name().equals(old)).findFirst().orElseThrow();
                    yield CatalogEdits.update(o, new Organisation(name, o.acronym(), o.aliases(), o.parent(), o.kind(),
                            o.note()));
                }
                case THEME -> {
                    Theme t = workspace.catalog().themes().stream().filter(x -> x.name().equals(old)).findFirst()
                            .orElseThrow();
                    yield CatalogEdits.update(t, new Theme(name, t.description(), t.colour()));
                }
                case PLACE -> {
                    Place p = workspace.catalog().places().stream().filter(x -> x.name().equals(old)).findFirst()
                            .orElseThrow();
                    yield CatalogEdits.update(p, new Place(name, p.kind(), p.parent()));
                }
                case PERSON -> CatalogEdits.renamePerson(old, name);
                default -> throw new IllegalArgumentException(kind.label() + "s are not renamed here");
            };
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an entry that no event uses (merge one in use into another instead).")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        CatalogCommand parent;
        @Mixin
        StoreOptions store;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Kind kind = parent.kind();
            try (Workspace workspace = store.open()) {
                String stored = CatalogNames.require(workspace, kind, name);
                var unscoped = CatalogEdits.erasScopedBy(workspace.eras().eras(), kind, stored);
                new Editor(workspace).run(CatalogEdits.delete(kind, stored));
                spec.commandLine().getOut().println("Deleted " + kind.label() + " '" + stored + "'"
                        + (unscoped.isEmpty() ? "" : "; no longer scoped to it (now across every lane): "
                        + String.join(", ", unscoped.stream().map(e -> "era '" + e.name() + "'").toList())));
                return 0;
            }
        }
    }

    private static String article(Kind kind) {
        return (kind == Kind.ORGANISATION ? "an " : "a ") + kind.label();
    }

    @Command(name = "org", aliases = "organisation",
            description = "Organisations in the catalogue: merge, rename or delete (names, acronyms or aliases).")
    static final class Org extends CatalogCommand {
        Org() {
            super(Kind.ORGANISATION);
        }
    }

    @Command(name = "theme", description = "Themes of the vocabulary: merge, rename or delete.")
    static final class ThemeCommand extends CatalogCommand {
        ThemeCommand() {
            super(Kind.THEME);
        }
    }

    @Command(name = "place", description = "Places: merge, rename or delete.")
    static final class PlaceCommand extends CatalogCommand {
        PlaceCommand() {
            super(Kind.PLACE);
        }
    }

    @Command(name = "person", description = "People: merge, rename or delete.")
    static final class Person extends CatalogCommand {
        Person() {
            super(Kind.PERSON);
        }
    }
}
