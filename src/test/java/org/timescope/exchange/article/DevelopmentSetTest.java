package org.timescope.exchange.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A regression floor on the development set of news articles ({@code ../shared/extraction-dev}, beside the
 * project; its texts may not be copied into the repository): the scorer's logic (see {@link
 * DevelopmentSetScore}) must keep finding at least the events it found when this floor was set, propose
 * as few that match nothing, and none from the off-topic articles. The gold events are the set's own,
 * annotated by others; nothing here comes from the extractor.
 *
 * <p>Tagged {@code devset}: the texts' licence forbids copying them into the repository, and a clean clone
 * (CI) need not have the set beside it, so the default test command leaves this floor out and {@code
 * mvn -B -ntp verify -Pdevset} runs it — failing, never skipping, when the set is missing. {@code .ci/run}
 * runs it whenever the set lies beside the clone and says so loudly when it does not.
 */
@org.junit.jupiter.api.Tag("devset")
class DevelopmentSetTest {

    /** Where the set lies: beside the project's folder, as in every worktree and in CI. */
    static final Path SET = Path.of("..", "shared", "extraction-dev");

    /** All 26 core and sub events were found when this floor was set (docs/extraction.md). */
    static final int FOUND_FLOOR = 26;
    static final double PRECISION_FLOOR = 0.9;

    @Test
    void findsWhatItFoundBeforeOnTheDevelopmentSet() throws IOException {
        assertThat(Files.isRegularFile(SET.resolve("gold.json")))
                .as("the development set of articles is missing: expected %s (shared/extraction-dev beside the "
                        + "project's folder)", SET.toAbsolutePath().normalize())
                .isTrue();
        DevelopmentSetScore.Report r = DevelopmentSetScore.score(SET);
        StringBuilder detail = new StringBuilder();
        r.articles().forEach(a -> {
            a.missed().forEach(m -> detail.append("\n  missed in ").append(a.name()).append(": ").append(m));
            a.unmatched().forEach(m -> detail.append("\n  unmatched in ").append(a.name()).append(": ").append(m));
        });
        assertThat(r.required()).as("core and sub events in the gold").isEqualTo(26);
        assertThat(r.found()).as("core and sub events found (recall %.2f)%s", r.recall(), detail)
                .isGreaterThanOrEqualTo(FOUND_FLOOR);
        assertThat(r.precision()).as("candidates matching a gold event (%d of %d)%s", r.matching(), r.candidates(),
                detail).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(r.fromNegatives()).as("candidates from the six off-topic articles").isZero();
    }
}
