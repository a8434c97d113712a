package org.timescope.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.Era;

/** Overlapping eras get label rows of their own; eras outside the view get no band. */
class EraBandsTest {

    private static Era era(String name, String start, String end) {
        return new Era(name, name, DateSpan.parse(start, end), null, null, null, null, List.of());
    }

    /** One pixel per day from 1 January 2020, 1,000 pixels wide (to late September 2022). */
    private static final TimeScale SCALE = new TimeScale(LocalDate.of(2020, 1, 1).toEpochDay(), 1, 1000);

    @Test
    void overlappingErasStackTheirLabelsAndSeparateOnesShareARow() {
        List<Era> eras = List.of(era("Plan A", "2020", "2021"), era("Outline B", "2020-06", "2022"),
                era("Plan C", "2022-03", "2022-06"), era("Before", "2010", "2011"));
        List<EraBands.Band> bands = EraBands.layout(eras, SCALE, TextMeasurer.fixed(7));
        assertThat(bands).extracting(EraBands.Band::era).containsExactly(0, 1, 2); // "Before" is out of view
        EraBands.Band a = bands.get(0);
        assertThat(a.x0()).isEqualTo(0);
        assertThat(a.x1()).isEqualTo(731); // 2020 (366 days) and 2021 (365 days)
        assertThat(a.row()).isEqualTo(0);
        // B starts 1 June 2020 (day 152): its label (from x 156) is clear of A's (4 to 46): same row
        assertThat(bands.get(1).row()).isEqualTo(0);
        assertThat(bands.get(1).labelX()).isEqualTo(156);
        // C starts 1 March 2022 (day 790) and B's band still runs: B's label ended long before, so row 0 again
        assertThat(bands.get(2).row()).isEqualTo(0);
        assertThat(bands.get(2).x1()).isEqualTo(912); // to the end of June 2022: 366 + 365 + 181 days
        assertThat(bands.get(1).x1()).isEqualTo(1000); // B runs to the end of 2022: clipped to the view
    }

    @Test
    void labelsThatWouldTouchGoOnTheNextRow() {
        List<Era> eras = List.of(era("A long era name", "2020", "2021"), era("Second", "2020-01-15", "2020-12"),
                era("Third", "2020-01-20", "2020-02"));
        List<EraBands.Band> bands = EraBands.layout(eras, SCALE, TextMeasurer.fixed(7));
        assertThat(bands).extracting(EraBands.Band::row).containsExactly(0, 1, 2);
        assertThat(EraBands.rows(bands)).isEqualTo(3);
    }

    @Test
    void aNameNearTheRightEdgeIsCutShortInsideTheViewAndOneWithNoRoomIsLeftOut() {
        // 7 px a letter: "Shanghai IP strategy (Shanghai)" is 31 letters, 217 px
        List<Era> eras = List.of(era("Shanghai IP strategy (Shanghai)", "2022-07-01", "2024"),
                era("Late plan", "2022-09-20", "2023"));
        List<EraBands.Band> bands = EraBands.layout(eras, SCALE, TextMeasurer.fixed(7));
        // 1 July 2022 is day 912: the label starts at 916 and may run to 996 (4 px short of the edge at 1,000)
        assertThat(bands.get(0).labelX()).isEqualTo(916);
        assertThat(bands.get(0).labelWidth()).isEqualTo(80);
        // 20 September 2022 is day 993: the name would start at 997, with no room before the edge: none is drawn
        assertThat(bands.get(1).labelWidth()).isZero();
    }

    private static Era scoped(String name, String organisation, String theme) {
        return new Era(name, name, DateSpan.parse("2020", "2021"), null, organisation, theme, null, List.of());
    }

    private static Lane lane(String label) {
        return new Lane(label, new int[] {0});
    }

    @Test
    void anEraWhoseOwnLaneAFilterEmptiedIsLeftOutOverLanesOfItsKindOnly() {
        Era all = scoped("All", null, null);
        Era copyright = scoped("Copyright era", null, "Copyright");
        Era judicial = scoped("Judicial era", null, "judicial protection"); // names match whatever their case
        Era wipo = scoped("WIPO era", "WIPO", null);
        List<Era> eras = List.of(all, copyright, judicial, wipo);
        // lanes by theme, the Copyright lane emptied by a filter: its era has nothing to cover
        assertThat(EraBands.over(eras, LaneMode.THEME, List.of(lane("Judicial protection"), lane("Policy"))))
                .containsExactly(all, judicial, wipo);
        // lanes by organisation: the theme eras cover every lane; the WIPO era only when WIPO has a lane
        assertThat(EraBands.over(eras, LaneMode.ORGANISATION, List.of(lane("CNIPA"))))
                .containsExactly(all, copyright, judicial);
        assertThat(EraBands.over(eras, LaneMode.ORGANISATION, List.of(lane("CNIPA"), lane("WIPO"))))
                .containsExactly(all, copyright, judicial, wipo);
        // no lanes: every era covers the one lane of all events
        assertThat(EraBands.over(eras, LaneMode.NONE, List.of(lane("All events")))).containsExactly(all, copyright,
                judicial, wipo);
    }
}
