package org.timescope.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/** Each timeline format, with the things real files contain. */
class ImportFormatsTest {

    static String fixture(String name) {
        try (InputStream in = ImportFormatsTest.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimelineEvent titled(Dataset d, String title) {
        return d.events().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + title + "' in " + d.events().stream().map(TimelineEvent::title).toList()));
    }

    @Test
    void timelineJsKeepsPrecisionStripsHtmlAndKeepsLinks() {
        Dataset d = TimelineJsReader.read(fixture("timelinejs.json"), "t/timelinejs.json", ImportOptions.DEFAULT);
        TimelineEvent forum = titled(d, "Forum & agreement");
        assertThat(forum.key()).isEqualTo("forum-2021");
        // the fixture's start_date has "hour": "14", "minute": "30": kept to the minute
        assertThat(forum.when().start()).isEqualTo(new PartialDate(2021, 6, 11, 14, 30, -1, null));
        assertThat(forum.when().start().toString()).isEqualTo("2021-06-11T14:30");
        assertThat(forum.summary()).contains("Signed at the hall (https://example.org/a); café talks.")
                .contains("Media: The signing — Photo: Li Wei — https://example.org/p.jpg");
        assertThat(forum.themes()).containsExactly("Cooperation");
        assertThat(titled(d, "College founded").when().start()).isEqualTo(PartialDate.ofYear(2016));
        TimelineEvent offices = titled(d, "Offices set up in Pudong and Xuhui");
        assertThat(offices.when().start()).isEqualTo(PartialDate.of(2021, 1));
        assertThat(offices.when().end()).isNull();
        TimelineEvent antiquity = titled(d, "Wars of antiquity");
        assertThat(antiquity.when().start().year()).isEqualTo(-500);
        assertThat(antiquity.dateNote()).contains("c. 500 BCE");
        assertThat(titled(d, "Ren Hongbin (任洪斌) speaks in Zürich").when().start()).isEqualTo(PartialDate.of(2022, 11, 18));
        // the file's "eras" list (one: 2016–2020) gives an era, not an event
        assertThat(d.eras()).singleElement().satisfies(era -> {
            assertThat(era.name()).isEqualTo("13th Five-Year Plan");
            assertThat(era.when().start()).isEqualTo(PartialDate.ofYear(2016));
            assertThat(era.when().end()).isEqualTo(PartialDate.ofYear(2020));
        });
        assertThat(d.events()).hasSize(5); // 6 in "events"; the duplicate "College founded" is kept once
        assertThat(d.themes()).extracting(t -> t.name()).containsExactly("Cooperation", "Education");
    }

    @Test
    void timelineJsGroupsCanBecomeOrganisations() {
        Dataset d = TimelineJsReader.read(fixture("timelinejs.json"), "t.json",
                new ImportOptions(ImportOptions.GroupAs.ORGANISATION, Map.of(), null));
        assertThat(titled(d, "College founded").organisationNames()).containsExactly("Education");
        assertThat(d.themes()).isEmpty();
    }

    @Test
    void yearsTimescopeCannotStoreAreRefusedByRecordAndField() {
        String cosmic = "{\"events\":[{\"start_date\":{\"year\":\"2000\"},\"text\":{\"headline\":\"ok\"}},"
                + "{\"start_date\":{\"year\":\"-13800000000\"},\"text\":{\"headline\":\"Big Bang\"}}]}";
        assertThatThrownBy(() -> TimelineJsReader.read(cosmic, "cosmos.json", ImportOptions.DEFAULT))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("cosmos.json: events[1].start_date: year -13800000000 is beyond the ±999999 years Timescope can store");
    }

    @Test
    void theGoogleSheetTemplateSurvivesLineBreaksInCellsShortRowsAndTitleRows() {
        Dataset d = TimelineJsCsvReader.read(fixture("timelinejs-sheet.csv"), "sheet.csv", ImportOptions.DEFAULT);
        assertThat(d.events()).extracting(TimelineEvent::title)
                .containsExactly("High-level Forum", "Month event", "Short row");
        TimelineEvent forum = titled(d, "High-level Forum");
        assertThat(forum.summary()).isEqualTo("The forum was held in Beijing, with two \"parallel\" sessions.");
        assertThat(forum.when().start().toString()).isEqualTo("2021-04-23T09:00"); // Day 23, Time 09:00
        assertThat(titled(d, "Month event").when().start()).isEqualTo(PartialDate.of(2021, 6));
        // the row of Type "era" (2019 to 2021) is an era
        assertThat(d.eras()).singleElement().satisfies(era -> {
            assertThat(era.name()).isEqualTo("Era of plans");
            assertThat(era.when().end()).isEqualTo(PartialDate.ofYear(2021));
        });
    }

    @Test
    void theTimelineAppsXmlGivesEventsCategoriesAndEras() {
        Dataset d = TimelineXmlReader.read(fixture("sample.timeline"), "sample.timeline", ImportOptions.DEFAULT);
        assertThat(d.events()).extracting(TimelineEvent::title)
                .containsExactly("Forum held", "Offices set up", "Programme running");
        // <era><name>Plan period</name><start>2021-01-01 …</start><end>2025-12-31 …</end><color>200,200,200</color>
        assertThat(d.eras()).singleElement().satisfies(era -> {
            assertThat(era.name()).isEqualTo("Plan period");
            assertThat(era.when().start()).isEqualTo(PartialDate.of(2021, 1, 1));
            assertThat(era.when().end()).isEqualTo(PartialDate.of(2025, 12, 31));
            assertThat(era.colour()).isEqualTo("#c8c8c8");
        });
        TimelineEvent forum = titled(d, "Forum held");
        assertThat(forum.when().end()).isNull();
        assertThat(forum.summary()).isEqualTo("Jointly held & well attended.");
        assertThat(forum.themes()).containsExactly("Courts");
        TimelineEvent offices = titled(d, "Offices set up");
        assertThat(offices.approximate()).isTrue();
        // <start>2021-01-01 09:30:00</start>: the time is kept (to the minute, as the app edits it)
        assertThat(offices.when().start().toString()).isEqualTo("2021-01-01T09:30");
        assertThat(offices.when().end().toString()).isEqualTo("2021-01-31");
        assertThat(titled(d, "Programme running").dateNote()).contains("ends today");
        assertThat(d.themes().get(0).description()).contains("255,153,153");
    }

    @Test
    void genericCsvFindsItsColumnsByHeaderAndReadsCommonDateForms() {
        Dataset d = CsvReader.read(fixture("generic.csv"), "generic.csv", ImportOptions.DEFAULT);
        assertThat(d.events()).hasSize(3);
        TimelineEvent forum = titled(d, "Forum held");
        assertThat(forum.organisationNames()).containsExactly("Tongji University", "Shanghai People's Procuratorate");
        assertThat(forum.places()).containsExactly("Shanghai");
        assertThat(forum.summary()).isEqualTo("Jointly held, with an agreement");
        assertThat(titled(d, "Month-only event").when().start()).isEqualTo(PartialDate.of(2021, 6));
        assertThat(titled(d, "Forum in Beijing").when().start()).isEqualTo(PartialDate.of(2021, 4, 23));
    }

    @Test
    void aMappingNamesColumnsTheHeadersDoNotGive() {
        assertThatThrownBy(() -> CsvReader.read(fixture("mapped.csv"), "mapped.csv", ImportOptions.DEFAULT))
                .hasMessageContaining("no column for the event's title").hasMessageContaining("--map title=COLUMN");
        Dataset d = CsvReader.read(fixture("mapped.csv"), "mapped.csv",
                new ImportOptions(null, Map.of("start", "When", "title", "What", "organisations", "Who"), null));
        assertThat(d.events().get(0).organisationNames()).containsExactly("WIPO");
        assertThatThrownBy(() -> CsvReader.read(fixture("mapped.csv"), "mapped.csv",
                new ImportOptions(null, Map.of("start", "Nope"), null)))
                .hasMessageContaining("--map start=Nope: there is no column 'Nope'");
    }

    @Test
    void anAmbiguousDateIsRefusedNamingTheRowAndField() {
        assertThatThrownBy(() -> CsvReader.read(fixture("bad-date.csv"), "bad-date.csv", ImportOptions.DEFAULT))
                .hasMessageStartingWith("bad-date.csv: row 3, start: '6/11/2021' is not a date I can read");
    }

    @Test
    void theFormatIsToldByContent() {
        assertThat(FormatDetector.detect(fixture("timelinejs.json"), Map.of())).isEqualTo(ImportFormat.TIMELINEJS);
        assertThat(FormatDetector.detect(fixture("timelinejs-sheet.csv"), Map.of())).isEqualTo(ImportFormat.TIMELINEJS_CSV);
        assertThat(FormatDetector.detect(fixture("sample.timeline"), Map.of())).isEqualTo(ImportFormat.TIMELINE_XML);
        assertThat(FormatDetector.detect(fixture("generic.csv"), Map.of())).isEqualTo(ImportFormat.CSV);
        assertThat(FormatDetector.detect(fixture("article.html"), Map.of())).isEqualTo(ImportFormat.ARTICLE);
        assertThat(FormatDetector.detect("Shanghai, 9 Dec\n\nThe forum was held on Monday.", Map.of()))
                .isEqualTo(ImportFormat.ARTICLE);
        assertThat(FormatDetector.detect("{\"format\": \"timescope\", \"events\": []}", Map.of())).isEqualTo(ImportFormat.JSON);
        assertThat(FormatDetector.detect("\uFEFFid,start,end,precision,title\n", Map.of())).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void looseDatesAcceptCommonFormsOnly() {
        assertThat(LooseDate.parse("June 11, 2021")).isEqualTo(PartialDate.of(2021, 6, 11));
        assertThat(LooseDate.parse("11 Jun 2021")).isEqualTo(PartialDate.of(2021, 6, 11));
        assertThat(LooseDate.parse("2021/06/11")).isEqualTo(PartialDate.of(2021, 6, 11));
        assertThat(LooseDate.parse("Sept. 2021")).isEqualTo(PartialDate.of(2021, 9));
        assertThatThrownBy(() -> LooseDate.parse("11/06/2021")).hasMessageContaining("ambiguous");
        assertThat(List.of(LooseDate.parse("2021"))).containsExactly(PartialDate.ofYear(2021));
    }
}
