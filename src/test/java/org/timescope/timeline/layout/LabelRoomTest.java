package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;

/**
 * Where labels go: a bar that began before the view keeps its label, at the view's left edge; a long title takes
 * the free room beside it. Text is measured at 7 px a character, so expected widths are counted by hand.
 */
class LabelRoomTest {

    private static final LayoutEngine ENGINE = new LayoutEngine(TextMeasurer.fixed(7));

    private static TimelineEvent event(String key, String title, String start, String end) {
        return new TimelineEvent(key, title, null, null, DateSpan.parse(start, end), false, false, null,
                List.of(), List.of(), List.of("A"), List.of(), List.of());
    }

    private static TimelineLayout.Item only(List<TimelineEvent> events, TimeScale scale, String key) {
        return item(events, scale, key, 5);
    }

    private static TimelineLayout.Item item(List<TimelineEvent> events, TimeScale scale, String key, int rows) {
        EventIndex index = EventIndex.of(events, List.of("A"));
        TimelineLayout layout = ENGINE.layout(index, Lane.of(index, LaneMode.NONE, List.of("A")), scale,
                LayoutOptions.defaults(rows));
        return layout.items().stream().filter(i -> index.key(i.event()).equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aBarStartingLeftOfTheViewHasItsLabelAtTheLeftEdge() {
        // Postgraduates 2016–2021, viewed from 2019: the bar runs on from before the view
        TimelineEvent e = event("p", "Postgraduates of the college", "2016", "2021");
        double from = java.time.LocalDate.of(2019, 1, 1).toEpochDay();
        TimeScale scale = new TimeScale(from, 2, 1000);
        TimelineLayout.Item item = only(List.of(e), scale, "p");
        assertThat(item.x()).isNegative();
        assertThat(item.labelX()).isZero();
        // "Postgraduates of the college" is 28 characters: 196 px + 4 of padding, all of it shown
        assertThat(item.labelWidth()).isEqualTo(200);
    }

    @Test
    void aLongTitleUsesTheRoomBesideIt() {
        String title = "A".repeat(80); // 560 px + 4: more than the 320 px a label was once cut to
        TimelineEvent e = event("long", title, "2021-06-11", null);
        TimeScale scale = new TimeScale(java.time.LocalDate.of(2021, 6, 1).toEpochDay(), 1, 1200);
        TimelineLayout.Item item = only(List.of(e), scale, "long");
        assertThat(item.labelWidth()).isEqualTo(564);
    }

    @Test
    void aLongTitleStopsBeforeTheNextEventOfItsRow() {
        TimelineEvent first = event("a", "A".repeat(80), "2021-06-01", null);
        TimelineEvent next = event("b", "Next", "2021-07-11", null); // 40 days on: 400 px at 10 px a day
        TimeScale scale = new TimeScale(java.time.LocalDate.of(2021, 5, 30).toEpochDay(), 0.1, 1200);
        // one row: the next event is beside it, 400 px on; 8 px of gap before it
        TimelineLayout.Item a = item(List.of(first, next), scale, "a", 1);
        TimelineLayout.Item b = item(List.of(first, next), scale, "b", 1);
        assertThat(b.row()).isEqualTo(a.row());
        assertThat(a.labelX() + a.labelWidth()).isCloseTo(b.x() - 8, org.assertj.core.data.Offset.offset(0.01));
    }
}
