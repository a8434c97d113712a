package org.timescope.timeline.layout;

import java.util.Optional;

/** What lies under a point of the lanes area: an item (its marker, bar or label) or a cluster. */
public final class HitTest {
    private HitTest() {
    }

    public sealed interface Hit permits ItemHit, ClusterHit {
    }

    public record ItemHit(TimelineLayout.Item item) implements Hit {
    }

    public record ClusterHit(TimelineLayout.Cluster cluster) implements Hit {
    }

    /** The top-most thing at (x, y), in the coordinates of the layout (y from the top of the lanes). */
    public static Optional<Hit> at(TimelineLayout layout, double x, double y) {
        for (int i = layout.clusters().size() - 1; i >= 0; i--) {
            TimelineLayout.Cluster c = layout.clusters().get(i);
            if (x >= c.x() && x <= c.x() + c.width() && y >= c.y() && y <= c.y() + layout.rowHeight()) {
                return Optional.of(new ClusterHit(c));
            }
        }
        for (int i = layout.items().size() - 1; i >= 0; i--) {
            TimelineLayout.Item it = layout.items().get(i);
            if (x >= it.x() - 2 && x <= it.right() + 2 && y >= it.y() && y <= it.y() + layout.rowHeight() - 2) {
                return Optional.of(new ItemHit(it));
            }
        }
        return Optional.empty();
    }
}
