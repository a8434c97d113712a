package org.timescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.TimelineEvent;
import org.timescope.model.TimelineRows;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * The timeline's columns give back every date as written, although they are rebuilt from the first and
 * last day and a precision code instead of read as text; the dates-only read agrees with the full one.
 */
class TimelineColumnsTest {

    @TempDir
    Path dir;

    @Test
    void approximateAndInferredComeBackForEveryEventOfTheBundledDataset() {
        try (Workspace w = Workspace.open(dir.resolve("bundled.db"), false)) {
            TimelineRows rows = w.events().timelineRows();
            TimelineRows dates = w.events().timelineDates();
            Map<Long, Integer> datesAt = new HashMap<>();
            for (int i = 0; i < dates.size(); i++) {
                datesAt.put(dates.ids()[i], i);
            }
            int flagged = 0;
            for (int i = 0; i < rows.size(); i++) {
                TimelineEvent e = w.events().byKey(rows.keys().get(i));
                int expected = (e.approximate() ? 1 : 0) | (e.inferred() ? 2 : 0);
                flagged += expected == 0 ? 0 : 1;
                assertThat(rows.flags()[i]).as(e.key()).isEqualTo((byte) expected);
                assertThat(dates.flags()[datesAt.get(rows.ids()[i])]).as(e.key()).isEqualTo((byte) expected);
                assertThat(TimelineRows.unpack(rows.start()[i])).as(e.key()).isEqualTo(e.when().start());
                assertThat(TimelineRows.unpack(rows.finish()[i])).as(e.key()).isEqualTo(e.when().end());
            }
            assertThat(flagged).as("events of the dataset that are approximate or inferred").isGreaterThan(5);
        }
    }

    @Test
    void datesComeBackAtTheirPrecisionWhateverTheSignOrTheMixOfPrecisions() throws Exception {
        Path csv = dir.resolve("dates.csv");
        Files.writeString(csv, String.join("\n",
                "id,start,end,title,organisation,theme",
                "y,2021,,A year,Org,T",
                "m,2021-06,,A month,Org,T",
                "d,2021-06-11,,A day,Org,T",
                "ym,2016,2021-05,Year to month,Org,T",
                "md,2020-01,2020-03-15,Month to day,Org,T",
                "dy,2019-12-31,2020,Day to year,Org,T",
                "bce,-0043-03-15,,Ides of March,Org,T",
                "bcey,-0500,-0480,Fifth century BCE,Org,T",
                "feb,2024-02,2024-02-29,Leap February,Org,T",
                "same,2021-06-11,,Same day as d,Org,T",
                // past year 214,748 the old decimal packing overflowed an int (found by PartialDatePropertiesTest)
                "far,300000-06-11,999999-12,Far future,Org,T",
                "deep,-999999-01-31,-214749,Deep past,Org,T") + "\n", StandardCharsets.UTF_8);
        try (Workspace w = Workspace.open(dir.resolve("t.db"), true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
            // the dates first: after the import nothing is at hand, so they come from the database's dates-only read
            TimelineRows dates = w.events().timelineDates();
            TimelineRows rows = w.events().timelineRows();
            assertThat(rows.size()).isEqualTo(12);
            Map<Long, Integer> datesAt = new HashMap<>();
            for (int i = 0; i < dates.size(); i++) {
                datesAt.put(dates.ids()[i], i);
            }
            for (int i = 0; i < rows.size(); i++) {
                TimelineEvent e = w.events().byKey(rows.keys().get(i));
                assertThat(TimelineRows.unpack(rows.start()[i])).as(e.key()).isEqualTo(e.when().start());
                assertThat(TimelineRows.unpack(rows.finish()[i])).as(e.key()).isEqualTo(e.when().end());
                int j = datesAt.get(rows.ids()[i]);
                assertThat(dates.start()[j]).as(e.key()).isEqualTo(rows.start()[i]);
                assertThat(dates.finish()[j]).as(e.key()).isEqualTo(rows.finish()[i]);
                assertThat(dates.first()[j]).isEqualTo(rows.first()[i]);
                assertThat(dates.end()[j]).isEqualTo(rows.end()[i]);
                assertThat(dates.titles().get(j)).isEmpty();
            }
            // date order: BCE first, and equal dates by key in the full read ("d" before "same")
            assertThat(rows.keys().asList()).startsWith("deep", "bcey").endsWith("far");
            assertThat(rows.keys().asList()).containsSubsequence("d", "same");
        }
    }

    /**
     * A start without a column cache reads the dates alone for its first picture, then the rest: the rest then reads
     * only the texts and takes the dates from that first scan. What it gives must be what one full read gives.
     */
    @Test
    void theRowsReadAfterTheDatesAloneAreTheRowsOfOneFullRead() throws Exception {
        Path csv = org.timescope.TestFiles.generatedCsv(dir.resolve("events.csv"), 3000, 7);
        Path first = dir.resolve("dates-first.db");
        try (Workspace w = Workspace.open(first, true)) {
            new ImportService(w).importFile(csv, null, ImportOptions.DEFAULT);
        }
        Path whole = dir.resolve("whole.db");
        Files.copy(first, whole); // before either is read: neither has a column cache file
        TimelineRows afterDates;
        try (Workspace w = Workspace.open(first, false)) {
            TimelineRows dates = w.events().timelineDates();
            assertThat(dates.size()).isEqualTo(3000);
            afterDates = w.events().timelineRows();
        }
        try (Workspace w = Workspace.open(whole, false)) {
            TimelineRows rows = w.events().timelineRows();
            ColumnCacheTest.assertSame(afterDates, rows);
            assertThat(afterDates.titles().get(0)).isNotBlank();
        }
    }
}
