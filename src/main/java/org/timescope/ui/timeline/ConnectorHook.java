package org.timescope.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import org.timescope.model.EventLink;
import org.timescope.model.TimelineEvent;
import org.timescope.render.LinkConnectors;
import org.timescope.render.Surface;
import org.timescope.timeline.layout.EventIndex;
import org.timescope.timeline.layout.TimelineLayout;

/** The timeline's one call into {@link LinkConnectors}: the selection's links turned into index positions. */
final class ConnectorHook {
    private ConnectorHook() {
    }

    static LinkConnectors.Drawn paint(Surface surface, TimelineLayout layout, TimelineView view, TimelineEvent selection,
                                      int selected, LinkConnectors.Plot plot) {
        List<EventLink> links = view.linksProperty().get();
        if (selection == null || selected < 0 || links == null || links.isEmpty() || layout == null) {
            return LinkConnectors.Drawn.NONE;
        }
        EventIndex index = view.getIndex();
        List<LinkConnectors.Target> targets = new ArrayList<>();
        for (EventLink l : links) {
            if (!l.touches(selection.key())) {
                continue;
            }
            int other = index.indexOf(l.other(selection.key()));
            if (other >= 0) {
                targets.add(new LinkConnectors.Target(other, l.kind(), l.from().equals(selection.key())));
            }
        }
        return LinkConnectors.paint(surface, layout, selected, targets, index::first, plot,
                view.paintStyleProperty().get());
    }
}
