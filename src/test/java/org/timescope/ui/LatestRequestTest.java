package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: in the export dialog a slow preview of older settings could replace the newer one. The previews
 * finish here in the order a slow machine finishes them (the older last), by hand, without threads or sleeps.
 */
class LatestRequestTest {

    @Test
    void aSlowPreviewOfOlderSettingsFinishingLastIsNotShown() {
        LatestRequest previews = new LatestRequest();
        List<String> shown = new ArrayList<>();
        Consumer<String> older = previews.onlyIfLatest(previews.next(), shown::add); // width 1600
        Consumer<String> newer = previews.onlyIfLatest(previews.next(), shown::add); // width 2400, chosen after
        newer.accept("preview at 2400 px");
        older.accept("preview at 1600 px"); // the slow one arrives last
        assertThat(shown).containsExactly("preview at 2400 px");
    }

    @Test
    void whenThePreviewsFinishInOrderOnlyTheNewestIsShownAfterTheNewerRequest() {
        LatestRequest previews = new LatestRequest();
        List<String> shown = new ArrayList<>();
        Consumer<String> first = previews.onlyIfLatest(previews.next(), shown::add);
        first.accept("first");
        Consumer<String> second = previews.onlyIfLatest(previews.next(), shown::add);
        first.accept("first again"); // a late duplicate of the old request
        second.accept("second");
        assertThat(shown).containsExactly("first", "second");
    }
}
