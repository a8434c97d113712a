package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.timescope.render.SeriesPainter;

/**
 * Issue 13: with two statistics strips the timeline kept little height. The strips get at most their share of
 * what the timeline box leaves after the overview band and legend; the rest of them scrolls. Figures are the
 * window's: a strip is 64 px, the overview band about 45 px and the legend 36–60 px.
 */
class StripsShareTest {

    @Test
    void twoStripsAtEightHundredByFiveHundredLeaveTheTimelineMostOfItsBox() {
        double box = 200; // the timeline box's minimum, what it gets at 800×500
        double others = 45 + 36;
        double strips = Math.min(2 * SeriesPainter.STRIP_HEIGHT, PaneSizes.stripsMax(box, others));
        assertThat(strips).isEqualTo(48); // most of one strip; the other scrolls
        assertThat(box - others - strips).isGreaterThanOrEqualTo(70); // before: 200 − 81 − 128 < 0
    }

    @Test
    void aStripIsNeverCutInHalfWhenOneFits() {
        assertThat(PaneSizes.stripsMax(420, 105)).isEqualTo(64); // a share of 94.5 px: one strip, the rest scrolls
    }

    @Test
    void atSixteenHundredByAThousandTheStripsTakeAtMostAThirdOfTheTimelinesRoom() {
        double box = 560;
        double others = 45 + 60;
        double max = PaneSizes.stripsMax(box, others);
        assertThat(max).isEqualTo(128); // a share of 136.5 px holds two whole 64 px strips
        assertThat(Math.min(2 * SeriesPainter.STRIP_HEIGHT, max)).isEqualTo(128); // two strips still show whole
        assertThat(Math.min(4 * SeriesPainter.STRIP_HEIGHT, max)).isEqualTo(max); // four scroll
    }
}
