package org.timescope.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.timescope.bench.WindowProbe;
import org.timescope.service.Workspace;
import org.timescope.timeline.layout.EventIndex;

/**
 * The window half of the benchmark drives the timeline through its wheel and drag handlers and sees every
 * step's frame rendered (headless Monocle here, Xvfb or a desktop in real runs).
 */
@ExtendWith(ApplicationExtension.class)
class JavaFxWindowProbeTest {

    @TempDir
    Path dir;

    @Test
    void theBenchFindsTheWindowProbe() {
        assertThat(ServiceLoader.load(WindowProbe.class).findFirst()).get().isInstanceOf(JavaFxWindowProbe.class);
    }

    @Test
    void everyWheelDragAndFilterStepEndsWithARenderedFrame() {
        try (Workspace w = Workspace.open(dir.resolve("probe.db"), false)) {
            List<String> themes = w.catalog().themes().stream().map(t -> t.name()).toList();
            EventIndex all = EventIndex.of(w.events().timelineRows(), themes, w.events()::byKey);
            EventIndex three = all.subset(new int[] {0, 1, 2}, themes);
            List<Supplier<EventIndex>> toggles = List.of(() -> three, () -> all);

            WindowProbe.Measured m = new JavaFxWindowProbe().measure(all, themes, 900, 600, 10, 70, toggles);

            // 70 steps cover wheel zooms in (0–19), a whole drag (20–39), zooms out (40–59) and a second drag.
            assertThat(m.frames()).hasSize(70);
            assertThat(java.util.Arrays.stream(m.frames()).min().getAsLong()).isPositive();
            assertThat(m.toggles()).hasSize(2);
            assertThat(java.util.Arrays.stream(m.toggles()).min().getAsLong()).isPositive();
            assertThat(m.pipeline()).isNotBlank();
        }
    }
}
