package org.timescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The author name of the preferences is the one the change log records for a command's edit. */
class PreferencesAuthorTest {

    @TempDir
    Path dir;

    @Test
    void anEditFromTheCommandLineIsRecordedUnderThePreferencesAuthor() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config").resolve("timescope"));
        Files.writeString(config.resolve("preferences.json"), "{ \"author\" : \"Ada Lovelace\" }");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_DATA_HOME", dir.resolve("data").toString());
        String db = dir.resolve("study.db").toString();
        ChildMain add = ChildMain.run(env, "event", "add", "--db", db, "--empty", "--title", "Archive opened",
                "--start", "June 2021");
        assertThat(add.code()).as(add.err()).isZero();
        ChildMain history = ChildMain.run(env, "history", "--db", db, "--format", "json");
        assertThat(history.out()).contains("\"author\" : \"Ada Lovelace\"");

        ChildMain byScript = ChildMain.run(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "TIMESCOPE_AUTHOR", "Import script"), "event", "add", "--db", db, "--title", "Second", "--start", "2022");
        assertThat(byScript.code()).as(byScript.err()).isZero();
        assertThat(ChildMain.run(env, "history", "--db", db, "--limit", "1").out()).contains("Import script");
    }
}
