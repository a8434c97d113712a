package org.timescope.service.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.timescope.model.EventLink;
import org.timescope.model.Evidence;
import org.timescope.model.LinkKind;
import org.timescope.model.Source;
import org.timescope.service.storage.EditSession;

/**
 * Commands on links between events: create, change (kind, note, evidence — a new kind or new ends replace the
 * link), delete; each one change group and one undo step. Also the link changes that deleting or merging events
 * plan first, so that undoing the deletion restores the links and a merge leaves no self-link or duplicate.
 */
public final class LinkEdits {
    private LinkEdits() {
    }

    public static EditCommand create(EventLink link) {
        return create(link, key -> key);
    }

    /**
     * A new link, its step named with the events' titles ({@code title} gives an event's title by its key): the
     * status line and the Edit menu said "Link 'shanghai-ip-joint-conference-2023-work-meeting' follows from …".
     */
    public static EditCommand create(EventLink link, java.util.function.UnaryOperator<String> title) {
        return new EditCommand("create", "Link " + describe(link, title), plan -> {
            refuseDuplicate(plan.session(), link);
            plan.create(Kind.LINK, link.key(), Images.of(located(plan, link)));
        });
    }

    /** Several links in one step (accepting series suggestions). */
    public static EditCommand createAll(List<EventLink> links) {
        if (links.size() == 1) {
            return create(links.get(0));
        }
        return new EditCommand("create", links.size() + " links", plan -> {
            for (EventLink link : links) {
                refuseDuplicate(plan.session(), link);
                plan.create(Kind.LINK, link.key(), Images.of(located(plan, link)));
            }
        });
    }

    public static EditCommand change(EventLink before, EventLink after) {
        return change(before, after, key -> key);
    }

    public static EditCommand change(EventLink before, EventLink after, java.util.function.UnaryOperator<String> title) {
        return new EditCommand("edit", "Edit of link " + describe(after, title), plan -> {
            if (before.key().equals(after.key())) {
                plan.diff(Kind.LINK, before.key(), Images.of(before), Images.of(located(plan, after)));
            } else {
                plan.delete(Kind.LINK, before.key());
                refuseDuplicate(plan.session(), after);
                plan.create(Kind.LINK, after.key(), Images.of(located(plan, after)));
            }
        });
    }

    public static EditCommand delete(EventLink link) {
        return delete(link, key -> key);
    }

    public static EditCommand delete(EventLink link, java.util.function.UnaryOperator<String> title) {
        return new EditCommand("delete", "Removal of link " + describe(link, title),
                plan -> plan.delete(Kind.LINK, link.key()));
    }

    /** Removes the links of events about to be deleted (each once), so that the log holds them for undo. */
    static void removeLinksOf(Plan plan, List<String> eventKeys) {
        Set<String> done = new LinkedHashSet<>();
        for (String event : eventKeys) {
            for (EventLink link : plan.session().linksOf(event)) {
                if (done.add(link.key())) {
                    plan.delete(Kind.LINK, link.key());
                }
            }
        }
    }

    /**
     * Moves the links of {@code removed} to {@code kept} before {@code removed} is deleted: a link between the two
     * is dropped (it would link the survivor to itself), and one the survivor already has (same kind, same ends,
     * either way for an undirected kind) is dropped in favour of the survivor's.
     */
    static void moveLinks(Plan plan, String removed, String kept) {
        EditSession s = plan.session();
        List<EventLink> moving = s.linksOf(removed);
        for (EventLink link : moving) {
            plan.delete(Kind.LINK, link.key());
        }
        for (EventLink link : moving) {
            String from = link.from().equals(removed) ? kept : link.from();
            String to = link.to().equals(removed) ? kept : link.to();
            if (from.equals(to) || existing(s, from, link.kind(), to).isPresent()) {
                continue;
            }
            EventLink moved = link.withEnds(from, to);
            plan.create(Kind.LINK, moved.key(), Images.of(moved));
        }
    }

    /** The stored link that is the same as this one: the same ends and kind, or reversed for an undirected kind. */
    static Optional<EventLink> existing(EditSession s, String from, LinkKind kind, String to) {
        Optional<EventLink> same = s.link(from, kind, to);
        return same.isPresent() || kind.directed() ? same : s.link(to, kind, from);
    }

    private static void refuseDuplicate(EditSession s, EventLink link) {
        for (String end : List.of(link.from(), link.to())) {
            if (s.eventId(end) < 0) {
                throw new IllegalArgumentException("there is no event '" + end + "' to link");
            }
        }
        if (existing(s, link.from(), link.kind(), link.to()).isPresent()) {
            throw new IllegalArgumentException("these events are already linked as '" + link.kind().label() + "'");
        }
    }

    /** Each quote without offsets placed where it first occurs in its source, as the store places it. */
    private static EventLink located(Plan plan, EventLink link) {
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence e : link.evidence()) {
            String text = e.hasOffsets() ? null : plan.session().source(e.sourceKey()).map(Source::text).orElse(null);
            int at = text == null ? -1 : text.indexOf(e.quote());
            evidence.add(at < 0 ? e : Evidence.at(e.sourceKey(), e.quote(), at));
        }
        return new EventLink(link.from(), link.to(), link.kind(), link.note(), evidence);
    }

    private static String describe(EventLink link, java.util.function.UnaryOperator<String> title) {
        return EditCommand.quoted(title.apply(link.from())) + " " + link.kind().words(true) + " "
                + EditCommand.quoted(title.apply(link.to()));
    }
}
