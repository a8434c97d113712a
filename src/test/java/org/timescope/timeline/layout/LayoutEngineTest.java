package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.timescope.service.BundledDataset;

class LayoutEngineTest {

    private static final TextMeasurer MEASURER = TextMeasurer.fixed(7);
    private static final LayoutEngine ENGINE = new LayoutEngine(MEASURER);
    private static final List<String> THEMES = List.of("A", "B");

    private static TimelineEvent event(String key, String start, String end, String... orgs) {
        List<OrganisationRole> roles = new ArrayList<>();
        for (String o : orgs) {
            roles.add(new OrganisationRole(o, null));
        }
        return new TimelineEvent(key, "Event " + key, null, null, DateSpan.parse(start, end), false, false, null,
                List.of(), roles, List.of("A"), List.of(), List.of());
    }

    private static List<TimelineEvent> consecutiveDays(int n) {
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate d = LocalDate.of(2021, 3, 1);
        for (int i = 0; i < n; i++) {
            events.add(event(String.format("e%02d", i), PartialDate.of(d.plusDays(i)).toString(), null, "Org"));
        }
        return events;
    }

    private static TimelineLayout layout(EventIndex index, LaneMode mode, TimeScale scale, int rows) {
        return ENGINE.layout(index, Lane.of(index, mode, THEMES), scale, LayoutOptions.defaults(rows));
    }

    /**
     * Found by LayoutPropertiesTest (seed -8583982359561911379): the next item of a row lay past the view's right
     * edge, and the label before it was given the room up to that item, one pixel past the edge.
     */
    @Test
    void aLabelEndsAtTheRightEdgeWhenTheNextItemOfItsRowLiesBeyondIt() {
        // 3 days a pixel from 1 January 2020, 356 px: the view ends on 3 December 2022
        TimeScale scale = new TimeScale(LocalDate.of(2020, 1, 1).toEpochDay(), 3, 356);
        EventIndex index = EventIndex.of(List.of(event("e0-long-title", "2022-02-25", "2022-03"),
                event("e1", "2023", null)), THEMES);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 1);
        TimelineLayout.Item first = l.items().stream().filter(i -> index.key(i.event()).equals("e0-long-title"))
                .findFirst().orElseThrow();
        // 25 February 2022 is day 786, x 262; "Event e0-long-title" wants 19 × 7 + 4 px: cut to the 94 left
        assertThat(first.labelX()).isEqualTo(262);
        assertThat(first.labelWidth()).isEqualTo(94);
    }

    @Test
    void itemsInOneRowNeverOverlapLabelsIncluded() {
        EventIndex index = EventIndex.of(BundledDataset.load().events(), THEMES);
        for (double dpp : new double[] {0.05, 0.5, 2, 8, 30, 120}) {
            TimeScale scale = TimeScale.fit(index.minDay(), index.maxDay(), 1200, 20).withWidth(1200);
            scale = new TimeScale(scale.startDay(), dpp, 1200);
            TimelineLayout l = layout(index, LaneMode.ORGANISATION, scale, 3);
            for (TimelineLayout.Item a : l.items()) {
                for (TimelineLayout.Item b : l.items()) {
                    if (a != b && a.lane() == b.lane() && a.row() == b.row() && a.x() < b.x()) {
                        assertThat(a.right()).as("%s vs %s at %s", a, b, dpp).isLessThanOrEqualTo(b.x());
                    }
                }
            }
        }
    }

    /**
     * Titles are measured once per index and kept (in blocks of events): wherever the view is, before or after
     * looking elsewhere, each whole label is as wide as its own title, never another event's.
     */
    @Test
    void eachLabelIsAsWideAsItsOwnTitleAcrossTheWholeIndex() {
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate d = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < 10_000; i++) { // keys of 1 to 5 digits: neighbouring titles differ in width
            String key = "e" + (i % 7 == 0 ? i : i % 100);
            events.add(event(key + "-" + i, PartialDate.of(d.plusDays(i)).toString(), null, "Org"));
        }
        EventIndex index = EventIndex.of(events, THEMES);
        LayoutEngine engine = new LayoutEngine(MEASURER);
        for (int day : new int[] {9_000, 50, 4_100, 9_000, 50}) {
            TimeScale scale = new TimeScale(LocalDate.of(1990, 1, 1).plusDays(day).toEpochDay(), 0.005, 1200);
            TimelineLayout l = engine.layout(index, Lane.of(index, LaneMode.NONE, THEMES), scale, LayoutOptions.defaults(3));
            assertThat(l.items()).as("around day %d", day).isNotEmpty();
            for (TimelineLayout.Item item : l.items()) {
                if (item.labelX() >= 0 && item.labelX() + MEASURER.width(index.title(item.event())) + 4 < 1200) {
                    assertThat(item.labelWidth()).as("%s around day %d", index.title(item.event()), day)
                            .isEqualTo(MEASURER.width(index.title(item.event())) + 4);
                }
            }
        }
    }

    /**
     * A filter shows rows picked from the whole index: each label keeps its own title's width, and ticking the
     * filter on and off again measures no title that the unfiltered view already measured.
     */
    @Test
    void aFilteredViewLabelsEachEventWithItsOwnTitleAndMeasuresNoTitleTwice() {
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate d = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < 3_000; i++) { // titles of 1 to 4 digits: neighbours differ in width
            events.add(event("e" + (i % 3 == 0 ? i : i % 10), PartialDate.of(d.plusDays(i)).toString(), null, "Org"));
        }
        EventIndex index = EventIndex.of(events, THEMES);
        List<String> measured = new ArrayList<>();
        LayoutEngine engine = new LayoutEngine(text -> {
            if (text.startsWith("Event ")) { // not the axis's tick labels
                measured.add(text);
            }
            return MEASURER.width(text);
        });
        TimeScale scale = new TimeScale(d.plusDays(1_000).toEpochDay(), 0.05, 1200); // days 1,000 to 1,060
        engine.layout(index, Lane.of(index, LaneMode.NONE, THEMES), scale, LayoutOptions.defaults(3));
        int whole = measured.size();
        assertThat(whole).as("titles of the unfiltered view").isGreaterThan(50);
        int[] everyThird = java.util.stream.IntStream.range(0, 1_000).map(k -> 3 * k + 1).toArray();
        EventIndex filtered = index.subset(everyThird, THEMES);
        for (int round = 0; round < 2; round++) {
            TimelineLayout l = engine.layout(filtered, Lane.of(filtered, LaneMode.NONE, THEMES), scale,
                    LayoutOptions.defaults(3));
            assertThat(l.items()).hasSizeGreaterThan(15);
            for (TimelineLayout.Item item : l.items()) {
                String title = filtered.title(item.event());
                int source = 3 * item.event() + 1; // never a multiple of 3: its key is its last digit
                assertThat(title).isEqualTo("Event e" + source % 10);
                if (item.labelX() >= 0 && item.labelX() + MEASURER.width(title) + 4 < 1200) {
                    assertThat(item.labelWidth()).as(title).isEqualTo(MEASURER.width(title) + 4);
                }
            }
        }
        assertThat(measured).as("titles measured after the unfiltered view").hasSize(whole);
    }

    /**
     * Found by a walk through the window: the end of a title whose event lay left of the view was drawn at the
     * view's left edge ("ng EDITED"), belonging to nothing on screen. A marker cut by the edge keeps its label.
     */
    @Test
    void noLabelIsDrawnForAnEventLeftOfTheView() {
        EventIndex index = EventIndex.of(List.of(event("gone-with-a-long-title", "2021-01-01", null, "X"),
                event("cut", "2021-01-12", null, "X")), THEMES);
        // a day a pixel from 10 January: the first event's marker (10 px) ends 4 px left of the view, its title
        // reaches 150 px into it; the second's marker is cut by the edge, 2.5 of its 10 px outside
        TimeScale scale = new TimeScale(LocalDate.of(2021, 1, 10).toEpochDay(), 1, 600);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 3);
        TimelineLayout.Item gone = l.items().stream().filter(i -> index.key(i.event()).startsWith("gone")).findFirst()
                .orElseThrow();
        assertThat(gone.x() + gone.barWidth()).isLessThan(0);
        assertThat(gone.labelWidth()).isZero();
        TimelineLayout.Item cut = l.items().stream().filter(i -> index.key(i.event()).equals("cut")).findFirst()
                .orElseThrow();
        assertThat(cut.x()).isNegative();
        assertThat(cut.labelWidth()).isEqualTo(MEASURER.width("Event cut") + 4);
    }

    /** A label never runs past the right edge of the view: it is shortened there (or hidden if too short). */
    @Test
    void labelsEndAtTheRightEdgeOfTheView() {
        EventIndex index = EventIndex.of(List.of(event("early", "2021-01-10", null, "X"),
                event("late", "2021-12-01", null, "X"), event("last", "2021-12-29", null, "X")), THEMES);
        TimeScale scale = new TimeScale(LocalDate.of(2021, 1, 1).toEpochDay(), 1, 365);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 3);
        TimelineLayout.Item late = l.items().stream().filter(i -> index.key(i.event()).equals("late")).findFirst().orElseThrow();
        TimelineLayout.Item early = l.items().stream().filter(i -> index.key(i.event()).equals("early")).findFirst().orElseThrow();
        assertThat(late.labelX() + late.labelWidth()).isLessThanOrEqualTo(365);
        assertThat(late.labelWidth()).as("shortened, not hidden").isGreaterThan(18).isLessThan(MEASURER.width("Event late"));
        assertThat(early.labelWidth()).as("room enough: whole").isEqualTo(MEASURER.width("Event early") + 4);
        assertThat(l.items()).allSatisfy(i -> assertThat(i.labelX() + i.labelWidth()).isLessThanOrEqualTo(365));
        TimelineLayout.Item last = l.items().stream().filter(i -> index.key(i.event()).equals("last")).findFirst().orElseThrow();
        assertThat(last.labelWidth()).as("a few pixels of room: no label rather than a stub").isZero();
    }

    @Test
    void aCrowdedRegionBecomesACountedClusterThatExpandsWhenZoomedIn() {
        EventIndex index = EventIndex.of(consecutiveDays(30), THEMES);
        double mid = LocalDate.of(2021, 3, 15).toEpochDay();
        TimelineLayout far = layout(index, LaneMode.NONE, new TimeScale(mid - 500 * 5, 5, 1000), 3);
        assertThat(far.items()).hasSize(3);
        assertThat(far.clusters()).isNotEmpty();
        assertThat(far.items().size() + far.clusters().stream().mapToInt(TimelineLayout.Cluster::count).sum())
                .isEqualTo(30);
        TimelineLayout near = layout(index, LaneMode.NONE, new TimeScale(mid - 500 * 0.02, 0.02, 1000), 3);
        assertThat(near.clusters()).isEmpty();
        TimelineLayout whole = layout(index, LaneMode.NONE, TimeScale.fit(index.minDay(), index.maxDay(), 1000, 10), 3);
        assertThat(whole.clusters()).isEmpty();
        assertThat(whole.items()).hasSize(30);
    }

    @Test
    void aLaneDenserThanTheLimitIsDrawnAsClustersCountingEveryEventInView() {
        List<TimelineEvent> many = new ArrayList<>();
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 6000; i++) {
            many.add(event(String.format("m%05d", i), PartialDate.of(d.plusDays(i % 3000)).toString(), null, "Org"));
        }
        EventIndex index = EventIndex.of(many, THEMES);
        TimeScale scale = TimeScale.fit(index.minDay(), index.maxDay(), 1000, 10);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 3);
        assertThat(l.items()).isEmpty();
        assertThat(l.clusters().stream().mapToInt(TimelineLayout.Cluster::count).sum()).isEqualTo(6000);
        assertThat(l.clusters()).allMatch(c -> c.x() + c.width() >= 0 && c.x() <= 1000);
        TimelineLayout near = layout(index, LaneMode.NONE, new TimeScale(index.minDay(), 0.05, 1000), 3);
        assertThat(near.items()).isNotEmpty(); // zoomed in, the same lane is laid out event by event
    }

    /** Found by LayoutPropertiesTest: a dense lane seen close up drew nothing and counted nothing of what was going on. */
    @Test
    void aDenseLaneSeenCloseUpCountsTheEventsGoingOnThere() {
        EventIndex index = EventIndex.of(List.of(event("a", "2020", null, "X"), event("b", "2020", null, "X"),
                event("c", "2020-05", "2020-09", "X"), event("later", "2020-08-01", null, "X")), THEMES);
        LayoutOptions d = LayoutOptions.defaults(1);
        LayoutOptions denseAboveTwo = new LayoutOptions(d.rowHeight(), 1, d.minLabel(), d.maxLabel(), d.gap(),
                d.markerSize(), d.clusterWidth(), 2, d.minLaneHeight());
        // the afternoon of 1 June 2020 across 200 px: the three events covering that day are going on, "later" is not
        TimeScale scale = new TimeScale(LocalDate.of(2020, 6, 1).toEpochDay() + 0.5, TimeScale.MIN_DAYS_PER_PIXEL, 200);
        TimelineLayout l = ENGINE.layout(index, Lane.of(index, LaneMode.NONE, THEMES), scale, denseAboveTwo);
        assertThat(l.items()).isEmpty();
        assertThat(l.clusters()).hasSize(1);
        TimelineLayout.Cluster badge = l.clusters().get(0);
        assertThat(badge.count()).isEqualTo(3);
        assertThat(badge.fromDay()).isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        assertThat(badge.toDay()).isGreaterThan(LocalDate.of(2020, 5, 1).toEpochDay());
    }

    @Test
    void anEventOfTwoOrganisationsIsInBothLanesMarkedAsTheSameEvent() {
        EventIndex index = EventIndex.of(List.of(event("a", "2021-06-11", null, "X", "Y"),
                event("b", "2021-07", null, "X")), THEMES);
        TimelineLayout l = layout(index, LaneMode.ORGANISATION,
                TimeScale.fit(index.minDay(), index.maxDay(), 1000, 100), 3);
        assertThat(l.lanes()).extracting(TimelineLayout.LaneBox::label).containsExactly("X", "Y");
        assertThat(l.items()).filteredOn(i -> index.event(i.event()).key().equals("a"))
                .hasSize(2).allMatch(TimelineLayout.Item::inSeveralLanes);
        assertThat(l.items()).filteredOn(i -> index.event(i.event()).key().equals("b"))
                .noneMatch(TimelineLayout.Item::inSeveralLanes);
    }

    @Test
    void aMonthEventSpansItsWholeMonthAndADayEventIsAPoint() {
        EventIndex index = EventIndex.of(List.of(event("m", "2021-01", null, "X"), event("d", "2021-06-11", null, "X")),
                THEMES);
        TimeScale scale = new TimeScale(LocalDate.of(2020, 12, 1).toEpochDay(), 0.5, 2000);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 3);
        TimelineLayout.Item month = l.items().stream().filter(i -> i.event() == index.indexOf("m")).findFirst().orElseThrow();
        assertThat(month.point()).isFalse();
        assertThat(month.x()).isEqualTo(scale.x(LocalDate.of(2021, 1, 1).toEpochDay()));
        assertThat(month.barWidth()).isEqualTo(31 / 0.5);
        TimelineLayout.Item day = l.items().stream().filter(i -> i.event() == index.indexOf("d")).findFirst().orElseThrow();
        assertThat(day.point()).isTrue();
    }

    @Test
    void theSameInputsGiveTheSameLayout() {
        List<TimelineEvent> events = BundledDataset.load().events();
        List<TimelineEvent> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        EventIndex a = EventIndex.of(events, THEMES);
        EventIndex b = EventIndex.of(reversed, THEMES);
        TimeScale scale = TimeScale.fit(a.minDay(), a.maxDay(), 1400, 30);
        assertThat(layout(a, LaneMode.THEME, scale, 2)).isEqualTo(layout(b, LaneMode.THEME, scale, 2));
    }

    @Test
    void hitTestingFindsTheItemUnderThePointerAndNothingElsewhere() {
        EventIndex index = EventIndex.of(consecutiveDays(3), THEMES);
        TimeScale scale = new TimeScale(LocalDate.of(2021, 2, 27).toEpochDay(), 0.01, 1000);
        TimelineLayout l = layout(index, LaneMode.NONE, scale, 3);
        TimelineLayout.Item first = l.items().get(0);
        Optional<HitTest.Hit> hit = HitTest.at(l, first.x() + 3, first.y() + 18);
        assertThat(hit).containsInstanceOf(HitTest.ItemHit.class);
        assertThat(((HitTest.ItemHit) hit.orElseThrow()).item().event()).isEqualTo(first.event());
        assertThat(HitTest.at(l, 5, first.y() + 10)).isEmpty();
    }

    @Test
    void aClusterIsHitAndCoversItsEvents() {
        EventIndex index = EventIndex.of(consecutiveDays(30), THEMES);
        TimelineLayout far = layout(index, LaneMode.NONE,
                new TimeScale(LocalDate.of(2021, 1, 1).toEpochDay(), 5, 1000), 1);
        TimelineLayout.Cluster c = far.clusters().get(0);
        assertThat(HitTest.at(far, c.x() + c.width() / 2, c.y() + 5)).containsInstanceOf(HitTest.ClusterHit.class);
        assertThat(c.fromDay()).isLessThan(c.toDay());
    }

    private static List<TimelineEvent> sameDay(int n, String org) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(event(String.format("%s%02d", org, i), "2021-04-23", null, org));
        }
        return events;
    }

    @Test
    void atTheClosestZoomEventsOfTheSameDayStackInAsManyRowsAsTheyNeed() {
        List<TimelineEvent> events = new ArrayList<>(sameDay(30, "P"));
        events.addAll(sameDay(2, "Q"));
        EventIndex index = EventIndex.of(events, THEMES);
        double day = LocalDate.of(2021, 4, 23).toEpochDay();
        // the first 1,000 px of the day at the closest zoom (the day is far wider: one second a pixel)
        TimeScale closest = new TimeScale(day, TimeScale.MIN_DAYS_PER_PIXEL, 1000);
        TimelineLayout l = layout(index, LaneMode.ORGANISATION, closest, 3);
        assertThat(l.clusters()).isEmpty();
        assertThat(l.items()).hasSize(32);
        // thirty markers on the same pixels: one row each, and the lane is as tall as its thirty rows
        assertThat(l.items().stream().filter(i -> i.lane() == 0).map(TimelineLayout.Item::row).distinct())
                .hasSize(30);
        assertThat(l.lanes().get(0).rows()).isEqualTo(30);
        assertThat(l.lanes().get(0).height()).isGreaterThanOrEqualTo(30 * 26);
        assertThat(l.lanes().get(1).y()).isGreaterThanOrEqualTo(30 * 26);

        // one step out from the closest zoom the lane keeps its cap of three rows and counts the rest
        TimelineLayout out = layout(index, LaneMode.ORGANISATION, closest.zoomAt(500, 1 / 1.25), 3);
        assertThat(out.items().stream().filter(i -> i.lane() == 0)).hasSize(3);
        assertThat(out.clusters()).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(27));
    }

    @Test
    void aClusterListsExactlyTheEventsItCountsAndNoneThatIsDrawn() {
        EventIndex index = EventIndex.of(sameDay(12, "P"), THEMES);
        double day = LocalDate.of(2021, 4, 23).toEpochDay();
        TimelineLayout l = layout(index, LaneMode.NONE, new TimeScale(day - 100, 0.5, 1000), 3);
        java.util.Set<String> drawn = new java.util.TreeSet<>();
        l.items().forEach(i -> drawn.add(index.key(i.event())));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        TimelineLayout.Cluster c = l.clusters().get(0);
        for (int k = 0; k < c.events().size(); k++) {
            listed.add(index.key(c.events().get(k)));
        }
        assertThat(drawn).containsExactly("P00", "P01", "P02");
        assertThat(listed).containsExactly("P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11");
        assertThat(c.count()).isEqualTo(9);
    }

    @Test
    void aClusterOfADenseLaneListsTheEventsItCounts() {
        List<TimelineEvent> many = new ArrayList<>();
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 6000; i++) {
            many.add(event(String.format("m%05d", i), PartialDate.of(d.plusDays(i % 3000)).toString(), null, "Org"));
        }
        EventIndex index = EventIndex.of(many, THEMES);
        TimelineLayout l = layout(index, LaneMode.NONE, TimeScale.fit(index.minDay(), index.maxDay(), 1000, 10), 3);
        for (TimelineLayout.Cluster c : l.clusters()) {
            assertThat(c.events().size()).isEqualTo(c.count());
            for (int k = 0; k < c.events().size(); k++) {
                double first = index.first(c.events().get(k));
                assertThat(first).isBetween(c.fromDay(), c.toDay());
            }
        }
    }

    @Test
    void emptyLanesAreLeftOut() {
        EventIndex index = EventIndex.of(List.of(event("a", "2021", null, "X")), List.of("A", "B", "C"));
        assertThat(Lane.of(index, LaneMode.THEME, List.of("A", "B", "C"))).extracting(Lane::label).containsExactly("A");
    }

    @Test
    void overlappingFindsLongRangesThatStartedBeforeTheWindow() {
        EventIndex index = EventIndex.of(List.of(event("long", "2016", "2021", "X"), event("late", "2023", null, "X")),
                THEMES);
        int[] hits = index.overlapping(LocalDate.of(2019, 5, 1).toEpochDay(), LocalDate.of(2019, 6, 1).toEpochDay());
        assertThat(hits).containsExactly(index.indexOf("long"));
    }

    /**
     * Found by a fuzzer of the figures: in lanes by organisation an event without one was in no lane, so it was drawn
     * nowhere (window or figure) while the counts had it. It has a lane of its own, last, whatever the counts.
     */
    @Test
    void anEventWithoutAnOrganisationIsInALaneOfItsOwnLast() {
        EventIndex index = EventIndex.of(List.of(event("a", "2021-01-01", null, "WIPO"),
                event("b", "2021-02-01", null), event("c", "2021-03-01", null, "WIPO", "CNIPA"),
                event("d", "2021-04-01", null)), THEMES);
        List<Lane> lanes = Lane.of(index, LaneMode.ORGANISATION, THEMES);
        assertThat(lanes).extracting(Lane::label).containsExactly("WIPO", "CNIPA", "No organisation");
        assertThat(java.util.Arrays.stream(lanes.get(2).members()).mapToObj(index::key)).containsExactly("b", "d");
        // every event of the index is in some lane
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        lanes.forEach(l -> java.util.Arrays.stream(l.members()).forEach(placed::add));
        assertThat(placed).hasSize(index.size());
        // by theme every event here has "A": no such lane
        assertThat(Lane.of(index, LaneMode.THEME, THEMES)).extracting(Lane::label).containsExactly("A");
    }
}
