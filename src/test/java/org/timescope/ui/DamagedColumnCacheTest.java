package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.model.EventFilter;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * A window opened on a collection whose column cache (decision 0037) was damaged shows the collection's own events
 * — every key with its stored title — and the cache is written again, whole.
 */
class DamagedColumnCacheTest extends WindowOnDatasetTest {


    /** Where the cache of {@code file} lives: the tests' XDG_CACHE_HOME (see the pom), named by the path's hash. */
    private static Path cacheOf(Path file) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        return Path.of(System.getenv("XDG_CACHE_HOME"), "timescope", "columns",
                java.util.HexFormat.of().formatHex(hash, 0, 16) + ".columns");
    }

    @Test
    void aDamagedCacheGivesTheWindowTheStoredEventsAndIsWrittenAgain(FxRobot robot) throws Exception {
        Map<String, String> stored = new TreeMap<>(); // from the events read in full, not from the columns
        for (TimelineEvent e : shown.workspace().events().find(EventFilter.ALL)) {
            stored.put(e.key(), e.title());
        }
        assertThat(stored).hasSize(23);
        Path cache = cacheOf(shown.file());
        ShownWindow.await(() -> Files.isRegularFile(cache)); // written after the first window read the database
        byte[] good = Files.readAllBytes(cache);
        for (int at : new int[] {9, 40, good.length / 3, good.length / 2, good.length - 3}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x20; // in a title this swaps a letter's case: a wrong window would still look plausible
            Files.write(cache, bad);
            try (Workspace again = Workspace.openExisting(shown.file())) {
                MainWindow[] window = new MainWindow[1];
                robot.interact(() -> window[0] = new MainWindow(again, shown.appearance()));
                EventIndex all = window[0].model().all();
                Map<String, String> shownTitles = new TreeMap<>();
                for (int i = 0; i < all.size(); i++) {
                    shownTitles.put(all.key(i), all.title(i));
                }
                assertThat(shownTitles).as("the window after byte " + at + " of the cache was damaged").isEqualTo(stored);
                ShownWindow.await(() -> {
                    try {
                        return Arrays.equals(Files.readAllBytes(cache), good);
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
                robot.interact(() -> window[0].curation().close());
            }
        }
    }
}
