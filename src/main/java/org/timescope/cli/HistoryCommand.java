package org.timescope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.timescope.model.Change;
import org.timescope.model.ChangeGroup;
import org.timescope.model.PartialDate;
import org.timescope.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code timescope history [--event KEY] [--since DATE] [--limit N] [--format text|json]}: the change log. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Show the change log, newest first: when, who, what, and each field changed.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Option(names = "--event", paramLabel = "KEY", description = "Only the changes to this event.")
    String event;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only changes made on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD, local time).")
    PartialDate since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N actions (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() throws Exception {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new Errors.CommandFailure("unknown history format '" + format + "' (use text or json)");
        }
        if (limit < 1) {
            throw new Errors.CommandFailure("--limit must be at least 1 (it is " + limit + ")");
        }
        Instant from = since == null ? null : since.firstDay().atStartOfDay(ZoneId.systemDefault()).toInstant();
        try (Workspace workspace = store.open()) {
            List<ChangeGroup> groups = workspace.changes().groups(event == null ? null : "event",
                    event == null ? null : event.strip(), from, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (f.equals("json")) {
                out.println(json(groups));
            } else {
                text(groups, out);
            }
            return 0;
        }
    }

    private static void text(List<ChangeGroup> groups, PrintWriter out) {
        if (groups.isEmpty()) {
            out.println("No changes");
            return;
        }
        for (ChangeGroup g : groups) {
            out.println(TIME.format(g.at().atZone(ZoneId.systemDefault())) + "  " + g.author() + "  " + g.summary()
                    + "  (change " + g.id() + (g.undoes() > 0 ? ", undoes " + g.undoes() : "") + ")");
            for (Change c : g.changes()) {
                // a merge's move of links in words ("4 events moved from … to …"); it printed its rows as ", , → , ,"
                boolean moved = org.timescope.service.edit.LinkMove.FIELD.equals(c.field()) && !c.entity().equals("event");
                out.println("  " + (c.whole() || c.entity().equals("collection") ? ChangeText.describe(c)
                        : c.entity() + " " + c.key() + ": " + (moved ? ChangeText.describe(c)
                        : c.field() + " " + ChangeText.values(c))));
            }
        }
    }

    private static String json(List<ChangeGroup> groups) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode list = mapper.createArrayNode();
        for (ChangeGroup g : groups) {
            ObjectNode o = list.addObject();
            o.put("id", g.id());
            o.put("at", g.at().toString());
            o.put("author", g.author());
            o.put("action", g.action());
            o.put("summary", g.summary());
            if (g.undoes() > 0) {
                o.put("undoes", g.undoes());
            }
            ArrayNode changes = o.putArray("changes");
            for (Change c : g.changes()) {
                ObjectNode n = changes.addObject();
                n.put("entity", c.entity());
                n.put("key", c.key());
                n.put("field", c.field());
                n.set("before", ChangeText.parse(c.before()));
                n.set("after", ChangeText.parse(c.after()));
            }
        }
        return mapper.writeValueAsString(list);
    }
}
