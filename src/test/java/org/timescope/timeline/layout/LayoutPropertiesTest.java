package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;
import org.timescope.model.TimelineEvent;

/**
 * The layout's promises to the reader, over generated collections (years, months, days and ranges, crowded
 * or spread, in several organisations and themes), views (any start, zoom and width) and options (row caps,
 * density limits): in a lane no two drawn boxes overlap; every event the view shows is either drawn or
 * counted in exactly one "+N" badge whose range holds it, and no badge counts an event twice or one that is
 * drawn; a drawn event sits where its dates are. What is expected is worked out here from the events
 * themselves (java.time epoch days, their organisations and themes), not read from the index or the engine.
 */
class LayoutPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);
    private static final List<String> ORGS = List.of("A", "B", "C", "D");
    private static final List<String> THEMES = List.of("T1", "T2", "T3");
    private static final TextMeasurer MEASURER = TextMeasurer.fixed(7);

    /** One generated case: the events, how they are split into lanes, the view and the options. */
    record Case(List<TimelineEvent> events, LaneMode mode, TimeScale scale, LayoutOptions options) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(mode + " " + scale + " rows " + options.maxRows() + " density "
                    + options.densityLimit() + "\n");
            for (TimelineEvent e : events) {
                b.append("  ").append(e.key()).append(' ').append(e.when().start()).append("..")
                        .append(e.when().end()).append(' ').append(e.organisationNames()).append(' ')
                        .append(e.themes()).append(" '").append(e.title()).append("'\n");
            }
            return b.toString();
        }

        TimelineLayout layout() {
            EventIndex index = EventIndex.of(events, THEMES);
            return new LayoutEngine(MEASURER).layout(index, Lane.of(index, mode, THEMES), scale, options);
        }

        EventIndex index() {
            return EventIndex.of(events, THEMES);
        }
    }

    // ---- generators ----

    /** Calendar precisions: a time of day draws as its day at every zoom these layouts use. */
    private static final List<Precision> CALENDAR = java.util.Arrays.stream(Precision.values()).filter(p -> !p.timed())
            .toList();

    private static Arbitrary<PartialDate> dateNear(LocalDate day) {
        return Arbitraries.of(CALENDAR).map(p -> PartialDate.of(day).truncatedTo(p));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> offset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 4 * 365)), // spread over four years
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(700, 712))); // a crowded fortnight
        Arbitrary<TimelineEvent> event = Combinators.combine(
                offset.flatMap(o -> dateNear(BASE.plusDays(o))),
                Arbitraries.integers().between(0, 900).injectNull(0.6),
                Arbitraries.of(CALENDAR),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(50),
                Arbitraries.subsetOf(ORGS).ofMaxSize(2),
                Arbitraries.subsetOf(THEMES).ofMaxSize(2))
                .as((start, length, endPrecision, title, orgs, themes) -> {
                    PartialDate end = length == null ? null
                            : PartialDate.of(start.firstDay().plusDays(length)).truncatedTo(endPrecision);
                    List<OrganisationRole> roles = orgs.stream().sorted().map(o -> new OrganisationRole(o, null)).toList();
                    return new TimelineEvent("k", title, null, null, new DateSpan(start, end), false, false, null,
                            List.of(), roles, themes.stream().sorted().toList(), List.of(), List.of());
                });
        Arbitrary<List<TimelineEvent>> events = event.list().ofMaxSize(70).map(LayoutPropertiesTest::keyed);
        Arbitrary<TimeScale> scale = Combinators.combine(
                Arbitraries.doubles().between(-300, 1700),
                Arbitraries.oneOf(Arbitraries.of(0.02, 0.25, 1.0, 3.0, 10.0, 40.0), Arbitraries.doubles().between(0.01, 60)),
                Arbitraries.integers().between(200, 1600))
                .as((start, dpp, width) -> new TimeScale(BASE.toEpochDay() + start, dpp, width));
        Arbitrary<LayoutOptions> options = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.of(2, 8, 1500)).as((rows, density) -> {
                    LayoutOptions d = LayoutOptions.defaults(rows);
                    return new LayoutOptions(d.rowHeight(), d.maxRows(), d.minLabel(), d.maxLabel(), d.gap(),
                            d.markerSize(), d.clusterWidth(), density, d.minLaneHeight());
                });
        return Combinators.combine(events, Arbitraries.of(LaneMode.values()), scale, options).as(Case::new);
    }

    private static List<TimelineEvent> keyed(List<TimelineEvent> events) {
        List<TimelineEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            out.add(new TimelineEvent(String.format("e%03d", i), e.title(), null, null, e.when(), false, false, null,
                    List.of(), e.organisations(), e.themes(), List.of(), List.of()));
        }
        return out;
    }

    // ---- what the reader expects, from the events themselves ----

    /** The events of a lane: all of them, or those naming the lane's organisation or theme. */
    private static boolean inLane(TimelineEvent e, LaneMode mode, String label) {
        return switch (mode) {
            case NONE -> true;
            // an event without any is in the last lane, "No organisation" ("No theme")
            case ORGANISATION -> label.equals("No organisation") ? e.organisationNames().isEmpty()
                    : e.organisationNames().contains(label);
            case THEME -> label.equals("No theme") ? e.themes().isEmpty() : e.themes().contains(label);
        };
    }

    private static double firstDay(TimelineEvent e) {
        return e.when().firstDay().toEpochDay();
    }

    /** The day after the event's last day: an event covers [firstDay, endDay). */
    private static double endDay(TimelineEvent e) {
        return e.when().lastDay().toEpochDay() + 1;
    }

    private static boolean inView(TimelineEvent e, TimeScale s) {
        return firstDay(e) < s.endDay() && endDay(e) > s.startDay();
    }

    // ---- properties ----

    @Property(tries = 200)
    void noTwoDrawnBoxesOverlapInALaneAndEachStaysInItsLane(@ForAll("cases") Case c) {
        TimelineLayout l = c.layout();
        EventIndex index = c.index();
        double h = l.rowHeight();
        List<double[]> boxes = new ArrayList<>(); // lane, left, right, top, what (index into descriptions)
        List<String> what = new ArrayList<>();
        for (TimelineLayout.Item i : l.items()) {
            boxes.add(new double[] {i.lane(), i.x(), i.right(), i.y()});
            what.add("event " + index.key(i.event()) + " " + i);
        }
        for (TimelineLayout.Cluster k : l.clusters()) {
            boxes.add(new double[] {k.lane(), k.x(), k.x() + k.width(), k.y()});
            what.add("badge " + k);
        }
        for (int a = 0; a < boxes.size(); a++) {
            double[] p = boxes.get(a);
            TimelineLayout.LaneBox lane = l.lanes().get((int) p[0]);
            if (p[3] < lane.y() || p[3] + h > lane.y() + lane.height() || !(p[2] > p[1])) {
                fail("%s is not a box inside its lane %s", what.get(a), lane);
            }
            for (int b = a + 1; b < boxes.size(); b++) {
                double[] q = boxes.get(b);
                if (p[0] == q[0] && p[1] < q[2] && q[1] < p[2] && p[3] < q[3] + h && q[3] < p[3] + h) {
                    fail("%s overlaps %s", what.get(a), what.get(b));
                }
            }
        }
        for (int k = 1; k < l.lanes().size(); k++) {
            TimelineLayout.LaneBox above = l.lanes().get(k - 1);
            assertThat(l.lanes().get(k).y()).as("lanes are stacked").isGreaterThanOrEqualTo(above.y() + above.height());
        }
    }

    @Property(tries = 200)
    void everyEventInViewIsDrawnOrCountedInExactlyOneBadge(@ForAll("cases") Case c) {
        TimelineLayout l = c.layout();
        EventIndex index = c.index();
        Map<String, TimelineEvent> byKey = new HashMap<>();
        c.events().forEach(e -> byKey.put(e.key(), e));
        if (c.mode() == LaneMode.NONE) {
            assertThat(l.lanes()).as("one lane for all events").hasSize(c.events().isEmpty() ? 0 : 1);
        } else {
            Set<String> expectedLanes = new LinkedHashSet<>();
            c.events().forEach(e -> expectedLanes.addAll(c.mode() == LaneMode.ORGANISATION ? e.organisationNames() : e.themes()));
            if (c.events().stream().anyMatch(e -> (c.mode() == LaneMode.ORGANISATION ? e.organisationNames() : e.themes())
                    .isEmpty())) {
                expectedLanes.add(c.mode() == LaneMode.ORGANISATION ? "No organisation" : "No theme");
            }
            assertThat(l.lanes()).extracting(TimelineLayout.LaneBox::label)
                    .as("one lane for each organisation or theme that has events, and one for the events without")
                    .containsExactlyInAnyOrderElementsOf(expectedLanes);
        }
        for (int lane = 0; lane < l.lanes().size(); lane++) {
            String label = l.lanes().get(lane).label();
            int laneNo = lane;
            List<String> drawn = l.items().stream().filter(i -> i.lane() == laneNo).map(i -> index.key(i.event())).toList();
            assertThat(new HashSet<>(drawn)).as("no event drawn twice in lane %s", label).hasSize(drawn.size());
            assertThat(drawn).as("drawn in lane %s: only its events", label)
                    .allMatch(k -> inLane(byKey.get(k), c.mode(), label));
            List<TimelineEvent> undrawn = c.events().stream()
                    .filter(e -> inLane(e, c.mode(), label) && !drawn.contains(e.key())).toList();
            List<TimelineEvent> mustBeCounted = undrawn.stream().filter(e -> inView(e, c.scale())).toList();
            List<TimelineLayout.Cluster> badges = l.clusters().stream().filter(k -> k.lane() == laneNo).toList();
            int counted = badges.stream().mapToInt(TimelineLayout.Cluster::count).sum();
            assertThat(badges).as("badges of lane %s count something", label).allMatch(k -> k.count() > 0);
            // each badge's count is a set of distinct undrawn events of the lane that start in its range, and
            // the badges together can take every undrawn event in view (a matching of events to badge slots)
            assertThat(matched(mustBeCounted, badges)).as("undrawn events in view of lane %s %s counted in %s",
                    label, keys(mustBeCounted), badges).isEqualTo(mustBeCounted.size());
            assertThat(matched(undrawn, badges)).as("badges of lane %s %s count only distinct undrawn events %s",
                    label, badges, keys(undrawn)).isEqualTo(counted);
            long inViewOfLane = c.events().stream().filter(e -> inLane(e, c.mode(), label) && inView(e, c.scale())).count();
            assertThat((long) drawn.size() + counted).as("drawn + counted in lane %s", label).isGreaterThanOrEqualTo(inViewOfLane);
        }
    }

    @Property(tries = 200)
    void aDrawnEventIsWhereItsDatesAre(@ForAll("cases") Case c) {
        TimelineLayout l = c.layout();
        EventIndex index = c.index();
        TimeScale s = c.scale();
        for (TimelineLayout.Item i : l.items()) {
            TimelineEvent e = index.event(i.event()); // built from records: the event itself
            double from = (firstDay(e) - s.startDay()) / s.daysPerPixel();
            double to = (endDay(e) - s.startDay()) / s.daysPerPixel();
            if (i.point()) {
                assertThat(to - from).as("%s is a marker only when narrower than one", e.key()).isLessThan(c.options().markerSize());
                assertThat(i.x() + i.barWidth() / 2).as("%s marker centred on its dates", e.key())
                        .isCloseTo((from + to) / 2, org.assertj.core.data.Offset.offset(1e-6));
            } else {
                assertThat(to - from).as("%s is a bar only when as wide as a marker", e.key())
                        .isGreaterThanOrEqualTo(c.options().markerSize());
                assertThat(i.x()).as("%s bar starts on its first day", e.key()).isCloseTo(from, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(i.x() + i.barWidth()).as("%s bar ends after its last day", e.key())
                        .isCloseTo(to, org.assertj.core.data.Offset.offset(1e-6));
            }
            assertThat(i.labelWidth()).as("a label never runs past the view's right edge")
                    .satisfiesAnyOf(w -> assertThat(w).isZero(), w -> assertThat(i.labelX() + w).isLessThanOrEqualTo(s.width() + 1e-9));
        }
    }

    /** Stacking is deterministic: the same events in any order give the same picture. */
    /**
     * The window lays out only the lanes its scrolled view shows (decision 0038): for any band of the lanes
     * area, the lanes it overlaps get exactly the items and clusters of the whole layout, and every lane keeps
     * the box (y, height, rows) the whole layout gives it, so the scroll range and the lanes' places agree.
     */
    @Property(tries = 200)
    void aBandOfTheLanesGetsWhatTheWholeLayoutGivesIt(@ForAll("cases") Case c,
                                                       @ForAll @net.jqwik.api.constraints.DoubleRange(min = -50, max = 600) double top,
                                                       @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 400) double height) {
        EventIndex index = c.index();
        List<Lane> lanes = Lane.of(index, c.mode(), THEMES);
        LayoutEngine engine = new LayoutEngine(MEASURER);
        TimelineLayout whole = new LayoutEngine(MEASURER).layout(index, lanes, c.scale(), c.options());
        TimelineLayout band = engine.layout(index, lanes, c.scale(), c.options(), top, top + height);
        assertThat(band.lanes()).isEqualTo(whole.lanes());
        assertThat(band.contentHeight()).isEqualTo(whole.contentHeight());
        Set<Integer> shown = new HashSet<>();
        for (int l = 0; l < whole.lanes().size(); l++) {
            TimelineLayout.LaneBox box = whole.lanes().get(l);
            if (box.y() + box.height() > top && box.y() < top + height) {
                shown.add(l);
            }
        }
        assertThat(band.items()).isEqualTo(whole.items().stream().filter(i -> shown.contains(i.lane())).toList());
        assertThat(band.clusters()).isEqualTo(whole.clusters().stream().filter(k -> shown.contains(k.lane())).toList());
        // the same engine again, with the lanes' counts kept from the frame before
        assertThat(engine.layout(index, lanes, c.scale(), c.options())).isEqualTo(whole);
    }

    @Property(tries = 100)
    void theSameEventsInAnotherOrderGiveTheSameLayout(@ForAll("cases") Case c, @ForAll long seed) {
        List<TimelineEvent> shuffled = new ArrayList<>(c.events());
        Collections.shuffle(shuffled, new java.util.Random(seed));
        Case other = new Case(shuffled, c.mode(), c.scale(), c.options());
        assertThat(other.layout()).isEqualTo(c.layout());
    }

    // ---- matching events to badge slots ----

    /** The most events that can each take a distinct slot of a badge whose range holds the event's first day. */
    private static int matched(List<TimelineEvent> events, List<TimelineLayout.Cluster> badges) {
        List<Integer> slotBadge = new ArrayList<>();
        for (int b = 0; b < badges.size(); b++) {
            for (int n = 0; n < badges.get(b).count(); n++) {
                slotBadge.add(b);
            }
        }
        int[] slotOwner = new int[slotBadge.size()];
        Arrays.fill(slotOwner, -1);
        int count = 0;
        for (int e = 0; e < events.size(); e++) {
            if (augment(e, events, badges, slotBadge, slotOwner, new boolean[slotBadge.size()])) {
                count++;
            }
        }
        return count;
    }

    private static boolean augment(int e, List<TimelineEvent> events, List<TimelineLayout.Cluster> badges,
                                   List<Integer> slotBadge, int[] slotOwner, boolean[] seen) {
        double first = firstDay(events.get(e));
        for (int s = 0; s < slotBadge.size(); s++) {
            TimelineLayout.Cluster k = badges.get(slotBadge.get(s));
            if (seen[s] || first < k.fromDay() || first >= k.toDay()) {
                continue;
            }
            seen[s] = true;
            if (slotOwner[s] < 0 || augment(slotOwner[s], events, badges, slotBadge, slotOwner, seen)) {
                slotOwner[s] = e;
                return true;
            }
        }
        return false;
    }

    private static List<String> keys(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::key).toList();
    }
}
