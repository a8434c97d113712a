package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences kept in the XDG config folder: a round trip, damaged files, and who the change log names. */
class PreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void theFileIsInTheXdgConfigFolder() {
        assertThat(PreferencesFile.defaultFile(Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/ada"))
                .isEqualTo(Path.of("/cfg/timescope/preferences.json"));
        assertThat(PreferencesFile.defaultFile(Map.of(), "/home/ada"))
                .isEqualTo(Path.of("/home/ada/.config/timescope/preferences.json"));
    }

    @Test
    void whatIsSavedIsReadBackInTheNextSession() throws Exception {
        Path file = dir.resolve("config").resolve("timescope").resolve("preferences.json");
        assertThat(new PreferencesFile(file).save(new Preferences("  Ada Lovelace ", "THEME"))).isTrue();
        Preferences read = new PreferencesFile(file).load();
        assertThat(read).isEqualTo(new Preferences("Ada Lovelace", "THEME"));
        assertThat(Files.readString(file)).contains("\"author\" : \"Ada Lovelace\"").contains("\"defaultLanes\" : \"THEME\"");
        assertThat(dir.resolve("config").resolve("timescope").resolve("preferences.json.tmp")).doesNotExist();
    }

    @Test
    void aMissingOrDamagedFileMeansTheDefaults() throws Exception {
        assertThat(new PreferencesFile(dir.resolve("none.json")).load()).isEqualTo(new Preferences(null, "NONE"));
        Path damaged = Files.writeString(dir.resolve("preferences.json"), "{\"author\": ");
        assertThat(new PreferencesFile(damaged).load()).isEqualTo(Preferences.initial());
    }

    @Test
    void theChangeLogNamesThePreferencesAuthorUnlessTheEnvironmentNamesOne() throws Exception {
        Preferences ada = new Preferences("Ada Lovelace", "NONE");
        try (Workspace w = Workspace.open(dir.resolve("c.db"), true)) {
            String before = w.author();
            ada.applyTo(w, Map.of("TIMESCOPE_AUTHOR", "Build script"));
            assertThat(w.author()).isEqualTo(before);
            ada.applyTo(w, Map.of());
            assertThat(w.author()).isEqualTo("Ada Lovelace");
        }
        assertThat(new Preferences("   ", "NONE").author()).isNull();
    }
}
