package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.EventFilter;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * Chinese and Japanese are written without spaces between words: a search for a word finds it inside a longer
 * run of characters (decision 0054), whichever way the event was written — one at a time, by a large load into an
 * empty collection (its search index built on a side thread), by a large load into a filled one — and in a
 * collection written before schema 8, once it is opened.
 */
class IdeographSearchTest {

    @TempDir
    Path dir;

    private static final Source ARTICLE = new Source("sh-news", "上海新闻", null, null, null, null, null, "sh.txt", null);

    private static TimelineEvent event(String key, String title, String summary, String quote) {
        return new TimelineEvent(key, title, summary, null, DateSpan.of(new PartialDate(2021, 4, 26)), false, false,
                null, List.of(), List.of(new OrganisationRole("上海市知识产权局", null)), List.of("知识产权保护"),
                List.of(), quote == null ? List.of() : List.of(new Evidence("sh-news", quote, -1, -1)));
    }

    /** Three events: a Chinese title, a Japanese summary, an English title with a Chinese quote. */
    private static List<TimelineEvent> events(String prefix) {
        return List.of(
                event(prefix + "forum", "上海知识产权论坛开幕", null, null),
                event(prefix + "court", "IP court ruling", "東京地方裁判所が特許侵害を認めた", null),
                event(prefix + "wipo", "WIPO office opens", null, "世界知识产权组织中国办事处在上海设立"));
    }

    /** Keys of the events a search finds, in date then key order. */
    private static List<String> found(EventRepository events, String text) {
        return events.find(EventFilter.ALL.withText(text)).stream().map(TimelineEvent::key).sorted().toList();
    }

    private static void assertWordsInsideRunsAreFound(EventRepository events, String p) {
        assertThat(found(events, "论坛")).containsExactly(p + "forum");          // the end of a run
        assertThat(found(events, "上海")).containsExactly(p + "forum", p + "wipo"); // its start; and in a quote
        assertThat(found(events, "知识产权")).containsExactly(p + "forum", p + "wipo");
        assertThat(found(events, "裁判所")).containsExactly(p + "court");        // kanji, in a summary
        assertThat(found(events, "特許 侵害")).containsExactly(p + "court");      // every word must appear
        assertThat(found(events, "上海 court")).isEmpty();                      // … in one event
        assertThat(found(events, "上海论坛")).isEmpty();                        // characters in this order only
        assertThat(found(events, "论*")).containsExactly(p + "forum");
        assertThat(found(events, "office")).containsExactly(p + "wipo");         // Latin words as before
    }

    @Test
    void eventsWrittenOneAtATimeAreFoundByAWordInsideARun() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            new DatasetWriter(db).write(new Dataset(List.of(new Theme("知识产权保护", null)),
                    List.of(new Organisation("上海市知识产权局", null, List.of(), null, OrganisationKind.GOVERNMENT_BODY, null)), List.of(), List.of(ARTICLE),
                    events("a-"), List.of()));
            assertWordsInsideRunsAreFound(new EventRepository(db), "a-");
        }
    }

    @Test
    void aLargeLoadIntoAnEmptyAndThenAFilledCollectionIsFoundTheSameWay() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            // "expected" above 50,000 takes the large load's path; into an empty index, it is built on the side
            try (BulkEventWriter bulk = new BulkEventWriter(db, ARTICLE, "note", 60_000, null)) {
                events("side-").forEach(bulk::add);
                assertThat(bulk.finish().added()).isEqualTo(3);
            }
            try (BulkEventWriter bulk = new BulkEventWriter(db, ARTICLE, "note", 60_000, null)) {
                events("direct-").forEach(bulk::add);
                assertThat(bulk.finish().added()).isEqualTo(3);
            }
            EventRepository events = new EventRepository(db);
            assertThat(found(events, "论坛")).containsExactly("direct-forum", "side-forum");
            assertThat(found(events, "裁判所")).containsExactly("direct-court", "side-court");
            assertThat(found(events, "中国办事处")).containsExactly("direct-wipo", "side-wipo");
        }
    }

    /**
     * db/fixtures/v7-chinese.db was written by Timescope at schema 7 (importing two rows of Chinese CSV); there,
     * "论坛" found nothing. Opening it indexes those events again.
     */
    @Test
    void aCollectionWrittenBeforeSchema8IsSearchableInsideRunsOnceOpened() throws Exception {
        Path file = dir.resolve("v7-chinese.db");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/v7-chinese.db")) {
            Files.copy(in, file);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.migration().from()).isEqualTo(7);
            EventRepository events = new EventRepository(db);
            assertThat(found(events, "论坛")).containsExactly("shanghai-ip-forum-2021");
            assertThat(found(events, "上海")).containsExactly("shanghai-ip-forum-2021", "wipo-shanghai-office");
            assertThat(found(events, "联络点")).containsExactly("wipo-shanghai-office");
            assertThat(found(events, "举行")).containsExactly("shanghai-ip-forum-2021"); // in its summary
            assertThat(found(events, "WIPO")).containsExactly("wipo-shanghai-office");
        }
    }
}
