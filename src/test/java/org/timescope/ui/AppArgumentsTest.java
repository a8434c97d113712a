package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the window is started with: a database, and files to import once it is open. */
class AppArgumentsTest {

    @Test
    void filesAfterTheOptionsAreImportedIntoTheChosenDatabase() {
        AppArguments a = AppArguments.parse(List.of("--db", "study.db", "events.csv", "article.html"));
        assertThat(a.database()).isEqualTo(Path.of("study.db"));
        assertThat(a.files()).containsExactly(Path.of("events.csv"), Path.of("article.html"));
        assertThat(AppArguments.parse(List.of("--db=study.db")).files()).isEmpty();
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--dark")))
                .hasMessage("unknown option '--dark' (the window takes --db FILE, --empty and files to import)");
    }

    /** Found by a walk through the window: "--db" without its file was called an unknown option. */
    @Test
    void dbWithoutItsFileSaysWhatIsMissing() {
        assertThatThrownBy(() -> AppArguments.parse(List.of("--db")))
                .hasMessage("--db needs the database FILE after it (--db study.db)");
        assertThatThrownBy(() -> AppArguments.parse(List.of("--empty", "--db=")))
                .hasMessage("--db needs the database FILE after it (--db study.db)");
    }
}
