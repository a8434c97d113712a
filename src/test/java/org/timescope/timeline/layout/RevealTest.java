package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.BundledDataset;

class RevealTest {

    private static final LayoutEngine ENGINE = new LayoutEngine(TextMeasurer.fixed(7));
    private static final LayoutOptions THREE_ROWS = LayoutOptions.defaults(3);

    private static List<String> themes() {
        return BundledDataset.load().themes().stream().map(t -> t.name()).toList();
    }

    @Test
    void everyBundledEventCanBeBroughtOutOfItsClusterInLanesByTheme() {
        EventIndex index = EventIndex.of(BundledDataset.load().events(), themes());
        List<Lane> lanes = Lane.of(index, LaneMode.THEME, themes());
        TimeScale all = TimeScale.fit(index.minDay(), index.maxDay(), 1000, 30);
        TimelineLayout fit = ENGINE.layout(index, lanes, all, THREE_ROWS);
        assertThat(fit.clusters()).as("three rows a lane hide events of the bundled dataset").isNotEmpty();

        Reveal reveal = new Reveal(ENGINE, index, lanes, THREE_ROWS);
        for (int e = 0; e < index.size(); e++) {
            TimeScale s = reveal.showing(e, all);
            TimelineLayout l = ENGINE.layout(index, lanes, s, THREE_ROWS);
            int event = e;
            long lanesOfEvent = lanes.stream().filter(x -> java.util.Arrays.binarySearch(x.members(), event) >= 0)
                    .count();
            assertThat(l.items().stream().filter(i -> i.event() == event && i.x() < s.width()
                    && i.x() + i.barWidth() > 0)).as(index.title(e)).hasSize((int) lanesOfEvent);
            for (TimelineLayout.Cluster c : l.clusters()) {
                assertThat(contains(c, e)).as(index.title(e)).isFalse();
            }
        }
    }

    @Test
    void anEventAlreadyDrawnKeepsTheWindowAsItIs() {
        EventIndex index = EventIndex.of(BundledDataset.load().events(), themes());
        List<Lane> lanes = Lane.of(index, LaneMode.NONE, themes());
        TimeScale all = TimeScale.fit(index.minDay(), index.maxDay(), 1400, 30);
        LayoutOptions many = LayoutOptions.defaults(30);
        TimelineLayout l = ENGINE.layout(index, lanes, all, many);
        int drawn = l.items().get(0).event();
        assertThat(new Reveal(ENGINE, index, lanes, many).showing(drawn, all)).isEqualTo(all);
    }

    @Test
    void openingAClusterOfSameDayEventsZoomsUntilEachIsDrawn() {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(new TimelineEvent("s" + i, "Session " + i, null, null, DateSpan.parse("2021-04-23", null), false,
                    false, null, List.of(), List.of(new OrganisationRole("Org", null)), List.of("A"), List.of(),
                    List.of()));
        }
        events.add(new TimelineEvent("w", "Long range", null, null, DateSpan.parse("2016", "2021"), false, false, null,
                List.of(), List.of(new OrganisationRole("Org", null)), List.of("A"), List.of(), List.of()));
        EventIndex index = EventIndex.of(events, List.of("A"));
        List<Lane> lanes = Lane.of(index, LaneMode.ORGANISATION, List.of("A"));
        TimeScale all = TimeScale.fit(index.minDay(), index.maxDay(), 1000, 30);
        TimelineLayout l = ENGINE.layout(index, lanes, all, THREE_ROWS);
        TimelineLayout.Cluster cluster = l.clusters().get(0);
        assertThat(cluster.count()).isEqualTo(5); // 8 events, 3 rows

        TimeScale s = new Reveal(ENGINE, index, lanes, THREE_ROWS).separating(cluster, all);
        TimelineLayout open = ENGINE.layout(index, lanes, s, THREE_ROWS);
        assertThat(open.clusters()).isEmpty();
        assertThat(open.items()).hasSize(8);
        assertThat(s.isClosest()).as("the same day separates only at the closest zoom").isTrue();
    }

    /**
     * Found by a walk through the window: a "+479" badge over three years zoomed the window to a quarter of an hour
     * of its middle day. Events too many for the rows of a window keep the window on all their dates.
     */
    @Test
    void openingAClusterTooLargeToSeparateInOneWindowShowsAllItsDates() {
        List<TimelineEvent> events = new ArrayList<>();
        java.time.LocalDate d = java.time.LocalDate.of(1998, 1, 1);
        for (int i = 0; i < 480; i++) { // six on each of 80 days, 1998 to 2001: more on a day than a lane has rows
            events.add(new TimelineEvent("e" + i, "Event number " + i, null, null,
                    DateSpan.parse(d.plusDays(i / 6 * 1095L / 80).toString(), null), false, false, null, List.of(),
                    List.of(new OrganisationRole("Org", null)), List.of("A"), List.of(), List.of()));
        }
        EventIndex index = EventIndex.of(events, List.of("A"));
        List<Lane> lanes = Lane.of(index, LaneMode.ORGANISATION, List.of("A"));
        TimeScale all = TimeScale.fit(index.minDay(), index.maxDay(), 1000, 30);
        TimelineLayout.Cluster cluster = ENGINE.layout(index, lanes, all, THREE_ROWS).clusters().stream()
                .max(java.util.Comparator.comparingInt(TimelineLayout.Cluster::count)).orElseThrow();
        assertThat(cluster.count()).as("a crowded stretch").isGreaterThan(10);

        TimeScale s = new Reveal(ENGINE, index, lanes, THREE_ROWS).separating(cluster, all);
        assertThat(s.isClosest()).isFalse();
        assertThat(s.startDay()).as("from its first date").isLessThanOrEqualTo(cluster.fromDay());
        assertThat(s.day(s.width())).as("to its last").isGreaterThanOrEqualTo(cluster.toDay());
        assertThat(s.width() * s.daysPerPixel()).as("not a quarter of an hour").isGreaterThan(cluster.toDay() - cluster.fromDay());
    }

    /**
     * Seven sessions on one day separate only at the closest zoom, where the day is 86,400 px wide: revealing one
     * must show where it begins (its marker and title), not a stretch of its bar 40,000 px from either end.
     */
    @Test
    void aDayEventRevealedAtTheClosestZoomHasItsStartOnScreen() {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            events.add(new TimelineEvent("s" + i, "Session " + i, null, null, DateSpan.parse("2021-04-23", null), false,
                    false, null, List.of(), List.of(new OrganisationRole("Org", null)), List.of("A"), List.of(),
                    List.of()));
        }
        EventIndex index = EventIndex.of(events, List.of("A"));
        List<Lane> lanes = Lane.of(index, LaneMode.ORGANISATION, List.of("A"));
        TimeScale all = TimeScale.fit(java.time.LocalDate.of(2016, 1, 1).toEpochDay(),
                java.time.LocalDate.of(2024, 1, 1).toEpochDay(), 1000, 30);
        int last = 6;
        TimeScale s = new Reveal(ENGINE, index, lanes, THREE_ROWS).showing(last, all);
        assertThat(s.isClosest()).isTrue();
        double start = java.time.LocalDate.of(2021, 4, 23).toEpochDay();
        assertThat(s.x(start)).isBetween(0.0, 1000.0 * 0.9);
        TimelineLayout l = ENGINE.layout(index, lanes, s, THREE_ROWS);
        assertThat(l.items()).anyMatch(i -> i.event() == last && i.x() >= 0 && i.x() < 1000);
    }

    private static boolean contains(TimelineLayout.Cluster c, int event) {
        for (int k = 0; k < c.events().size(); k++) {
            if (c.events().get(k) == event) {
                return true;
            }
        }
        return false;
    }
}
