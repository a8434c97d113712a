package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;

/** The key a new event gets from its year and title: readable, and telling events of other scripts apart. */
class EventKeyTest {

    private static String key(String title) {
        return EventEdits.keyFor(new TimelineEvent("", title, null, null, DateSpan.parse("2021-04-26", null), false,
                false, null, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void latinTitlesAsBeforeAndOtherScriptsKept() {
        assertThat(key("High-Level Forum on IP Protection, Beijing")).isEqualTo("2021-high-level-forum-on-ip-protection-beijing");
        assertThat(key("Réunion à Genève: l'OMPI")).isEqualTo("2021-reunion-a-geneve-l-ompi");
        // found by a fuzzer: every Chinese title was "2021-event", "2021-event-2", …
        assertThat(key("上海知识产权论坛开幕")).isEqualTo("2021-上海知识产权论坛开幕");
        assertThat(key("WIPO中国办事处 在上海")).isEqualTo("2021-wipo中国办事处-在上海");
        assertThat(key("東京地方裁判所が特許侵害を認めた判決について詳しく")).hasSize(5 + 16)
                .isEqualTo("2021-東京地方裁判所が特許侵害を認めた");
        assertThat(key("!!!")).isEqualTo("2021-event");
    }
}
